package io.partitionkit.it.bench;

import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance of many partitioned tables: 50 tables of 70 daily partitions each, every table with
 * ensurePartitions premake 7, retention 32 days. At {@link #NOW} the partitions already reach past
 * the premake window and nothing has expired: a run has nothing to do. Thirty days later the first 30
 * days have expired and the premade partitions still cover the window: a run drops 30 partitions per
 * table and creates none. Both are timed as users run them (one Liquibase update of a changelog with
 * 50 runAlways changesets, which is also what partition:maintain runs) and through the core planner
 * and runner alone, which shows what Liquibase adds. Each run is checked: every report, the number
 * of partitions left, and the rows kept (count and checksum).
 */
@ExtendWith(PostgresExtension.class)
class MaintenanceScaleBenchmark {

    private static final int TABLES = Integer.getInteger("benchmark.tables", 50);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final int RETENTION_DAYS = 32;
    private static final String RETENTION = RETENTION_DAYS + " days";
    private static final String EVERY_ROW = PartitionedFleet.FIRST_DAY + "T00:00:00Z";
    private static final Instant NOW = PartitionedFleet.FIRST_DAY.plusDays(RETENTION_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final int DROPPED = 30;
    private static final Instant LATER = NOW.plusSeconds(DROPPED * 86_400L);

    @Test
    void aRunWithNothingToDoAndARunDroppingThirtyPartitionsPerTable(TestDatabase db) {
        PartitionedFleet fleet = new PartitionedFleet(db, TABLES);
        long creating = System.nanoTime();
        fleet.create();
        double creationSeconds = Samples.secondsSince(creating);
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("fleet-maintenance.xml", fleet.changeSets(RETENTION));
        List<MaintenanceOptions> options = fleet.options(RETENTION);
        RowFingerprint allRows = fleet.fingerprintFrom(EVERY_ROW);
        long allPartitions = (long) TABLES * (PartitionedFleet.PARTITIONS + 1);
        assertThat(fleet.partitions()).isEqualTo(allPartitions);

        // Untimed: creates Liquibase's tables and records the changesets, as the first scheduled run did.
        checkReports(liquibaseRun(liquibase, changelog, NOW), 0);
        List<Double> idleLiquibase = new ArrayList<>();
        List<Double> idleCore = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            idleLiquibase.add(timed(() -> checkReports(liquibaseRun(liquibase, changelog, NOW), 0)));
            idleCore.add(timed(() -> checkReports(coreRun(db, options, NOW), 0)));
            assertThat(fleet.partitions()).as("nothing dropped or created").isEqualTo(allPartitions);
            assertThat(fleet.fingerprintFrom(EVERY_ROW)).isEqualTo(allRows);
        }

        String cutoff = LATER.minus(Duration.ofDays(RETENTION_DAYS)).toString();
        long keptPartitions = (long) TABLES * (PartitionedFleet.PARTITIONS - DROPPED + 1);
        List<Double> dropLiquibase = new ArrayList<>();
        List<Double> dropCore = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            dropLiquibase.add(dropRun(fleet, cutoff, keptPartitions, () -> liquibaseRun(liquibase, changelog, LATER)));
            dropCore.add(dropRun(fleet, cutoff, keptPartitions, () -> coreRun(db, options, LATER)));
        }

        double idle = Samples.median(idleLiquibase);
        System.out.printf(Locale.ROOT, "%n[benchmark] maintenance of %d tables x %d daily partitions (+ DEFAULT), %d runs each "
                        + "(creating them with plain SQL took %.1f s):%n", TABLES, PartitionedFleet.PARTITIONS, RUNS, creationSeconds);
        print("nothing to do, Liquibase update", idleLiquibase, 0, 0);
        print("nothing to do, core planner + runner", idleCore, 0, 0);
        print("dropping " + DROPPED + " partitions a table, Liquibase update", dropLiquibase, DROPPED, idle);
        print("dropping " + DROPPED + " partitions a table, core planner + runner", dropCore, DROPPED, Samples.median(idleCore));
        System.out.printf(Locale.ROOT, "[benchmark]   Liquibase's share: %.2f s of the run with nothing to do, %.2f s of the dropping run%n",
                idle - Samples.median(idleCore), Samples.median(dropLiquibase) - Samples.median(dropCore));
    }

    /** Puts back the first 30 days, then times one run that must drop them from every table and keep the rest. */
    private static double dropRun(PartitionedFleet fleet, String cutoff, long keptPartitions, Supplier<List<MaintenanceReport>> run) {
        if (fleet.partitions() < (long) fleet.tables().size() * (PartitionedFleet.PARTITIONS + 1)) {
            fleet.addDays(0, DROPPED);
        }
        RowFingerprint kept = fleet.fingerprintFrom(cutoff);
        double seconds = timed(() -> checkReports(run.get(), DROPPED));
        assertThat(fleet.partitions()).isEqualTo(keptPartitions);
        assertThat(fleet.fingerprintFrom(EVERY_ROW)).as("exactly the rows from the cutoff on").isEqualTo(kept);
        return seconds;
    }

    private static List<MaintenanceReport> liquibaseRun(LiquibaseRunner liquibase, String changelog, Instant now) {
        return Maintenance.update(liquibase.withClock(at(now)), changelog).succeeded().reports();
    }

    /** Every table's maintenance on one connection: read the catalog, plan, run; what the change does inside Liquibase. */
    private static List<MaintenanceReport> coreRun(TestDatabase db, List<MaintenanceOptions> options, Instant now) {
        Clock clock = at(now);
        List<MaintenanceReport> reports = new ArrayList<>();
        try (Connection connection = db.connect()) {
            for (MaintenanceOptions table : options) {
                reports.add(Maintenance.run(connection, Maintenance.plan(connection, table, clock)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return reports;
    }

    private static void checkReports(List<MaintenanceReport> reports, int drops) {
        assertThat(reports).as("one report a table").hasSize(TABLES);
        for (MaintenanceReport report : reports) {
            assertThat(report.failed()).as(report.summary()).isFalse();
            assertThat(report.skipped()).as(report.summary()).isFalse();
            assertThat(report.count(MaintenancePlan.Effect.DROP)).as(report.summary()).isEqualTo(drops);
            assertThat(report.count(MaintenancePlan.Effect.CREATE)).as(report.summary()).isZero();
            assertThat(report.rowsDeleted()).as(report.summary()).isZero();
        }
    }

    private static void print(String what, List<Double> seconds, int dropsPerTable, double idleMedian) {
        double median = Samples.median(seconds);
        String perPartition = dropsPerTable == 0 ? "" : String.format(Locale.ROOT, ", %.1f ms a dropped partition (%.1f ms above nothing to do)",
                median * 1000 / (TABLES * dropsPerTable), (median - idleMedian) * 1000 / (TABLES * dropsPerTable));
        System.out.printf(Locale.ROOT, "[benchmark]   %s: median %.2f s, %.1f ms a table%s; runs (s): %s%n",
                what, median, median * 1000 / TABLES, perPartition, Samples.rounded(seconds, 2));
    }

    private static double timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Samples.secondsSince(started);
    }
}
