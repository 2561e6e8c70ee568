package io.partitionkit.core.plan.maintain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.sql.QualifiedName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a preview prints for the maintenance of a table that an earlier change of the same preview
 * converts: one comment line saying what the run will do; and what it refuses, as the run would.
 */
class EarlierConversionTest {

    private static final QualifiedName EVENTS = new QualifiedName("public", "events");
    private static final EarlierConversion CONVERSION = new EarlierConversion("changeset db.xml::partition-events::ops", "created_at");

    @Test
    void saysWhatTheRunWillDoWithEveryDefault() {
        MaintenanceOptions options = MaintenanceOptions.parse(null, "events", "created_at", "day", 7, "30 days", null, null, null, null,
                null, null, null, null);

        assertThat(CONVERSION.preview(EVENTS, options, facts(false))).isEqualTo("-- partitionkit: ensurePartitions of \"public\".\"events\" "
                + "is planned when it runs: changeset db.xml::partition-events::ops converts it earlier in this update; it then creates the "
                + "day partitions missing up to 7 ahead of the current one, moves rows waiting in the DEFAULT partition into theirs, drops "
                + "partitions whose rows are all older than 30 days and deletes expired rows from DEFAULT and from the partition spanning "
                + "the cutoff");
    }

    @Test
    void namesOnlyWhatTheOptionsAskFor() {
        MaintenanceOptions integerKeys = MaintenanceOptions.parse(null, "events", "created_at", "1000", 3, "5000", "archive", "old", false,
                false, null, null, null, null);
        MaintenanceOptions noRetention = MaintenanceOptions.parse(null, "events", "created_at", "month", 2, null, null, null, false, null,
                null, null, null, null);

        assertThat(CONVERSION.preview(EVENTS, integerKeys, facts(false))).endsWith("; it then creates the partitions 1000 wide missing "
                + "up to 3 ahead of the current one and moves to schema old partitions whose rows are all more than 5000 below the "
                + "largest key");
        assertThat(CONVERSION.preview(EVENTS, noRetention, facts(false)))
                .endsWith("; it then creates the month partitions missing up to 2 ahead of the current one");
    }

    @Test
    void staysOneCommentLineWhateverTheNames() {
        EarlierConversion byAHostileChangeset = new EarlierConversion("changeset a.xml::x\nDROP TABLE t; --::ops", "created_at");
        MaintenanceOptions options = MaintenanceOptions.parse(null, "events", "created_at", "day", 7, null, null, null, null, null, null,
                null, null, null);

        assertThat(byAHostileChangeset.preview(new QualifiedName("public", "ev\nents"), options, facts(false)))
                .startsWith("-- partitionkit: ").doesNotContain("\n").doesNotContain("\r");
    }

    /** After the conversion, maintenance on another column or into a missing archive schema would fail: the preview says so now. */
    @Test
    void refusesWhatTheRunWouldRefuse() {
        MaintenanceOptions otherColumn = MaintenanceOptions.parse(null, "events", "updated_at", "day", 7, "30 days", "archive", "old", null,
                null, null, null, null, null);

        assertThatThrownBy(() -> CONVERSION.preview(EVENTS, otherColumn, facts(true))).isInstanceOf(PlanningException.class)
                .hasMessage("cannot maintain \"public\".\"events\":\n"
                        + "  - changeset db.xml::partition-events::ops converts \"public\".\"events\" to range partitions on column "
                        + "'created_at', but ensurePartitions names column 'updated_at'; name the column the table is partitioned on\n"
                        + "  - archiveSchema 'old' does not exist; create it first, or name an existing schema (names are case-sensitive)");
    }

    private static MaintenanceFacts facts(boolean archiveSchemaMissing) {
        return new MaintenanceFacts(Optional.empty(), Optional.empty(), List.of(), archiveSchemaMissing, DefaultPrivileges.none(),
                new StatementTimeout(Duration.ZERO, "default"));
    }
}
