package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.ApplicationLoad;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.ReaderDuringLockedSteps;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.ServerActivity;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.testing.TestClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two runs never work on one table at once: the table's advisory lock makes the second one report
 * the table skipped and change nothing. And a step that waits for a lock gives up after
 * lock_timeout, backs off and tries again, so a long transaction delays the run, not the application.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentRunsIT {

    @Test
    void aRunSkipsATableWhoseMaintenanceLockAnotherSessionHolds(TestDatabase db) throws SQLException {
        createOrders(db, "locked");
        List<String> partitions = Partitions.described(db, "locked");
        RowFingerprint rows = db.fingerprint("locked");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("locked.xml", changeSet("locked", "5s"));

        try (Connection other = db.connect(); Statement statement = other.createStatement()) {
            // The key MaintenancePlanner computes: "part" in the high 32 bits, the table's OID in the low ones.
            statement.execute("SELECT pg_advisory_lock((x'70617274'::bigint << 32) | 'locked'::regclass::oid::bigint)");

            Maintenance.Run run = Maintenance.update(liquibase, changelog).succeeded();

            assertThat(run.report().skipped()).isTrue();
            assertThat(run.report().outcomes()).isEmpty();
            assertThat(run.logText()).contains("skipped, another maintenance run is working on it");
            assertThat(Partitions.described(db, "locked")).isEqualTo(partitions);
            assertThat(db.fingerprint("locked")).isEqualTo(rows);
        }
        // Once the other session is gone, the same changeset does the work: the lock was what stopped it.
        MaintenanceReport report = Maintenance.update(liquibase, changelog).succeeded().report();
        assertThat(report.skipped()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.CREATE)).isEqualTo(3);
        assertThat(report.rowsMoved()).isEqualTo(24);
    }

    /**
     * A table that needs nothing costs one transaction, which takes the maintenance lock for itself:
     * while another session holds the lock, the run reports the table skipped and leaves the record of
     * the last successful run as it was; once the lock is free, the run records itself.
     */
    @Test
    void aRunWithNothingToDoSkipsATableWhoseLockAnotherSessionHoldsAndRecordsNothing(TestDatabase db) throws SQLException {
        createOrders(db, "idle");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("idle.xml", changeSet("idle", "5s"));
        Maintenance.update(liquibase.withClock(NOON), changelog).succeeded();
        String comment = "SELECT obj_description('idle'::regclass, 'pg_class')";
        String recorded = db.value(comment);
        LiquibaseRunner anHourLater = liquibase.withClock(TestClock.at(NOON.instant().plus(Duration.ofHours(1))));

        try (Connection other = db.connect(); Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_lock((x'70617274'::bigint << 32) | 'idle'::regclass::oid::bigint)");

            Maintenance.Run run = Maintenance.update(anHourLater, changelog).succeeded();

            assertThat(run.report().skipped()).isTrue();
            assertThat(run.report().outcomes()).isEmpty();
            assertThat(db.value(comment)).isEqualTo(recorded);
        }
        MaintenanceReport report = Maintenance.update(anHourLater, changelog).succeeded().report();
        assertThat(report.skipped()).isFalse();
        assertThat(report.outcomes()).extracting(outcome -> outcome.unit().effect()).containsExactly(MaintenancePlan.Effect.RECORD);
        assertThat(db.value(comment)).isEqualTo("partitionkit: last successful maintenance " + NOON.instant().plus(Duration.ofHours(1)));
    }

    /**
     * The first run (a Liquibase update) is held inside its first unit by a long transaction (SHARE
     * lock, which its SHARE UPDATE EXCLUSIVE waits for under a long lock_timeout); while it waits, a
     * second run of the same table must skip it. The second run is a direct run of the same plan, as
     * another process would make it: two Liquibase runs in one JVM share Liquibase's configuration
     * (on 5.0 the second's changelog-table names leak into the first), which real deployments never
     * do. Then the long transaction ends and the first run completes alone.
     */
    @Test
    void aSecondRunSkipsTheTableWhileTheFirstIsWorkingOnIt(TestDatabase db) throws Exception {
        createOrders(db, "shared");
        List<String> partitions = Partitions.described(db, "shared");
        RowFingerprint rows = db.fingerprint("shared");
        LiquibaseRunner first = new LiquibaseRunner(db).withClock(NOON);
        String firstChangelog = first.xmlChangelog("first.xml", changeSet("shared", "60s"));

        CompletableFuture<Maintenance.Run> firstRun;
        try (Connection longTransaction = db.connect(); Statement statement = longTransaction.createStatement()) {
            longTransaction.setAutoCommit(false);
            statement.execute("LOCK TABLE shared IN SHARE MODE");
            firstRun = Maintenance.inBackground(() -> Maintenance.update(first, firstChangelog));
            ServerActivity.awaitWaitingStep(db, "create partition", "Lock", firstRun);

            MaintenanceOptions options = MaintenanceOptions.parse(null, "shared", "placed_at", "day", 2, null, null, null,
                    null, null, null, null, "60s", null);
            MaintenanceReport secondRun = Maintenance.run(db, Maintenance.plan(db, options, NOON));

            assertThat(secondRun.skipped()).isTrue();
            assertThat(secondRun.outcomes()).isEmpty();
            assertThat(Partitions.described(db, "shared")).isEqualTo(partitions);
            assertThat(db.fingerprint("shared")).isEqualTo(rows);
            longTransaction.commit();
        }
        MaintenanceReport report = firstRun.get(60, TimeUnit.SECONDS).succeeded().report();
        assertThat(report.skipped()).isFalse();
        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.CREATE)).isEqualTo(3);
        assertThat(report.rowsMoved()).isEqualTo(24);
        assertThat(db.fingerprint("shared")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM ONLY shared_default")).isZero();
    }

    /**
     * A long transaction that has read the table is open during every lock-bounded step of a run
     * that drops an expired partition (ACCESS EXCLUSIVE on the table) and creates three (ACCESS
     * EXCLUSIVE on DEFAULT, whose rows they move), while the application reads the whole table and
     * inserts, with a lock_timeout ten times the run's. Each step gives up after lock_timeout and
     * tries again until the reader commits; no application query fails, so none waited that long;
     * every row retention keeps is there, with every row the application inserted. (The application
     * inserts into an existing partition: an insert routed to DEFAULT for the range being attached at
     * that moment fails in PostgreSQL, see README's limits.) The plan runs as update-sql prints it,
     * so that the reader can be there for each step in turn.
     */
    @Test
    void aLongTransactionDelaysDropsAndCreationsButNotTheApplication(TestDatabase db) {
        createOrders(db, "patient");
        db.execute("CREATE TABLE patient_expected AS SELECT * FROM patient WHERE placed_at >= '2026-11-19 12:00+00'");
        MaintenancePlan plan = Maintenance.plan(db, MaintenanceOptions.parse(null, "patient", "placed_at", "day", 2, "2 days", null, null,
                null, null, null, null, "200ms", null), NOON);
        ApplicationLoad load = ApplicationLoad.start(db, 3, Duration.ofSeconds(2), "patient", "SELECT count(*) FROM patient",
                id -> "(" + id + ", timestamptz '2026-11-20 11:00+00' + " + id % 3600 + " * interval '1 second')");

        Set<String> retried;
        ApplicationLoad.Result application;
        try {
            retried = ReaderDuringLockedSteps.runHeldUp(db, new Plan(plan.summary(), plan.steps(), plan.notes()), "patient");
        } finally {
            application = load.stop();
        }
        System.out.println(application.summary("maintenance", "200ms"));

        assertThat(plan.units()).extracting(MaintenancePlan.Unit::effect).contains(MaintenancePlan.Effect.DROP, MaintenancePlan.Effect.CREATE);
        // The record of success comments on the table (SHARE UPDATE EXCLUSIVE on it alone): a reader does not hold it up.
        assertThat(retried).as("steps that gave up twice after lock_timeout 200ms").containsExactlyInAnyOrderElementsOf(
                plan.steps().stream().filter(Step::boundedByLockTimeout).map(Step::description)
                        .filter(step -> !step.startsWith("record the successful maintenance")).toList());
        assertThat(application.failures()).as("application queries that waited longer than 2 s").isEmpty();
        assertThat(application.inserted()).isNotEmpty();
        assertThat(Partitions.described(db, "patient")).hasSize(6).noneMatch(partition -> partition.contains("2026-11-18"));
        assertThat(db.longValue("SELECT count(*) FROM ONLY patient_default")).isZero();
        application.insertSameRowsInto(db, "patient_expected");
        assertThat(db.fingerprint("patient")).isEqualTo(db.fingerprint("patient_expected"));
    }

    private static String changeSet(String table, String lockTimeout) {
        return Maintenance.changeSet("maintain", "tableName=\"" + table + "\" column=\"placed_at\" interval=\"day\" premake=\"2\" "
                + "lockTimeout=\"" + lockTimeout + "\"");
    }

    /** Partitioned by hand per day from 18 to 20 November, with 24 rows for 22 November waiting in DEFAULT. */
    private static void createOrders(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigint, placed_at timestamptz NOT NULL) PARTITION BY RANGE (placed_at)");
        Partitions.createDailyInNovember(db, table, 18, 20);
        db.execute("INSERT INTO " + table + " SELECT i, timestamptz '2026-11-18 00:00+00' + i * interval '5 minutes' FROM generate_series(0, 863) i",
                "INSERT INTO " + table + " SELECT i, timestamptz '2026-11-22 00:00+00' + i * interval '1 hour' FROM generate_series(0, 23) i");
    }
}
