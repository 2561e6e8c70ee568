package io.partitionkit.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.DebianPostgresServer;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Maintenance of fleets of partitioned tables, partitionkit beside pg_partman 4.7 on one PostgreSQL 15
 * of Debian's packages (installed, with {@code postgresql-15-partman}, when missing; see
 * {@link DebianPostgresServer}). For each fleet size ({@code -Dbenchmark.fleets=50x70,500x400}: tables x
 * daily partitions) both tools get the same tables, partitions and rows in a database each, and the
 * same policy: premake 7, retention 30 days, expired partitions dropped. The partitions run from 30
 * days before today (UTC, the server's clock, which both tools plan by) onwards, with a row an hour up
 * to the end of today, so nothing has expired and more than premake days are made: a run has nothing to do. Then 30 expired days are put back
 * before each run that drops them (1,500 partitions over 50 tables).
 *
 * <p>partitionkit runs as users run it: one Liquibase update of a changelog of {@code runAlways}
 * {@code ensurePartitions} changesets, what {@code partition:maintain} runs; also the core planner and
 * runner alone on one connection, which shows what Liquibase adds. pg_partman runs
 * {@code SELECT partman.run_maintenance()}. Each is measured as wall time and as database time
 * ({@link StatementTime}). After every run each side's partitions and rows (count and checksum) are
 * checked. Last, {@code partition-status} over the fleet, with the changelog, failing on any warning.
 */
class MaintenanceScaleBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final List<String> FLEETS = Arrays.stream(System.getProperty("benchmark.fleets", "50x70").split(","))
            .map(String::strip).toList();
    private static final int TOP_STATEMENTS = Integer.getInteger("benchmark.topStatements", 0);
    private static final String RETENTION = "30 days";
    private static final int EXPIRED_DAYS = 30;

    private final List<String> summary = new ArrayList<>();

    @Test
    void partitionkitBesidePgPartman() {
        try (DebianPostgresServer server = DebianPostgresServer.start(15, "postgresql-15-partman")) {
            for (String fleet : FLEETS) {
                String[] size = fleet.split("x");
                measure(server, Integer.parseInt(size[0]), Integer.parseInt(size[1]));
            }
        }
        System.out.printf(Locale.ROOT, "%n[benchmark] maintenance, partitionkit (Liquibase update) beside pg_partman 4.7 run_maintenance(), "
                + "medians of %d runs, database time (wall time):%n", RUNS);
        System.out.println("[benchmark] | Tables | Partitions a table | Nothing to do: partitionkit | pg_partman | Ratio "
                + "| Dropping 30 a table: partitionkit | pg_partman | Ratio | partition-status |");
        summary.forEach(line -> System.out.println("[benchmark] " + line));
    }

    private void measure(DebianPostgresServer server, int tables, int days) {
        String label = tables + "x" + days;
        TestDatabase pkitDb = database(server, "pkit_" + label);
        TestDatabase partmanDb = database(server, "partman_" + label);
        LocalDate firstDay = LocalDate.parse(pkitDb.value("SELECT (now() AT TIME ZONE 'UTC')::date::text")).minusDays(EXPIRED_DAYS);
        PartitionedFleet pkit = new PartitionedFleet(pkitDb, "fleet", tables, firstDay, EXPIRED_DAYS + 1);
        PartmanFleet partman = new PartmanFleet(partmanDb, "fleet", tables, firstDay, EXPIRED_DAYS + 1, RETENTION);
        long creating = System.nanoTime();
        pkit.create(days);
        double pkitCreation = Samples.secondsSince(creating);
        creating = System.nanoTime();
        partman.create(days);
        double partmanCreation = Samples.secondsSince(creating);
        long allPartitions = (long) tables * (days + 1);
        String everyRow = firstDay + "T00:00:00Z";
        RowFingerprint pkitRows = pkit.fingerprintFrom(everyRow);
        RowFingerprint partmanRows = partman.fingerprintFrom(everyRow);
        assertThat(pkit.partitions()).isEqualTo(allPartitions);
        assertThat(partman.partitions()).isEqualTo(allPartitions);
        assertThat(partmanRows).isEqualTo(pkitRows);

        LiquibaseRunner liquibase = new LiquibaseRunner(pkitDb);
        String changelog = liquibase.xmlChangelog("fleet-maintenance.xml", pkit.changeSets(RETENTION));
        List<MaintenanceOptions> options = pkit.tables().stream().map(table -> MaintenanceOptions.parse("fleet", table, "at", "day",
                PartitionedFleet.PREMAKE, RETENTION, null, null, null, false, null, null, null, null)).toList();
        // Untimed first runs: Liquibase creates its tables and records the changesets, as the first scheduled run did.
        checkReports(liquibaseRun(liquibase, changelog), tables, 0);
        partman.runMaintenance();
        checkSides(pkit, partman, allPartitions, everyRow, pkitRows, partmanRows);

        List<StatementTime.Measured> idleLiquibase = new ArrayList<>();
        List<StatementTime.Measured> idleCore = new ArrayList<>();
        List<StatementTime.Measured> idlePartman = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            idleLiquibase.add(StatementTime.of(pkitDb, TOP_STATEMENTS, () -> checkReports(liquibaseRun(liquibase, changelog), tables, 0)));
            idleCore.add(StatementTime.of(pkitDb, 0, () -> checkReports(coreRun(pkitDb, options), tables, 0)));
            idlePartman.add(StatementTime.of(partmanDb, 0, partman::runMaintenance));
            checkSides(pkit, partman, allPartitions, everyRow, pkitRows, partmanRows);
        }

        List<StatementTime.Measured> dropLiquibase = new ArrayList<>();
        List<StatementTime.Measured> dropPartman = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            pkit.addDays(-EXPIRED_DAYS, EXPIRED_DAYS);
            partman.addDays(-EXPIRED_DAYS, EXPIRED_DAYS);
            assertThat(pkit.partitions()).isEqualTo(allPartitions + (long) tables * EXPIRED_DAYS);
            assertThat(partman.partitions()).isEqualTo(allPartitions + (long) tables * EXPIRED_DAYS);
            dropLiquibase.add(StatementTime.of(pkitDb, TOP_STATEMENTS, () -> checkReports(liquibaseRun(liquibase, changelog), tables,
                    EXPIRED_DAYS)));
            dropPartman.add(StatementTime.of(partmanDb, 0, partman::runMaintenance));
            checkSides(pkit, partman, allPartitions, everyRow, pkitRows, partmanRows);
        }

        StatementTime.Measured status = StatementTime.of(pkitDb, TOP_STATEMENTS,
                () -> liquibase.partitionStatus(Map.of("changelogFile", changelog, "failOnWarning", true)));

        System.out.printf(Locale.ROOT, "%n[benchmark] %d tables x %d daily partitions (+ DEFAULT), %d runs each; made with plain SQL in %.1f s, "
                + "through pg_partman in %.1f s%n", tables, days, RUNS, pkitCreation, partmanCreation);
        print("nothing to do, partitionkit, Liquibase update", idleLiquibase, tables);
        print("nothing to do, partitionkit, core planner + runner", idleCore, tables);
        print("nothing to do, pg_partman run_maintenance()", idlePartman, tables);
        print("dropping " + EXPIRED_DAYS + " a table, partitionkit, Liquibase update", dropLiquibase, tables);
        print("dropping " + EXPIRED_DAYS + " a table, pg_partman run_maintenance()", dropPartman, tables);
        print("partition-status", List.of(status), tables);
        summary.add(String.format(Locale.ROOT, "| %d | %d | %s | %s | %.2f | %s | %s | %.2f | %s |", tables, days,
                cell(idleLiquibase), cell(idlePartman), medianDb(idleLiquibase) / medianDb(idlePartman),
                cell(dropLiquibase), cell(dropPartman), medianDb(dropLiquibase) / medianDb(dropPartman), cell(List.of(status))));
        server.dropDatabase(pkitDb);
        server.dropDatabase(partmanDb);
    }

    private static TestDatabase database(DebianPostgresServer server, String name) {
        TestDatabase db = server.createDatabase(name);
        db.execute("ALTER DATABASE " + name + " SET timezone = 'UTC'", "CREATE EXTENSION pg_stat_statements");
        return db;
    }

    private static void checkSides(PartitionedFleet pkit, PartmanFleet partman, long partitions, String everyRow,
                                   RowFingerprint pkitRows, RowFingerprint partmanRows) {
        assertThat(pkit.partitions()).as("partitionkit's partitions").isEqualTo(partitions);
        assertThat(partman.partitions()).as("pg_partman's partitions").isEqualTo(partitions);
        assertThat(pkit.fingerprintFrom(everyRow)).as("partitionkit's rows").isEqualTo(pkitRows);
        assertThat(partman.fingerprintFrom(everyRow)).as("pg_partman's rows").isEqualTo(partmanRows);
    }

    private static List<MaintenanceReport> liquibaseRun(LiquibaseRunner liquibase, String changelog) {
        return Maintenance.update(liquibase, changelog).succeeded().reports();
    }

    /** Every table's maintenance on one connection: read the catalog, plan, run; what the change does inside Liquibase. */
    private static List<MaintenanceReport> coreRun(TestDatabase db, List<MaintenanceOptions> options) {
        List<MaintenanceReport> reports = new ArrayList<>();
        try (Connection connection = db.connect()) {
            Clock clock = io.partitionkit.core.catalog.ServerClock.read(connection);
            for (MaintenanceOptions table : options) {
                reports.add(Maintenance.run(connection, Maintenance.plan(connection, table, clock)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return reports;
    }

    private static void checkReports(List<MaintenanceReport> reports, int tables, int drops) {
        assertThat(reports).as("one report a table").hasSize(tables);
        for (MaintenanceReport report : reports) {
            assertThat(report.failed()).as(report.summary()).isFalse();
            assertThat(report.skipped()).as(report.summary()).isFalse();
            assertThat(report.count(MaintenancePlan.Effect.DROP)).as(report.summary()).isEqualTo(drops);
            assertThat(report.count(MaintenancePlan.Effect.CREATE)).as(report.summary()).isZero();
            assertThat(report.rowsDeleted()).as(report.summary()).isZero();
        }
    }

    private static double medianDb(List<StatementTime.Measured> runs) {
        return Samples.median(runs.stream().map(StatementTime.Measured::databaseMillis).toList());
    }

    private static double medianWall(List<StatementTime.Measured> runs) {
        return Samples.median(runs.stream().map(StatementTime.Measured::wallSeconds).toList());
    }

    private static String cell(List<StatementTime.Measured> runs) {
        return String.format(Locale.ROOT, "%.0f ms (%.2f s)", medianDb(runs), medianWall(runs));
    }

    private static void print(String what, List<StatementTime.Measured> runs, int tables) {
        double db = medianDb(runs);
        System.out.printf(Locale.ROOT, "[benchmark]   %s: database time median %.1f ms (%.2f ms a table), wall %.2f s; statements %s; "
                        + "database ms %s; wall s %s%n", what, db, db / tables, medianWall(runs),
                runs.stream().map(StatementTime.Measured::statements).toList(),
                Samples.rounded(runs.stream().map(StatementTime.Measured::databaseMillis).toList(), 1),
                Samples.rounded(runs.stream().map(StatementTime.Measured::wallSeconds).toList(), 2));
        if (TOP_STATEMENTS > 0) {
            runs.get(runs.size() - 1).top().forEach(line -> System.out.println("[benchmark]       " + line));
        }
    }
}
