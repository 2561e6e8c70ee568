package io.partitionkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kinds of Citus table, as pg_dist_partition tells them apart. */
class CitusTableTest {

    @Test
    void eachKindIsReadFromItsPartitionMethodReplicationModelAndColocation() {
        assertThat(CitusTable.kind("h", "s", 4)).isEqualTo(CitusTable.Kind.DISTRIBUTED);
        assertThat(CitusTable.kind("n", "t", 2)).isEqualTo(CitusTable.Kind.REFERENCE);
        assertThat(CitusTable.kind("n", "s", 7)).isEqualTo(CitusTable.Kind.SINGLE_SHARD);
        assertThat(CitusTable.kind("n", "s", 0)).isEqualTo(CitusTable.Kind.LOCAL);
    }

    @Test
    void eachKindIsDescribedForMessages() {
        assertThat(new CitusTable(CitusTable.Kind.DISTRIBUTED, "tenant_id", 4).describe())
                .isEqualTo("a distributed table of Citus (on column 'tenant_id')");
        assertThat(new CitusTable(CitusTable.Kind.SINGLE_SHARD, null, 7).describe()).isEqualTo("a single-shard distributed table of Citus");
    }
}
