package io.partitionkit.liquibase.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.liquibase.ConvertToRangePartitionedChange;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.util.List;
import liquibase.change.Change;
import org.junit.jupiter.api.Test;

/** The partitionkit changes that partition a freshly created table as the original was. */
class PartitionChangesTest {

    @Test
    void theConversionAttachesWithTheInferredKeyAndIntervalAndMaintenanceFollows() {
        List<Change> changes = PartitionChanges.of("app", "events", new RecreatedPartitioning("created_at", "day", true, null));

        assertThat(changes).hasSize(2);
        ConvertToRangePartitionedChange convert = (ConvertToRangePartitionedChange) changes.get(0);
        assertThat(List.of(convert.getSchemaName(), convert.getTableName(), convert.getColumn(), convert.getInterval(), convert.getStrategy()))
                .containsExactly("app", "events", "created_at", "day", "attach");
        assertThat(convert.getDefaultPartition()).as("the default, true, is left out").isNull();
        assertThat(convert.getPremake()).isNull();
        assertThat(convert.getTimeZone()).as("UTC, the calendar the interval was inferred on").isNull();
        EnsurePartitionsChange maintain = (EnsurePartitionsChange) changes.get(1);
        assertThat(List.of(maintain.getTableName(), maintain.getColumn(), maintain.getInterval())).containsExactly("events", "created_at", "day");
        assertThat(maintain.getSchemaName()).isEqualTo("app");
        assertThat(maintain.getRetention()).isNull();
    }

    @Test
    void aUuidv7KeyKeepsItsEncodingInBothChanges() {
        List<Change> changes = PartitionChanges.of(null, "events", new RecreatedPartitioning("id", "day", true, null, "uuidv7"));

        assertThat(((ConvertToRangePartitionedChange) changes.get(0)).getKeyEncoding()).isEqualTo("uuidv7");
        assertThat(((EnsurePartitionsChange) changes.get(1)).getKeyEncoding()).isEqualTo("uuidv7");
        assertThat(((EnsurePartitionsChange) PartitionChanges.of(null, "events", new RecreatedPartitioning("at", "day", true, null)).get(1))
                .getKeyEncoding()).isNull();
    }

    @Test
    void aTableWithoutDefaultPartitionIsRecreatedWithoutOne() {
        List<Change> changes = PartitionChanges.of(null, "orders", new RecreatedPartitioning("id", "1000", false, null));

        ConvertToRangePartitionedChange convert = (ConvertToRangePartitionedChange) changes.get(0);
        assertThat(convert.getDefaultPartition()).isFalse();
        assertThat(convert.getSchemaName()).isNull();
        assertThat(convert.getInterval()).isEqualTo("1000");
    }

    @Test
    void aTableThatCannotBeRecreatedGetsNoChanges() {
        assertThatThrownBy(() -> PartitionChanges.of(null, "regions", new RecreatedPartitioning(null, null, true, "it is not range-partitioned")))
                .hasMessage("regions cannot be recreated partitioned: it is not range-partitioned");
    }
}
