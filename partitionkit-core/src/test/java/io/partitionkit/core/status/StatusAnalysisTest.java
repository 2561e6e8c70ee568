package io.partitionkit.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.PartitionStatus.Flag;
import io.partitionkit.core.status.TableStatus.IntervalSource;
import io.partitionkit.testing.Tables;
import io.partitionkit.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusAnalysisTest {

    /** Saturday 2026-11-21, 10:00 UTC. */
    private static final Clock NOW = TestClock.at("2026-11-21T10:00:00Z");

    /** The table's status, maintenance of it having last succeeded an hour before now. */
    private static TableStatus analyze(Tables table, StatusPolicy policy) {
        StatusReport report = StatusAnalysis.analyze(new StatusFacts(List.of(StatusTables.maintainedAt(table,
                        NOW.instant().minus(Duration.ofHours(1)))), Map.of()), policy == null ? Map.of() : Map.of(table.name(), policy), NOW);
        assertThat(report.tables()).hasSize(1);
        return report.tables().get(0);
    }

    private static List<String> flagged(TableStatus status, Flag flag) {
        return status.partitions().stream().filter(p -> p.has(flag)).map(p -> p.name().name()).toList();
    }

    @Test
    void aTableMaintainedAsItsPolicySaysHasNoWarning() {
        Tables events = Tables.timestamptz("events").days("2026-11-14", "2026-11-29").defaultPartition(0);

        TableStatus status = analyze(events, StatusTables.policy(events, "day", 7, "30 days", "UTC"));

        assertThat(status.warnings()).isEmpty();
        assertThat(status.intervalSource()).isEqualTo(IntervalSource.POLICY);
        assertThat(status.interval()).isEqualTo("day");
        assertThat(status.coverage().current()).isEqualTo(new QualifiedName("public", "events_p20261121"));
        assertThat(status.coverage().ahead()).isEqualTo(7);
        assertThat(status.coverage().reach()).isEqualTo("2026-11-29 00:00:00+00:00");
        assertThat(flagged(status, Flag.CURRENT)).containsExactly("events_p20261121");
    }

    /** With epoch, "now" is the clock (the largest key, far ahead, does not move it) and retention expires by time. */
    @Test
    void anEpochKeyIsJudgedByTheClockWithItsBoundsAsInstants() {
        Tables events = Tables.keyedBy("events", "created_ms", "bigint")
                .epochDays("2026-11-14", "2026-11-24", EpochUnit.MILLISECONDS, ZoneOffset.UTC).defaultPartition(0)
                .maxKey(EpochUnit.MILLISECONDS.value(Instant.parse("2030-01-01T00:00:00Z")));
        StatusPolicy policy = StatusPolicy.of(MaintenanceOptions.parse(null, "events", "created_ms", "day", 2, "5 days", null, null,
                null, null, null, null, null, null, null, null, "milliseconds", null, null), Tables.SCHEMA);

        TableStatus status = analyze(events, policy);

        assertThat(status.coverage().referenceIsClock()).isTrue();
        assertThat(status.coverage().reference()).isEqualTo("1795255200000 (2026-11-21 10:00:00+00:00)");
        assertThat(status.coverage().current()).isEqualTo(new QualifiedName("public", "events_p20261121"));
        assertThat(status.coverage().ahead()).isEqualTo(2);
        assertThat(flagged(status, Flag.EXPIRED)).containsExactly("events_p20261114", "events_p20261115");
        assertThat(status.partitions().get(0).from()).isEqualTo("1794614400000 (2026-11-14 00:00:00+00:00)");
        assertThat(status.warnings()).singleElement().asString().startsWith("2 expired partition(s) still present (retention 5 days: "
                + "keys before 1794823200000 (2026-11-16 10:00:00+00:00) have expired)");
    }

    @Test
    void rowsWaitingInTheDefaultPartitionAreAWarning() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-29").defaultPartition(42);

        TableStatus status = analyze(events, StatusTables.policy(events, "day", 7, null, "UTC"));

        assertThat(status.warnings()).singleElement().asString()
                .contains("DEFAULT partition \"public\".\"events_default\" holds 42 row(s)");
        assertThat(status.partitions()).last().satisfies(p -> {
            assertThat(p.has(Flag.DEFAULT)).isTrue();
            assertThat(p.rows()).isEqualTo(42);
        });
    }

    @Test
    void aHugeDefaultIsCountedOnlyUpToTheLimit() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-29")
                .defaultPartition(TableFacts.DEFAULT_ROWS_COUNTED_UP_TO + 1);

        assertThat(analyze(events, null).warnings()).singleElement().asString().contains("holds more than 1,000,000 rows");
    }

    @Test
    void fewerPartitionsAheadThanHalfOfPremakeIsAWarning() {
        Tables threeAhead = Tables.timestamptz("events").days("2026-11-21", "2026-11-25").defaultPartition(0);
        Tables fourAhead = Tables.timestamptz("events").days("2026-11-21", "2026-11-26").defaultPartition(0);

        assertThat(analyze(threeAhead, StatusTables.policy(threeAhead, "day", 7, null, "UTC")).warnings()).singleElement().asString()
                .contains("partitions reach only 3 beyond the current one (until 2026-11-25 00:00:00+00:00), premake is 7");
        assertThat(analyze(fourAhead, StatusTables.policy(fourAhead, "day", 7, null, "UTC")).warnings()).isEmpty();
    }

    @Test
    void withoutAPolicyOnePartitionAfterTheCurrentOneIsEnough() {
        Tables current = Tables.timestamptz("events").days("2026-11-21", "2026-11-22").defaultPartition(0);
        Tables next = Tables.timestamptz("events").days("2026-11-21", "2026-11-23").defaultPartition(0);

        assertThat(analyze(current, null).warnings()).singleElement().asString()
                .contains("no partition follows the current one, which ends at 2026-11-22 00:00:00+00:00");
        assertThat(analyze(next, null).warnings()).isEmpty();
    }

    @Test
    void nowOutsideEveryPartitionSaysWhereNewRowsGo() {
        Tables withDefault = Tables.timestamptz("events").days("2026-11-10", "2026-11-20").defaultPartition(0);
        Tables withoutDefault = Tables.timestamptz("events").days("2026-11-10", "2026-11-20");

        TableStatus status = analyze(withDefault, null);
        assertThat(status.coverage().covered()).isFalse();
        assertThat(status.warnings()).singleElement().asString()
                .contains("no partition covers now (2026-11-21 10:00:00+00:00): new rows go to the DEFAULT partition");
        assertThat(analyze(withoutDefault, null).warnings()).singleElement().asString()
                .contains("new rows are refused with an error (there is no DEFAULT partition)");
    }

    @Test
    void aMissingPartitionBetweenTwoOthersIsAGap() {
        Tables events = Tables.timestamptz("events").days("2026-11-20", "2026-11-23").days("2026-11-24", "2026-11-30").defaultPartition(0);

        TableStatus status = analyze(events, StatusTables.policy(events, "day", 7, null, "UTC"));

        assertThat(status.warnings()).hasSize(2).first().asString().contains(
                "no partition covers [2026-11-23 00:00:00+00:00, 2026-11-24 00:00:00+00:00) between \"public\".\"events_p20261122\" "
                        + "and \"public\".\"events_p20261124\": rows there go to the DEFAULT partition");
        assertThat(status.coverage().ahead()).as("the run of partitions stops at the gap").isEqualTo(1);
        assertThat(status.warnings().get(1).message()).contains("partitions reach only 1 beyond the current one");
        assertThat(status.warnings()).extracting(StatusWarning::kind).containsExactly(StatusWarning.Kind.GAP,
                StatusWarning.Kind.PREMADE_LOW);
    }

    @Test
    void partitionsExpireByTheirRealUpperBound() {
        Tables events = Tables.timestamptz("events")
                .range("events_legacy", "MINVALUE", "2026-11-15")
                .days("2026-11-15", "2026-11-29").defaultPartition(0);

        // 3 days before 2026-11-21 10:00: the partition of 2026-11-18 still holds rows from after the cutoff.
        TableStatus status = analyze(events, StatusTables.policy(events, "day", 7, "3 days", "UTC"));

        assertThat(flagged(status, Flag.EXPIRED)).containsExactly("events_legacy", "events_p20261115", "events_p20261116", "events_p20261117");
        assertThat(status.warnings()).singleElement().asString().startsWith(
                "4 expired partition(s) still present (retention 3 days: keys before 2026-11-18 10:00:00+00:00 have expired)");
    }

    @Test
    void withoutAPolicyTheIntervalIsInferredAndRetentionIsNotChecked() {
        Tables events = Tables.timestamptz("events")
                .range("events_legacy", "MINVALUE", "2026-11-01")
                .days("2026-11-01", "2026-11-29").defaultPartition(0);

        TableStatus status = analyze(events, null);

        assertThat(status.intervalSource()).isEqualTo(IntervalSource.INFERRED);
        assertThat(status.interval()).isEqualTo("day");
        assertThat(status.warnings()).isEmpty();
        assertThat(flagged(status, Flag.EXPIRED)).isEmpty();
        assertThat(status.notes()).anySatisfy(note -> assertThat(note).contains("retention is not checked"));
    }

    @Test
    void monthlyBoundsInferMonthAndMixedWidthsInferNothing() {
        Tables months = Tables.timestamptz("metrics")
                .range("metrics_202610", "2026-10-01", "2026-11-01")
                .range("metrics_202611", "2026-11-01", "2026-12-01")
                .range("metrics_202612", "2026-12-01", "2027-01-01");
        Tables mixed = Tables.timestamptz("metrics")
                .range("metrics_202610", "2026-10-01", "2026-11-01")
                .days("2026-11-01", "2026-11-29");

        TableStatus monthly = analyze(months, null);
        TableStatus unknown = analyze(mixed, null);

        assertThat(monthly.interval()).isEqualTo("month");
        assertThat(monthly.coverage().ahead()).isEqualTo(1);
        assertThat(unknown.intervalSource()).isEqualTo(IntervalSource.UNKNOWN);
        assertThat(unknown.interval()).isNull();
        assertThat(unknown.coverage().ahead()).as("coverage needs no interval").isEqualTo(7);
    }

    @Test
    void boundsCutInAnotherTimeZoneAreOffThePolicyGrid() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-29").defaultPartition(0);

        TableStatus status = analyze(events, StatusTables.policy(events, "day", 7, null, "Europe/Berlin"));

        assertThat(flagged(status, Flag.MISALIGNED)).hasSize(8);
        assertThat(status.warnings()).singleElement().asString()
                .startsWith("8 partition(s) do not start and end on day boundaries in time zone Europe/Berlin");
    }

    @Test
    void integerKeysMeasureCoverageAndRetentionFromTheLargestKey() {
        Tables orders = Tables.bigint("orders").ids(0, 5000, 1000).defaultPartition(0).maxKey(4500);

        TableStatus status = analyze(orders, StatusTables.policy(orders, "1000", 2, "2500", null));

        assertThat(status.coverage().current()).isEqualTo(new QualifiedName("public", "orders_p4000"));
        assertThat(status.coverage().referenceIsClock()).isFalse();
        assertThat(flagged(status, Flag.EXPIRED)).containsExactly("orders_p0", "orders_p1000");
        assertThat(status.warnings()).anySatisfy(w -> assertThat(w.message()).contains("partitions reach only 0 beyond the current one (until 5000)"));
        assertThat(status.warnings()).anySatisfy(w -> assertThat(w.message()).contains("keys before 2001 have expired"));
    }

    /** The same rule as maintenance ({@link io.partitionkit.core.grid.AxisNow}): nothing is called expired while retention holds back. */
    @Test
    void aLoneLargestKeyWithholdsRetentionAndCoverageFollowsTheKeysBelowIt() {
        Tables orders = Tables.bigint("orders").ids(0, 5000, 1000)
                .defaultPartition(1).head(KeyHead.largest(Long.MAX_VALUE, Optional.of(2500L)));

        TableStatus status = analyze(orders, StatusTables.policy(orders, "1000", 2, "2500", null));

        assertThat(flagged(status, Flag.EXPIRED)).isEmpty();
        assertThat(status.coverage().current()).isEqualTo(new QualifiedName("public", "orders_p2000"));
        assertThat(status.coverage().referenceName()).isEqualTo("the largest key below the lone 9223372036854775807");
        assertThat(status.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("retention withheld: the largest key "
                + "(9223372036854775807) has no other key within 2500 below it (the next largest is 2500), so expiring keys before "
                + "9223372036854773308 would remove 5 partition(s)"));
        assertThat(status.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("expired partition(s) still present"));
    }

    @Test
    void integerWidthIsInferredFromEqualAlignedRanges() {
        Tables orders = Tables.bigint("orders").ids(0, 1000, 500).maxKey(10);

        TableStatus status = analyze(orders, null);

        assertThat(status.interval()).isEqualTo("500");
        assertThat(status.coverage().ahead()).isEqualTo(1);
    }

    @Test
    void aPolicyOnAnotherColumnIsReportedAndSetAside() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-29").defaultPartition(0);
        StatusPolicy onCreatedAt = StatusTables.policy(events, "day", 7, "1 day", "UTC");
        StatusPolicy policy = new StatusPolicy(events.name(), "updated_at", onCreatedAt.interval(), 7, onCreatedAt.retention(), ZoneOffset.UTC);

        TableStatus status = analyze(events, policy);

        assertThat(status.warnings()).singleElement().asString().contains("names column 'updated_at'");
        assertThat(status.intervalSource()).isEqualTo(IntervalSource.INFERRED);
    }

    @Test
    void listPartitionedTablesAreListedButNotChecked() {
        Tables regions = Tables.list("sales").listPartition("sales_eu", "'eu'").listPartition("sales_us", "'us'").defaultPartition(3);

        TableStatus status = analyze(regions, null);

        assertThat(status.coverage()).isNull();
        assertThat(status.partitions()).extracting(PartitionStatus::from).containsExactly("FOR VALUES IN ('eu')", "FOR VALUES IN ('us')", "DEFAULT");
        assertThat(status.notes()).anySatisfy(note -> assertThat(note).contains("not range-partitioned"));
        assertThat(status.warnings()).singleElement().asString().contains("holds 3 row(s)");
    }

    @Test
    void aPolicyForATableThatIsNotPartitionedIsAWarningOfTheReport() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-29").defaultPartition(0);
        StatusPolicy forMissing = StatusTables.policy(Tables.timestamptz("audit_log"), "day", 7, null, "UTC");

        StatusReport report = StatusAnalysis.analyze(new StatusFacts(List.of(StatusTables.facts(events)),
                Map.of(new QualifiedName("public", "broken"), "permission denied")), Map.of(forMissing.table(), forMissing), NOW);

        assertThat(report.warnings()).containsExactly(
                new StatusReport.TableWarning(new QualifiedName("public", "broken"), new StatusWarning(StatusWarning.Kind.UNREADABLE,
                        "cannot read \"public\".\"broken\": permission denied")),
                new StatusReport.TableWarning(new QualifiedName("public", "audit_log"), new StatusWarning(StatusWarning.Kind.NOT_PARTITIONED,
                        "an ensurePartitions change maintains \"public\".\"audit_log\", which is not a partitioned table in this database "
                                + "(not converted yet, or misspelled?)")));
        assertThat(report.allWarnings()).hasSize(2);
    }
}
