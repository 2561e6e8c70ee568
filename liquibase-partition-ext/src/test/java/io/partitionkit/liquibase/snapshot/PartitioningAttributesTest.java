package io.partitionkit.liquibase.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.structure.core.Table;
import org.junit.jupiter.api.Test;

/** What partitionkit learned about a table travels on Liquibase's Table and reads back the same. */
class PartitioningAttributesTest {

    @Test
    void aRecreatableTableReadsBackAsWritten() {
        Table table = new Table().setName("events");
        RecreatedPartitioning partitioning = new RecreatedPartitioning("created_at", "day", false, null);

        PartitioningAttributes.write(table, partitioning);

        assertThat(PartitioningAttributes.read(table)).contains(partitioning);
        assertThat(table.getAttribute("partitionkitInterval", String.class)).isEqualTo("day");
    }

    @Test
    void aRefusalReadsBackAsWritten() {
        Table table = new Table().setName("regions");
        RecreatedPartitioning refused = new RecreatedPartitioning(null, null, true, "it is not range-partitioned");

        PartitioningAttributes.write(table, refused);

        assertThat(PartitioningAttributes.read(table)).contains(refused);
    }

    @Test
    void aTableSnapshotWithoutPartitionkitSaysNothing() {
        assertThat(PartitioningAttributes.read(new Table().setName("plain"))).isEmpty();
    }
}
