package io.partitionkit.it.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.MaintenanceOptions;
import io.partitionkit.core.plan.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import liquibase.Scope;
import liquibase.SingletonScopeManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two runs never work on one table at once: the table's advisory lock makes the second one report
 * the table skipped and change nothing. And a step that waits for a lock gives up after
 * lock_timeout, backs off and tries again, so a long transaction delays the run, not the application.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentRunsIT {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

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
            firstRun = inBackground(() -> Maintenance.update(first, firstChangelog));
            awaitWaitingStep(db, "-- partitionkit: create partition", "Lock", firstRun);

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
     * A drop needs ACCESS EXCLUSIVE, which an open reader prevents. The run must not queue behind
     * the reader for longer than lock_timeout: it gives up, sleeps (observed as the PgSleep wait of
     * its backoff, which only follows an attempt that timed out), and succeeds on a later attempt
     * once the reader has gone, saying so in its report.
     */
    @Test
    void aStepBlockedByALongTransactionGivesUpAfterLockTimeoutAndRetries(TestDatabase db) throws Exception {
        createOrders(db, "patient");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("patient.xml", Maintenance.changeSet("maintain",
                "tableName=\"patient\" column=\"placed_at\" interval=\"day\" premake=\"2\" retention=\"2 days\" lockTimeout=\"100ms\""));

        CompletableFuture<Maintenance.Run> run;
        try (Connection reader = db.connect(); Statement statement = reader.createStatement()) {
            reader.setAutoCommit(false);
            statement.execute("SELECT count(*) FROM patient WHERE placed_at >= '2026-11-20 00:00+00'");
            run = inBackground(() -> Maintenance.update(liquibase, changelog));
            awaitWaitingStep(db, "-- partitionkit: drop expired partition", "Timeout", run);
            reader.commit();
        }
        MaintenanceReport report = run.get(60, TimeUnit.SECONDS).succeeded().report();
        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isOne();
        assertThat(report.outcomes()).filteredOn(outcome -> outcome.unit().effect() == MaintenancePlan.Effect.DROP).singleElement()
                .satisfies(outcome -> assertThat(String.join("\n", outcome.messages()))
                        .contains("attempt 1 waited longer than lock_timeout 100ms").contains("retrying"));
        assertThat(db.value("SELECT to_regclass('patient_18')")).isNull();
    }

    private static String changeSet(String table, String lockTimeout) {
        return Maintenance.changeSet("maintain", "tableName=\"" + table + "\" column=\"placed_at\" interval=\"day\" premake=\"2\" "
                + "lockTimeout=\"" + lockTimeout + "\"");
    }

    /** Runs Liquibase on a thread of its own, with a Liquibase scope of its own (scopes are otherwise inherited by new threads). */
    private static CompletableFuture<Maintenance.Run> inBackground(Supplier<Maintenance.Run> run) {
        CompletableFuture<Maintenance.Run> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Scope.setScopeManager(new SingletonScopeManager());
            try {
                result.complete(run.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "background-maintenance-run");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Waits until a session runs the named step and waits on {@code waitEventType} (Lock: for a lock; Timeout: PgSleep). */
    private static void awaitWaitingStep(TestDatabase db, String step, String waitEventType, CompletableFuture<Maintenance.Run> run)
            throws InterruptedException {
        String query = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '" + step + "%' "
                + "AND wait_event_type = '" + waitEventType + "'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (db.longValue(query) == 0) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before it waited in '" + step + "': " + run.join());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no session waited (" + waitEventType + ") in '" + step + "' within 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** Partitioned by hand per day from 18 to 20 November, with 24 rows for 22 November waiting in DEFAULT. */
    private static void createOrders(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigint, placed_at timestamptz NOT NULL) PARTITION BY RANGE (placed_at)");
        Partitions.createDailyInNovember(db, table, 18, 20);
        db.execute("INSERT INTO " + table + " SELECT i, timestamptz '2026-11-18 00:00+00' + i * interval '5 minutes' FROM generate_series(0, 863) i",
                "INSERT INTO " + table + " SELECT i, timestamptz '2026-11-22 00:00+00' + i * interval '1 hour' FROM generate_series(0, 23) i");
    }
}
