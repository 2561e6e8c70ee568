package io.partitionkit.it.bench;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strategy copy against what a user would otherwise run: {@code INSERT INTO <partitioned> SELECT *
 * FROM <table>} into a partitioned table with the same daily partitions, primary key and indexes.
 * Both start from the same table (30 days of rows, a primary key and two indexes) and end with every
 * row in a daily partition with all indexes built. Prints the medians; run with -Pbenchmarks.
 */
@ExtendWith(PostgresExtension.class)
class CopyThroughputBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);

    @Test
    void copyStrategyAgainstInsertSelect(TestDatabase db) {
        for (int batchSize : List.of(10_000, 50_000)) {
            List<Double> plain = new ArrayList<>();
            List<Double> copy = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                plain.add(insertSelectSeconds(db));
                copy.add(copyStrategySeconds(db, batchSize));
            }
            double plainMedian = Samples.median(plain);
            double copyMedian = Samples.median(copy);
            System.out.printf("%n[benchmark] %,d rows, batchSize %,d, %d runs: INSERT ... SELECT median %.2f s (%,.0f rows/s), "
                            + "strategy copy median %.2f s (%,.0f rows/s): copy throughput %.2fx the plain INSERT ... SELECT%n"
                            + "[benchmark] runs: plain %s, copy %s%n",
                    ROWS, batchSize, RUNS, plainMedian, ROWS / plainMedian, copyMedian, ROWS / copyMedian, plainMedian / copyMedian,
                    plain, copy);
        }
    }

    private static double insertSelectSeconds(TestDatabase db) {
        createSource(db);
        db.execute("CREATE TABLE target (LIKE events INCLUDING DEFAULTS) PARTITION BY RANGE (created_at)",
                "ALTER TABLE target ADD PRIMARY KEY (id, created_at)",
                "CREATE INDEX ON target (created_at)",
                "CREATE INDEX ON target (user_id, created_at)",
                "DO $$BEGIN FOR d IN 0..32 LOOP EXECUTE format('CREATE TABLE target_%s PARTITION OF target FOR VALUES FROM (%L) TO (%L)', "
                        + "d, timestamptz '2026-10-22 00:00+00' + d * interval '1 day', timestamptz '2026-10-23 00:00+00' + d * interval '1 day'); "
                        + "END LOOP; END$$",
                "CREATE TABLE target_default PARTITION OF target DEFAULT",
                "CHECKPOINT");
        long started = System.nanoTime();
        db.execute("INSERT INTO target SELECT * FROM events");
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(db.fingerprint("target")).isEqualTo(db.fingerprint("events"));
        return seconds;
    }

    private static double copyStrategySeconds(TestDatabase db, int batchSize) {
        createSource(db);
        RowFingerprint rows = db.fingerprint("events");
        db.execute("CHECKPOINT");
        long started = System.nanoTime();
        Plans.run(db, Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 2, "copy", null, null, null, null,
                batchSize), NOON), new PlanExecutor.Listener() { });
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(db.fingerprint("events")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass")).isEqualTo(34);
        return seconds;
    }

    /** 30 days of events before noon on 2026-11-21, with a primary key and two indexes, in a fresh schema. */
    private static void createSource(TestDatabase db) {
        db.execute("DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public",
                "CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, user_id int NOT NULL, "
                        + "status text NOT NULL, payload text)",
                "INSERT INTO events SELECT i, timestamptz '2026-11-21 12:00+00' - (" + ROWS + " - i) * interval '30 days' / " + ROWS
                        + ", i % 5000, CASE WHEN i % 10 = 0 THEN 'error' ELSE 'ok' END, repeat(md5(i::text), 2) "
                        + "FROM generate_series(1, " + ROWS + ") i",
                "CREATE INDEX events_created_at_idx ON events (created_at)",
                "CREATE INDEX events_user_idx ON events (user_id, created_at)",
                "VACUUM ANALYZE events");
    }
}
