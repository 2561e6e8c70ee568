package io.partitionkit.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/** The changes as a Flyway user builds them: checked by the Liquibase change's parser, described in a fixed order. */
class PartitioningTest {

    /** A migration as a user writes one. */
    static final class V7__Partition_events extends PartitionMigration {
        V7__Partition_events(ConvertToRangePartitioned change) {
            super(change);
        }
    }

    @Test
    void badSettingsAreRefusedWithTheLiquibaseChangesMessagesEveryOneAtOnce() {
        ConvertToRangePartitioned bad = Partitioning.convertToRangePartitioned("events").column("created_at").interval("fortnight")
                .strategy("move").lockTimeout("forever");

        assertThatThrownBy(bad::validate).isInstanceOf(FlywayException.class)
                .hasMessageStartingWith("convertToRangePartitioned on events: ")
                .hasMessageContaining("interval 'fortnight'")
                .hasMessageContaining("strategy 'move' is not one of attach, copy, empty")
                .hasMessageContaining("lockTimeout 'forever'");
        assertThatThrownBy(() -> new V7__Partition_events(bad).getChecksum()).as("refused when Flyway resolves the migration")
                .isInstanceOf(FlywayException.class).hasMessageContaining("interval 'fortnight'");
        assertThatThrownBy(Partitioning.ensurePartitions("events").column("created_at").interval("day").retentionMode("shred")::validate)
                .hasMessageContaining("retentionMode 'shred' is not one of drop, detach, archive");
    }

    @Test
    void keyEncodingReachesTheParser() {
        assertThatThrownBy(Partitioning.ensurePartitions("events").column("id").interval("day").keyEncoding("uuidv4")::validate)
                .hasMessageContaining("keyEncoding 'uuidv4' is not accepted; use uuidv7");
        assertThatThrownBy(Partitioning.convertToRangePartitioned("events").column("id").interval("1000").keyEncoding("uuidv7")::validate)
                .hasMessageContaining("interval '1000' does not fit keyEncoding 'uuidv7'");
    }

    @Test
    void theChecksumFollowsTheSettings() {
        V7__Partition_events daily = new V7__Partition_events(Partitioning.convertToRangePartitioned("events").column("created_at")
                .interval("day").premake(7));
        V7__Partition_events dailyAgain = new V7__Partition_events(Partitioning.convertToRangePartitioned("events")
                .column("created_at").interval("day").premake(7));
        V7__Partition_events weekly = new V7__Partition_events(Partitioning.convertToRangePartitioned("events").column("created_at")
                .interval("week").premake(7));

        assertThat(daily.getChecksum()).isEqualTo(dailyAgain.getChecksum()).isNotEqualTo(weekly.getChecksum());
        assertThat(daily.canExecuteInTransaction()).isFalse();
        assertThat(Partitioning.revertPartitioning("events").batchSize(500).describe())
                .isEqualTo("revertPartitioning tableName=events batchSize=500");
    }
}
