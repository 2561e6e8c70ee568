package io.partitionkit.it.bench;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.InsertLoad;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code liquibase rollback} of an attach conversion, both ways in each run: the table (as in
 * {@link AttachStallBenchmark}) is converted with attach under the same insert load, {@code
 * benchmark.since} rows are written into the days from the conversion's boundary ({@code
 * benchmark.sinceDays} of them, a partition each), and the conversion is rolled back: once by the
 * legacy partition, once by the full copy (forced the way a user's change would force it: a trigger
 * of its own on the legacy partition). Reports how long each rollback's steps took and the longest
 * insert while they ran, beside the conversion's own; run with -Pbenchmarks.
 */
@ExtendWith(PostgresExtension.class)
class RevertBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int SINCE = Integer.getInteger("benchmark.since", 100_000);
    /**
     * {@code -Dbenchmark.sinceDays}: over how many days from the boundary the rows written since are
     * spread, one partition a day (at most the 7 the conversion premakes). A revert moves each day's
     * rows in one transaction, so 1 puts them all in one move.
     */
    private static final int SINCE_DAYS = Integer.getInteger("benchmark.sinceDays", 7);
    private static final int WRITERS = 4;
    private static final Duration NEAR_NOW = Duration.ofHours(6);
    private static final long FIRST_MARKER = 1_000_000_000_000L;

    /** One rollback of one run, in milliseconds. */
    private record Measured(double conversion, double conversionStall, double revert, double revertStall, double revertStallDuringLocks,
                            String stalledDuring, String path) {
    }

    @Test
    void rollbackByTheLegacyPartitionAgainstAFullCopy(TestDatabase db) throws Exception {
        List<Measured> fast = new ArrayList<>();
        List<Measured> full = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            fast.add(convertAndRollBack(db, false));
            print(i + 1, fast.get(i));
            full.add(convertAndRollBack(db, true));
            print(i + 1, full.get(i));
        }
        System.out.printf("%n[benchmark] %,d rows, %,d written since the conversion over %d day(s), %d writers, %d runs: rollback by the legacy partition "
                        + "median %.2f s (longest insert %.1f ms, while a step held or awaited a lock inserts wait for %.1f ms); full copy "
                        + "median %.2f s (longest insert %.1f ms, during locks %.1f ms); the full copy takes %.0fx as long. The attach "
                        + "conversions: median %.2f s, longest insert median %.1f ms%n",
                ROWS, SINCE, SINCE_DAYS, WRITERS, RUNS, median(fast, Measured::revert) / 1000, median(fast, Measured::revertStall),
                median(fast, Measured::revertStallDuringLocks), median(full, Measured::revert) / 1000, median(full, Measured::revertStall),
                median(full, Measured::revertStallDuringLocks), median(full, Measured::revert) / median(fast, Measured::revert),
                median(merged(fast, full), Measured::conversion) / 1000, median(merged(fast, full), Measured::conversionStall));
    }

    private static Measured convertAndRollBack(TestDatabase db, boolean fullCopy) throws Exception {
        AttachStallBenchmark.createEvents(db, ROWS);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("revert-benchmark.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="7"/>
                </changeSet>""");
        InsertLoad load = InsertLoad.start(db, WRITERS, AttachStallBenchmark.INSERT, InsertLoad.keysWithin(NEAR_NOW, NOON.instant()),
                FIRST_MARKER);
        StepTimeline conversion = StepTimeline.record(() -> liquibase.update(changelog));
        db.execute("INSERT INTO events SELECT " + (2 * FIRST_MARKER) + " + i, timestamptz '2026-11-23 00:00+00' + i * interval '"
                + SINCE_DAYS + " days' / " + SINCE + ", i % 5000, md5(i::text) FROM generate_series(0, " + (SINCE - 1) + ") i");
        if (fullCopy) {
            db.execute("CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                    "CREATE TRIGGER legacy_only BEFORE UPDATE ON events_legacy FOR EACH ROW EXECUTE FUNCTION keep()");
        }
        db.execute("VACUUM ANALYZE events", "CHECKPOINT");
        Plan plan = Plans.revert(db, RevertOptions.parse(null, "events", null, null, null, null));
        Set<String> locking = StepTimeline.locking(plan);
        StepTimeline revert = StepTimeline.record(() -> liquibase.rollbackCount(changelog, 1));
        load.stop();

        assertThat(load.failures()).as("failed inserts").isEmpty();
        assertThat(db.value("SELECT relkind FROM pg_class WHERE relname = 'events'")).isEqualTo("r");
        assertThat(InsertLoad.mismatch(load.markers(key -> true), InsertLoad.markers(db,
                "SELECT id FROM events WHERE id >= " + FIRST_MARKER + " AND id < " + (2 * FIRST_MARKER)))).isEmpty();
        assertThat(db.longValue("SELECT count(*) FROM events WHERE id < " + FIRST_MARKER + " OR id >= " + (2 * FIRST_MARKER)))
                .isEqualTo(ROWS + SINCE);
        assertThat(plan.summary()).contains(fullCopy ? "by copying every row" : "in place");

        List<InsertLoad.Insert> duringConversion = conversion.during(load.inserts());
        List<InsertLoad.Insert> duringRevert = revert.during(load.inserts());
        InsertLoad.Insert longest = StepTimeline.longest(duringRevert);
        return new Measured(conversion.millis(), StepTimeline.longest(duringConversion).nanos() / 1e6, revert.millis(),
                longest.nanos() / 1e6, revert.longestDuringLocking(locking, duringRevert), revert.overlapping(longest),
                fullCopy ? "full copy" : "by the legacy partition");
    }

    private static void print(int run, Measured measured) {
        System.out.printf("[benchmark] run %d, %s: conversion %.0f ms (longest insert %.1f ms); rollback %.0f ms, longest insert %.1f ms "
                        + "(during: %s), while a step held or awaited a lock inserts wait for %.1f ms%n",
                run, measured.path(), measured.conversion(), measured.conversionStall(), measured.revert(), measured.revertStall(),
                measured.stalledDuring(), measured.revertStallDuringLocks());
    }

    private static List<Measured> merged(List<Measured> a, List<Measured> b) {
        List<Measured> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double median(List<Measured> runs, ToDoubleFunction<Measured> measure) {
        return Samples.median(runs.stream().map(measure::applyAsDouble).toList());
    }
}
