package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention: cutoff = now - retention. A partition goes (dropped, detached, or detached into the
 * archive schema) only when its upper bound is at or before the cutoff, the DEFAULT never; the
 * expired rows no drop reaches (in DEFAULT and in the partition spanning the cutoff) are deleted in
 * batches within the time budget, and what the budget leaves is reported and deleted next time.
 */
@ExtendWith(PostgresExtension.class)
class RetentionIT {

    /** At noon on 21 November, a retention of 5 days puts the cutoff at noon on 16 November. */
    private static final String CUTOFF = "'2026-11-16 12:00+00'";
    private static final List<String> EXPIRED = List.of("13", "14", "15");

    @Test
    void dropRemovesEveryPartitionEndingByTheCutoffAndDeletesTheOtherExpiredRows(TestDatabase db) {
        createDays(db, "dropped");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM dropped WHERE at >= " + CUTOFF + ")");
        long expiredOutsideDroppedPartitions = db.longValue("SELECT count(*) FROM dropped WHERE at < " + CUTOFF
                + " AND tableoid IN ('dropped_default'::regclass, 'dropped_16'::regclass)");

        MaintenanceReport report = ensure(db, "dropped", "retentionMode=\"drop\"").report();

        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isEqualTo(3);
        assertThat(report.rowsDeleted()).isEqualTo(expiredOutsideDroppedPartitions).isPositive();
        assertThat(report.rowsRemaining()).isZero();
        for (String day : EXPIRED) {
            assertThat(db.value("SELECT to_regclass('dropped_" + day + "')")).isNull();
        }
        assertThat(db.fingerprint("dropped")).isEqualTo(kept);
        assertThat(Partitions.of(db, "dropped").get(0).name()).as("the partition spanning the cutoff stays").isEqualTo("dropped_16");
        assertThat(Partitions.defaultPartition(db, "dropped")).contains("dropped_default");
    }

    @Test
    void withoutDeleteExpiredRowsOnlyWholePartitionsGo(TestDatabase db) {
        createDays(db, "undeleted");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM undeleted WHERE tableoid NOT IN "
                + "('undeleted_13'::regclass, 'undeleted_14'::regclass, 'undeleted_15'::regclass))");

        MaintenanceReport report = ensure(db, "undeleted", "deleteExpiredRows=\"false\"").report();

        assertThat(report.count(MaintenancePlan.Effect.DROP)).isEqualTo(3);
        assertThat(report.count(MaintenancePlan.Effect.DELETE_EXPIRED)).isZero();
        assertThat(db.fingerprint("undeleted")).isEqualTo(kept);
    }

    @Test
    void detachKeepsExpiredPartitionsAsTablesOfTheirOwn(TestDatabase db) {
        createDays(db, "detached");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM detached WHERE at >= " + CUTOFF + ")");
        List<RowFingerprint> expired = EXPIRED.stream().map(day -> db.fingerprint("detached_" + day)).toList();

        MaintenanceReport report = ensure(db, "detached", "retentionMode=\"detach\"").report();

        assertThat(report.count(MaintenancePlan.Effect.DETACH)).isEqualTo(3);
        assertThat(EXPIRED.stream().map(day -> db.fingerprint("detached_" + day)).toList()).isEqualTo(expired);
        assertThat(db.column("SELECT relispartition::text FROM pg_class WHERE relname IN ('detached_13', 'detached_14', 'detached_15')"))
                .containsExactly("false", "false", "false");
        assertThat(db.fingerprint("detached")).isEqualTo(kept);
    }

    @Test
    void archiveDetachesExpiredPartitionsIntoTheArchiveSchema(TestDatabase db) {
        createDays(db, "archived");
        db.execute("CREATE SCHEMA attic");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM archived WHERE at >= " + CUTOFF + ")");
        List<RowFingerprint> expired = EXPIRED.stream().map(day -> db.fingerprint("archived_" + day)).toList();

        MaintenanceReport report = ensure(db, "archived", "retentionMode=\"archive\" archiveSchema=\"attic\"").report();

        assertThat(report.count(MaintenancePlan.Effect.ARCHIVE)).isEqualTo(3);
        assertThat(report.outcomes().stream().flatMap(outcome -> outcome.messages().stream()))
                .contains("partitionkit: archived expired partition \"public\".\"archived_13\" (FOR VALUES FROM ('2026-11-13 00:00:00+00') "
                        + "TO ('2026-11-14 00:00:00+00'))");
        assertThat(EXPIRED.stream().map(day -> db.fingerprint("attic.archived_" + day)).toList()).isEqualTo(expired);
        assertThat(db.column("SELECT relname FROM pg_class WHERE relname IN ('archived_13', 'archived_14', 'archived_15') "
                + "AND relnamespace = 'public'::regnamespace")).isEmpty();
        assertThat(db.fingerprint("archived")).isEqualTo(kept);
    }

    @Test
    void theLegacyPartitionOfAnAttachConversionGoesWhenItsUpperBoundReachesTheCutoff(TestDatabase db) {
        db.execute("CREATE TABLE spend (id bigint PRIMARY KEY, at timestamptz NOT NULL, amount numeric)",
                "INSERT INTO spend SELECT i, timestamptz '2026-10-20 00:00+00' + i * interval '20 minutes', i FROM generate_series(1, 1000) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(at("2026-11-01T12:00:00Z"));
        String changelog = liquibase.xmlChangelog("legacy.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="spend" column="at" interval="day" premake="7"/>
                </changeSet>
                """ + Maintenance.changeSet("maintain", "tableName=\"spend\" column=\"at\" interval=\"day\" retention=\"3 days\" batchSize=\"50\""));
        Maintenance.update(liquibase, changelog).succeeded();
        assertThat(Partitions.of(db, "spend").get(0).toString()).isEqualTo("spend_legacy [MINVALUE, 2026-11-03T00:00:00Z)");

        // An hour before its upper bound reaches the cutoff, the legacy partition spans it: only its expired rows go.
        String cutoff = "'2026-11-02 23:00+00'";
        RowFingerprint kept = db.fingerprint("(SELECT * FROM spend WHERE at >= " + cutoff + ")");
        Maintenance.update(liquibase.withClock(at("2026-11-05T23:00:00Z")), changelog).succeeded();
        assertThat(Partitions.of(db, "spend").get(0).name()).isEqualTo("spend_legacy");
        assertThat(db.fingerprint("spend")).isEqualTo(kept);

        MaintenanceReport report = Maintenance.update(liquibase.withClock(at("2026-11-06T00:00:00Z")), changelog).succeeded().report();
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isOne();
        assertThat(db.value("SELECT to_regclass('spend_legacy')")).isNull();
        assertThat(db.fingerprint("spend")).isEqualTo(db.fingerprint("(SELECT * FROM spend WHERE at >= '2026-11-03 00:00+00')"));
        assertThat(Partitions.of(db, "spend").get(0).toString()).isEqualTo("spend_p20261103 [2026-11-03T00:00:00Z, 2026-11-04T00:00:00Z)");
    }

    /** Rows of a past hole that spans the cutoff wait in DEFAULT: the part above the cutoff is kept, the rest goes. */
    @Test
    void noExpiredRowRemainsWhenTheHoleSpanningTheCutoffGetsItsPartition(TestDatabase db) {
        db.execute("CREATE TABLE late (at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)",
                "CREATE TABLE late_17 PARTITION OF late FOR VALUES FROM ('2026-11-17 00:00+00') TO ('2026-11-18 00:00+00')",
                "CREATE TABLE late_default PARTITION OF late DEFAULT",
                "INSERT INTO late SELECT timestamptz '2026-11-15 00:00+00' + i * interval '10 minutes', 'row ' || i FROM generate_series(0, 431) i");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM late WHERE at >= " + CUTOFF + ")");

        Maintenance.Run run = ensure(db, "late", "");

        assertThat(run.report().failed()).as(run.report().summary()).isFalse();
        assertThat(db.column("SELECT tableoid::regclass || ': ' || count(*) FROM late WHERE at < " + CUTOFF + " GROUP BY tableoid"))
                .as("rows older than the cutoff, by partition; the run said:%n%s", run.logText()).isEmpty();
        assertThat(db.fingerprint("late")).isEqualTo(kept);
    }

    @Test
    void aTinyTimeBudgetLeavesExpiredRowsReportedAndTheNextRunDeletesThem(TestDatabase db) {
        db.execute("CREATE TABLE busy (at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)",
                "CREATE TABLE busy_16 PARTITION OF busy FOR VALUES FROM ('2026-11-16 00:00+00') TO ('2026-11-17 00:00+00')",
                "CREATE TABLE busy_default PARTITION OF busy DEFAULT",
                // 2000 expired rows in DEFAULT (before every partition) and 2000 in the partition spanning the cutoff.
                "INSERT INTO busy SELECT timestamptz '2026-11-10 00:00+00' + i * interval '1 second', 'old ' || i FROM generate_series(1, 2000) i",
                "INSERT INTO busy SELECT timestamptz '2026-11-16 00:00+00' + i * interval '1 second', 'early ' || i FROM generate_series(1, 2000) i",
                "INSERT INTO busy SELECT timestamptz '2026-11-16 12:00+00' + i * interval '1 second', 'kept ' || i FROM generate_series(0, 999) i");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM busy WHERE at >= " + CUTOFF + ")");

        Maintenance.Run first = ensure(db, "busy", "batchSize=\"7\" deleteTimeBudget=\"1ms\"");

        long remaining = db.longValue("SELECT count(*) FROM busy WHERE at < " + CUTOFF);
        assertThat(remaining).as("a 1 ms budget cannot delete 4000 rows 7 at a time; the run said:%n%s", first.logText()).isPositive();
        assertThat(first.report().rowsRemaining()).isEqualTo(remaining);
        assertThat(first.report().rowsDeleted()).isEqualTo(4000 - remaining);
        assertThat(first.logText()).contains("(" + remaining + " remain for the next run)");
        deletedPerPartition(first.logText()).forEach(deleted -> assertThat(deleted % 7).as("whole batches of 7").isZero());
        assertThat(db.fingerprint("(SELECT * FROM busy WHERE at >= " + CUTOFF + ")")).isEqualTo(kept);

        Maintenance.Run second = ensure(db, "busy", "batchSize=\"7\"");

        assertThat(second.report().rowsDeleted()).isEqualTo(remaining);
        assertThat(second.report().rowsRemaining()).isZero();
        assertThat(db.fingerprint("busy")).isEqualTo(kept);
    }

    /** Daily partitions from 13 to 20 November, rows in each, and expired rows waiting in DEFAULT. */
    private static void createDays(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigint, at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)");
        Partitions.createDailyInNovember(db, table, 13, 20);
        db.execute("INSERT INTO " + table + " SELECT i, timestamptz '2026-11-13 00:00+00' + i * interval '7 minutes', 'row ' || i "
                        + "FROM generate_series(0, 1600) i",
                "INSERT INTO " + table + " SELECT i, timestamptz '2026-11-01 00:00+00' + i * interval '1 hour', 'late ' || i "
                        + "FROM generate_series(0, 99) i");
    }

    private static Maintenance.Run ensure(TestDatabase db, String table, String attributes) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        return Maintenance.update(liquibase, liquibase.xmlChangelog(table + "-" + Math.abs(attributes.hashCode()) + ".xml",
                Maintenance.changeSet("maintain", "tableName=\"" + table + "\" column=\"at\" interval=\"day\" premake=\"2\" "
                        + "retention=\"5 days\" " + attributes))).succeeded();
    }

    private static List<Long> deletedPerPartition(String log) {
        Matcher matcher = Pattern.compile("deleted (\\d+) expired rows from").matcher(log);
        List<Long> counts = new java.util.ArrayList<>();
        while (matcher.find()) {
            counts.add(Long.parseLong(matcher.group(1)));
        }
        assertThat(counts).as("one count per partition deleted from").hasSize(2);
        return counts;
    }
}
