package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.MaintenanceRunner;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.StepKiller;
import io.partitionkit.it.support.StepKiller.PausePoint;
import io.partitionkit.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance whose session is terminated while any step of any unit runs (the session holding the
 * table's maintenance lock) leaves the table readable and writable with every row it must keep, and
 * the ensurePartitions changeset, run again through Liquibase, completes: the same partitions as an
 * uninterrupted run, DEFAULT empty, no expired row, every expired partition dropped, detached or
 * archived whole. The plan has every kind of unit: removals, creations moving rows out of DEFAULT,
 * and batched deletes of expired rows. The units come from the plan; where each step is killed, from
 * a reference run (see {@link StepKiller}; {@code -Dpartition.test.faults=every} kills at every point).
 *
 * <p>The plan's first and last steps (take and release the advisory lock) wait for nothing and touch
 * no table, so no session can be held inside them; killing a session during a unit covers a kill
 * while the session holds that lock: the rerun is not skipped.
 */
@ExtendWith(PostgresExtension.class)
class KilledMaintenanceIT {

    /** At noon on 21 November, 5 days of retention cut at noon on 16 November. */
    private static final String CUTOFF = "'2026-11-16 12:00+00'";
    private static final List<String> EXPIRED = List.of("events_14", "events_15");

    @TestFactory
    Stream<DynamicTest> maintenanceKilledDuringAnyStepCompletesWhenRunAgain(TestDatabase db) {
        return Stream.of("drop", "detach", "archive").flatMap(mode -> killCases(db, mode));
    }

    private Stream<DynamicTest> killCases(TestDatabase db, String mode) {
        String reference = mode + "_reference";
        createEvents(db, reference);
        MaintenancePlan plan = Maintenance.plan(db, options(reference, mode), NOON);
        List<List<List<PausePoint>>> points = new ArrayList<>();
        try (StepKiller killer = new StepKiller(db, reference)) {
            for (int unit = 0; unit < plan.units().size(); unit++) {
                StepKiller.Session<MaintenanceReport> run = runUnit(plan, unit);
                points.add(killer.run(plan.units().get(unit).steps(), connection -> {
                    MaintenanceReport report = run.run(connection);
                    assertThat(report.failed()).as(report.summary()).isFalse();
                    return report;
                }));
            }
        }
        List<String> partitions = db.partitions(reference + ".events").stream().map(p -> p.replace(reference + ".", "")).toList();
        List<DynamicTest> cases = new ArrayList<>();
        for (int unit = 0; unit < points.size(); unit++) {
            for (int step = 0; step < points.get(unit).size(); step++) {
                for (PausePoint point : StepKiller.killPoints(points.get(unit).get(step))) {
                    int u = unit;
                    int s = step;
                    cases.add(DynamicTest.dynamicTest(mode + ": " + plan.units().get(unit).steps().get(step).description() + " killed " + point,
                            () -> killed(db, mode, u, s, point, partitions)));
                }
            }
        }
        return cases.stream();
    }

    private void killed(TestDatabase db, String mode, int unit, int step, PausePoint point, List<String> referencePartitions) {
        String schema = mode + "_kill_" + (unit + 1) + "_" + (step + 1) + "_" + point.ordinal();
        createEvents(db, schema);
        Map<String, RowFingerprint> expired = expiredPartitions(db, schema);
        String kept = "(SELECT * FROM " + schema + ".events WHERE at >= " + CUTOFF + ")";
        RowFingerprint keptRows = db.fingerprint(kept);
        MaintenancePlan plan = Maintenance.plan(db, options(schema, mode), NOON);
        for (int i = 0; i < unit; i++) {
            assertThat(Maintenance.run(db, onlyUnit(plan, i)).failed()).isFalse();
        }

        StepKiller.Killed outcome;
        try (StepKiller killer = new StepKiller(db, schema)) {
            outcome = killer.kill(plan.units().get(unit).steps().get(step), point, runUnit(plan, unit));
        }

        assertThat(((MaintenanceReport) outcome.result()).failed()).as("the killed unit failed").isTrue();
        assertThat(db.fingerprint(kept)).as("readable, every row to keep").isEqualTo(keptRows);
        db.execute("INSERT INTO " + schema + ".events VALUES (-1, '2026-11-21 10:00+00', 'written after the kill')");
        assertThat(db.fingerprint(kept).rows()).as("writable").isEqualTo(keptRows.rows() + 1);
        RowFingerprint expected = db.fingerprint(kept);

        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        MaintenanceReport rerun = Maintenance.update(liquibase, liquibase.xmlChangelog(schema + ".xml", changeSet(schema, mode)))
                .succeeded().report();

        assertThat(rerun.skipped()).as("the killed session's maintenance lock went with it").isFalse();
        assertThat(rerun.failed()).as(rerun.summary()).isFalse();
        assertThat(db.fingerprint(schema + ".events")).as("every row to keep, once, and nothing expired").isEqualTo(expected);
        assertThat(db.longValue("SELECT count(*) FROM ONLY " + schema + ".events_default")).as("DEFAULT emptied").isZero();
        assertThat(db.partitions(schema + ".events")).as("the partitions of an uninterrupted run")
                .isEqualTo(referencePartitions.stream().map(p -> schema + "." + p).toList());
        assertExpiredPartitionsHandledWhole(db, schema, mode, expired);
        assertThat(db.longValue("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relnamespace = '" + schema + "'::regnamespace AND NOT i.indisvalid")).isZero();
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE connamespace = '" + schema + "'::regnamespace AND NOT convalidated"))
                .isEmpty();
    }

    /** Dropped, or kept whole as tables of their own (in the archive schema when archived); no other table is left beside events. */
    private static void assertExpiredPartitionsHandledWhole(TestDatabase db, String schema, String mode, Map<String, RowFingerprint> expired) {
        String where = mode.equals("archive") ? schema + "_attic" : schema;
        List<String> standalone = db.column("SELECT relname FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace "
                + "AND relkind IN ('r', 'p') AND NOT relispartition AND relname <> 'events' ORDER BY 1");
        assertThat(standalone).as("tables beside events").isEqualTo(mode.equals("detach") ? EXPIRED : List.of());
        for (String partition : EXPIRED) {
            if (mode.equals("drop")) {
                assertThat(db.value("SELECT to_regclass('" + schema + "." + partition + "')")).isNull();
            } else {
                assertThat(db.fingerprint(where + "." + partition)).as(partition + " whole").isEqualTo(expired.get(partition));
            }
        }
    }

    private static Map<String, RowFingerprint> expiredPartitions(TestDatabase db, String schema) {
        return Map.of(EXPIRED.get(0), db.fingerprint(schema + "." + EXPIRED.get(0)), EXPIRED.get(1), db.fingerprint(schema + "." + EXPIRED.get(1)));
    }

    /** Runs one unit as a run of its own does: under the table's maintenance lock. */
    private static StepKiller.Session<MaintenanceReport> runUnit(MaintenancePlan plan, int unit) {
        return connection -> new MaintenanceRunner(connection, outcome -> { }).run(onlyUnit(plan, unit));
    }

    private static MaintenancePlan onlyUnit(MaintenancePlan plan, int unit) {
        return new MaintenancePlan(plan.table(), plan.summary(), plan.lock(), List.of(plan.units().get(unit)), plan.record(), plan.unlock(), plan.notes(),
                plan.retentionWithheld());
    }

    private static MaintenanceOptions options(String schema, String mode) {
        return MaintenanceOptions.parse(schema, "events", "at", "day", 2, "5 days", mode, mode.equals("archive") ? schema + "_attic" : null,
                null, null, 50, null, null, null);
    }

    private static String changeSet(String schema, String mode) {
        return Maintenance.changeSet("maintain", "schemaName=\"" + schema + "\" tableName=\"events\" column=\"at\" interval=\"day\" "
                + "premake=\"2\" retention=\"5 days\" retentionMode=\"" + mode + "\" batchSize=\"50\""
                + (mode.equals("archive") ? " archiveSchema=\"" + schema + "_attic\"" : ""));
    }

    /**
     * Daily partitions from 14 to 20 November, a row every 10 minutes; in DEFAULT, 100 expired rows
     * and 24 rows of 22 November, which maintenance moves into that day's new partition.
     */
    private static void createEvents(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema, "CREATE SCHEMA " + schema + "_attic",
                "CREATE TABLE " + schema + ".events (id bigint, at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)");
        Partitions.createDailyInNovember(db, schema + ".events", 14, 20);
        db.execute("INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-14 00:00+00' + i * interval '10 minutes', 'row ' || i "
                        + "FROM generate_series(0, 1007) i",
                "INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-01 00:00+00' + i * interval '1 hour', 'late ' || i "
                        + "FROM generate_series(0, 99) i",
                "INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-22 00:00+00' + i * interval '1 hour', 'early ' || i "
                        + "FROM generate_series(0, 23) i");
    }
}
