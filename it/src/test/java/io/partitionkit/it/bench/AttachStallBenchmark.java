package io.partitionkit.it.bench;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.it.support.InsertLoad;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long writers stand still while {@code convertToRangePartitioned strategy="attach"} runs
 * through Liquibase on a large table: four connections insert one row per autocommit statement as
 * fast as they can, from five seconds before the conversion (the baseline: what the machine does
 * without it) until it ends. The conversion's window is its partitionkit steps, as Liquibase sends
 * them (Liquibase's own start-up and bookkeeping are left out). Each run starts from a freshly generated, vacuumed table, so that every
 * run converts the same thing. Prints the medians over the runs; run with -Pbenchmarks.
 */
@ExtendWith(PostgresExtension.class)
class AttachStallBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final int WRITERS = 4;
    /** Keys of the live writes: within six hours of the conversion's now, below its boundary. */
    private static final Duration NEAR_NOW = Duration.ofHours(6);
    private static final long FIRST_MARKER = 1_000_000_000_000L;
    private static final double SLOW_INSERT_MILLIS = 50;
    private static final Duration BASELINE = Duration.ofSeconds(5);
    /** One row of the application's load: its marker as id, its key. */
    static final String INSERT = "INSERT INTO events (id, created_at, user_id, payload) VALUES (?, ?, 7, 'load')";
    /**
     * {@code -Dbenchmark.parallelMaintenanceWorkers=0}: the server's max_parallel_maintenance_workers
     * for the run (unset: PostgreSQL's default, 2), to see how much of the stall the parallel workers
     * of the concurrent index build take from the writers on a small machine.
     */
    private static final String PARALLEL_MAINTENANCE_WORKERS = System.getProperty("benchmark.parallelMaintenanceWorkers", "");
    /**
     * {@code -Dbenchmark.indexBuiltBeforehand=true}: build the unique indexes on (id, created_at) and (id) with the
     * table, before the load starts, as an operator can in a quiet hour; the conversion then reuses them.
     */
    private static final boolean INDEX_BUILT_BEFOREHAND = Boolean.getBoolean("benchmark.indexBuiltBeforehand");
    /**
     * {@code -Dbenchmark.sampleWaits=true}: sample pg_stat_activity every 5 ms and print what inserts
     * running for 50 ms or more were waiting on (the sampling takes some CPU from the run itself).
     */
    private static final boolean SAMPLE_WAITS = Boolean.getBoolean("benchmark.sampleWaits");
    /**
     * With {@code -Dbenchmark.inheritanceSet=true} the table is an inheritance set, as pg_partman 3 made
     * them: a daily child per day {@code LIKE events INCLUDING ALL} with its CHECK, and a trigger routing
     * the inserts (the load's too) to them.
     */
    private static final boolean INHERITANCE_SET = Boolean.getBoolean("benchmark.inheritanceSet");

    /** What one run measured, in milliseconds. */
    private record Run(double conversion, double longestStall, double p99, double p999, double baselineLongest, double baselineP99,
                       int inserts, String stalledDuring, double longestDuringLocks, String slowInsertsWaitedOn,
                       long checkpoints, double walMegabytes, double switchMillis) {
    }

    @Test
    void writerStallDuringAnAttachConversion(TestDatabase db) throws Exception {
        if (!PARALLEL_MAINTENANCE_WORKERS.isEmpty()) {
            db.execute("ALTER DATABASE " + db.name() + " SET max_parallel_maintenance_workers = "
                    + Integer.parseInt(PARALLEL_MAINTENANCE_WORKERS));
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Run run = convertUnderLoad(db);
            runs.add(run);
            System.out.printf("[benchmark] run %d: conversion %.0f ms, %,d inserts meanwhile; insert latency p99 %.1f ms, p99.9 %.1f ms, "
                            + "longest %.1f ms (during: %s), longest while a step held or awaited a lock inserts wait for %.1f ms; "
                            + "without the conversion: p99 %.1f ms, longest %.1f ms; %d checkpoints and %.0f MB of WAL from the start of the load; "
                            + "the switch took %.1f ms%n"
                            + "%s",
                    i + 1, run.conversion(), run.inserts(), run.p99(), run.p999(), run.longestStall(), run.stalledDuring(),
                    run.longestDuringLocks(), run.baselineP99(), run.baselineLongest(), run.checkpoints(), run.walMegabytes(), run.switchMillis(),
                    run.slowInsertsWaitedOn() == null ? "" : "[benchmark]   inserts seen running for " + SLOW_INSERT_MILLIS
                            + " ms or more were waiting on: " + run.slowInsertsWaitedOn() + System.lineSeparator());
        }
        System.out.printf("%n[benchmark] %,d rows, %d writers, %d runs%s: attach conversion median %.2f s; longest writer stall median %.1f ms "
                        + "(target <= 100 ms), while a step held or awaited a lock inserts wait for: median %.1f ms; "
                        + "insert latency p99 median %.1f ms, p99.9 median %.1f ms; "
                        + "without the conversion: longest %.1f ms, p99 %.1f ms; the switch: median %.1f ms%n"
                        + "[benchmark] longest stalls (ms): %s%n",
                ROWS, WRITERS, RUNS, (PARALLEL_MAINTENANCE_WORKERS.isEmpty() ? ""
                        : ", max_parallel_maintenance_workers " + PARALLEL_MAINTENANCE_WORKERS)
                        + (INDEX_BUILT_BEFOREHAND ? ", unique indexes on (id, created_at) and (id) built beforehand" : ""), median(runs, Run::conversion) / 1000, median(runs, Run::longestStall),
                median(runs, Run::longestDuringLocks), median(runs, Run::p99),
                median(runs, Run::p999), median(runs, Run::baselineLongest), median(runs, Run::baselineP99),
                median(runs, Run::switchMillis), runs.stream().map(run -> String.format("%.1f", run.longestStall())).toList());
    }

    private static Run convertUnderLoad(TestDatabase db) throws Exception {
        createEvents(db, ROWS);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("attach.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="7"/>
                </changeSet>""");
        Set<String> locking = StepTimeline.locking(Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 7, null,
                null, null, null, null, null), NOON));

        WaitSampler waits = SAMPLE_WAITS ? WaitSampler.start(db) : null;
        long checkpointsBefore = checkpoints(db);
        String walBefore = db.value("SELECT pg_current_wal_lsn()");
        InsertLoad load = InsertLoad.start(db, WRITERS, INSERT, InsertLoad.keysWithin(NEAR_NOW, NOON.instant()), FIRST_MARKER);
        Thread.sleep(BASELINE.toMillis());
        long started = System.nanoTime();
        StepTimeline conversion = StepTimeline.record(() -> liquibase.update(changelog));
        load.stop();
        if (waits != null) {
            waits.close();
        }
        long checkpoints = checkpoints(db) - checkpointsBefore;
        double walMegabytes = Double.parseDouble(db.value("SELECT pg_current_wal_lsn() - '" + walBefore + "'::pg_lsn")) / (1 << 20);

        assertThat(load.failures()).as("failed inserts").isEmpty();
        assertThat(db.value("SELECT relkind FROM pg_class WHERE relname = 'events'")).isEqualTo("p");
        assertThat(InsertLoad.mismatch(load.markers(key -> true), InsertLoad.markers(db, "SELECT id FROM events WHERE id >= " + FIRST_MARKER)))
                .isEmpty();
        assertThat(db.longValue("SELECT count(*) FROM events WHERE id < " + FIRST_MARKER)).isEqualTo(ROWS);

        List<InsertLoad.Insert> during = conversion.during(load.inserts());
        List<InsertLoad.Insert> before = load.inserts().stream().filter(insert -> insert.startedNanos() + insert.nanos() < started).toList();
        InsertLoad.Insert longest = StepTimeline.longest(during);
        double[] latencies = millis(during);
        double[] baseline = millis(before);
        return new Run(conversion.millis(), longest.nanos() / 1e6, Samples.percentile(latencies, 99), Samples.percentile(latencies, 99.9),
                Samples.percentile(baseline, 100), Samples.percentile(baseline, 99), during.size(), conversion.overlapping(longest),
                conversion.longestDuringLocking(locking, during),
                waits == null ? null : waits.waits("INSERT INTO events", SLOW_INSERT_MILLIS).toString(),
                checkpoints, walMegabytes, conversion.stepMillis("switch "));
    }

    /** Checkpoints the server has started since its statistics were reset (pg_stat_checkpointer from PostgreSQL 17). */
    private static long checkpoints(TestDatabase db) {
        return db.longValue(db.longValue("SHOW server_version_num") >= 170000
                ? "SELECT num_timed + num_requested FROM pg_stat_checkpointer"
                : "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter");
    }

    /**
     * In a fresh public schema: {@code events} with 30 days of rows before noon on 21 November, loaded
     * in one statement, then a primary key and one index, vacuumed and analyzed; then a checkpoint,
     * so that the run does not pay for the load's writes. With {@code -Dbenchmark.indexBuiltBeforehand=true},
     * also the unique index on (id, created_at) the conversion would otherwise build.
     */
    static void createEvents(TestDatabase db, int rows) {
        db.execute("DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public",
                "CREATE TABLE events (id bigint NOT NULL, created_at timestamptz NOT NULL, user_id int NOT NULL, payload text)");
        String generated = "SELECT i, timestamptz '2026-11-21 12:00+00' - (" + rows + " - i) * interval '30 days' / " + rows
                + " AS created_at, i % 5000, md5(i::text) FROM generate_series(1, " + rows + ") i";
        if (INHERITANCE_SET) {
            createInheritanceSet(db, generated);
        } else {
            db.execute("INSERT INTO events " + generated, "ALTER TABLE events ADD PRIMARY KEY (id)",
                    "CREATE INDEX events_created_at_idx ON events (created_at)");
        }
        if (INDEX_BUILT_BEFOREHAND) {
            db.execute("CREATE UNIQUE INDEX events_partition_pkey ON events (id, created_at)",
                    "CREATE UNIQUE INDEX events_revert_pkey ON events (id)");
        }
        db.execute("VACUUM ANALYZE events", "CHECKPOINT");
    }

    /** Daily children from 22 October to 21 November, each loaded with its day of {@code rows}, and the routing trigger. */
    private static void createInheritanceSet(TestDatabase db, String rows) {
        db.execute("ALTER TABLE events ADD PRIMARY KEY (id)", "CREATE INDEX events_created_at_idx ON events (created_at)");
        for (LocalDate day = LocalDate.parse("2026-10-22"); !day.isAfter(LocalDate.parse("2026-11-21")); day = day.plusDays(1)) {
            String child = "events_" + day.toString().replace("-", "");
            String range = "created_at >= '" + day + " 00:00+00' AND created_at < '" + day.plusDays(1) + " 00:00+00'";
            db.execute("CREATE TABLE " + child + " (LIKE events INCLUDING ALL, CHECK (" + range + ")) INHERITS (events)");
        }
        db.execute("CREATE FUNCTION events_route() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
                        + "EXECUTE format('INSERT INTO public.%I VALUES ($1.*)', 'events_' || to_char(NEW.created_at AT TIME ZONE 'UTC', "
                        + "'YYYYMMDD')) USING NEW; RETURN NULL; END$$",
                "CREATE TRIGGER events_route BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_route()");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE generated AS " + rows);
            for (LocalDate day = LocalDate.parse("2026-10-22"); !day.isAfter(LocalDate.parse("2026-11-21")); day = day.plusDays(1)) {
                statement.execute("INSERT INTO events_" + day.toString().replace("-", "") + " SELECT * FROM generated WHERE created_at >= '"
                        + day + " 00:00+00' AND created_at < '" + day.plusDays(1) + " 00:00+00'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] millis(List<InsertLoad.Insert> inserts) {
        return inserts.stream().mapToDouble(insert -> insert.nanos() / 1e6).sorted().toArray();
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> measure) {
        return Samples.median(runs.stream().map(measure::applyAsDouble).toList());
    }
}
