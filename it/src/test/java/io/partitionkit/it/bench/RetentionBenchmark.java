package io.partitionkit.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention of one expired day out of 30, two ways, on the same rows: LiteLLM's batched DELETE of
 * 10,000 rows at a time then VACUUM on the plain table, against {@code ensurePartitions} with
 * retention="30 days" on the table partitioned by day (converted with strategy copy beforehand,
 * untimed). Run n expires day n of both tables, so the data is generated once per variant. Measures
 * the wall time of the operation from the client and the bytes of the table's files (heap, TOAST,
 * indexes, of every partition) before and after; checks that exactly the expired day is gone.
 */
@ExtendWith(PostgresExtension.class)
class RetentionBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 5);
    private static final int BATCH_SIZE = 10_000;

    @Test
    void oneExpiredDayOfThirtyByBatchedDeleteAndByEnsurePartitions(TestDatabase db) {
        assertThat(RUNS).as("each run expires another of the 30 days").isBetween(1, SpendLogTable.DAYS - 1);
        SpendLogTable plain = SpendLogTable.create(db, "spend_logs_plain", ROWS);
        SpendLogTable daily = SpendLogTable.create(db, "spend_logs_daily", ROWS);
        RowFingerprint generated = plain.fingerprint();
        daily.convertToDaily(clockAfterDays(0));
        assertThat(daily.fingerprint()).as("both variants start from the same rows").isEqualTo(generated);

        BatchedDelete delete = new BatchedDelete(db, plain.name(), BATCH_SIZE);
        Expiry deletes = new Expiry(db, plain, generated, day -> {
            long started = System.nanoTime();
            long rows = delete.deleteBefore(SpendLogTable.endOfDay(day));
            double deleting = Samples.secondsSince(started);
            delete.vacuum();
            return "DELETE of %,d rows %.2f s, VACUUM %.2f s".formatted(rows, deleting, Samples.secondsSince(started) - deleting);
        });

        MaintenanceOptions retention = MaintenanceOptions.parse(null, daily.name(), "start_time", "day", 7, "30 days", null, null,
                null, null, null, null, null, null);
        // Untimed, as the daily job ran the day before: nothing has expired yet, and the code is loaded.
        assertThat(ensurePartitions(db, retention, 0).count(MaintenancePlan.Effect.DROP)).isZero();
        Expiry drops = new Expiry(db, daily, generated, day -> {
            MaintenanceReport report = ensurePartitions(db, retention, day);
            assertThat(report.count(MaintenancePlan.Effect.DROP)).as(report.summary()).isOne();
            return report.summary();
        });

        long rowBytes = plain.averageRowBytes();
        for (int day = 1; day <= RUNS; day++) {
            deletes.expire(day);
            drops.expire(day);
        }
        System.out.printf("%n[benchmark] retention of one day of %d (%,d rows of about %d bytes each), %,d rows in all, %d runs:%n",
                SpendLogTable.DAYS, ROWS / SpendLogTable.DAYS, rowBytes, ROWS, RUNS);
        deletes.print("batched DELETE (%,d a batch) + VACUUM, plain table".formatted(BATCH_SIZE));
        drops.print("ensurePartitions retention=\"30 days\", daily partitions");
        System.out.printf("[benchmark] database time: batched DELETE + VACUUM took %.1fx the time of ensurePartitions; "
                        + "bytes returned: %s by DELETE + VACUUM, %s by ensurePartitions%n",
                Samples.median(deletes.seconds) / Samples.median(drops.seconds),
                Samples.megabytes(Samples.median(deletes.bytesReturned)), Samples.megabytes(Samples.median(drops.bytesReturned)));
    }

    /**
     * What one ensurePartitions run does, {@code days} days after the last day of rows began: read the
     * catalog, plan, run the plan, on one connection, without Liquibase's own fixed cost around it
     * (which MaintenanceScaleBenchmark measures); the batched DELETE has none either.
     */
    private static MaintenanceReport ensurePartitions(TestDatabase db, MaintenanceOptions options, int days) {
        try (Connection connection = db.connect()) {
            MaintenanceReport report = Maintenance.run(connection, Maintenance.plan(connection, options, clockAfterDays(days)));
            assertThat(report.failed()).as(report.summary()).isFalse();
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Midnight UTC, {@code days} days after the 30 days of rows: retention of 30 days expires exactly days 1..days. */
    private static Clock clockAfterDays(int days) {
        return Clock.fixed(SpendLogTable.FIRST_DAY.plusDays(SpendLogTable.DAYS + days).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ZoneOffset.UTC);
    }

    /**
     * One variant's runs: each expires the next day, timed, with the table's size before and after,
     * and proves that the day's rows, and only they, are gone (count and checksum).
     */
    private static final class Expiry {

        private final TestDatabase db;
        private final SpendLogTable table;
        private final IntFunction<String> expireDay;
        private RowFingerprint remaining;
        private final List<Double> seconds = new ArrayList<>();
        private final List<Double> bytesReturned = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private long bytesAtStart;

        /** {@code expireDay} removes the rows of days 1..n when given n and says what it did. */
        Expiry(TestDatabase db, SpendLogTable table, RowFingerprint rows, IntFunction<String> expireDay) {
            this.db = db;
            this.table = table;
            this.remaining = rows;
            this.expireDay = expireDay;
        }

        void expire(int day) {
            String end = SpendLogTable.endOfDay(day);
            RowFingerprint expired = table.fingerprintBefore(end);
            assertThat(expired.rows()).as("day %d holds its share of the rows and no earlier day is left", day)
                    .isEqualTo(ROWS / SpendLogTable.DAYS);
            long before = table.bytesOnDisk();
            if (day == 1) {
                bytesAtStart = before;
            }
            db.execute("CHECKPOINT");
            long started = System.nanoTime();
            details.add(expireDay.apply(day));
            seconds.add(Samples.secondsSince(started));
            bytesReturned.add((double) (before - table.bytesOnDisk()));

            remaining = remaining.without(expired);
            assertThat(table.fingerprintBefore(end).rows()).as("day %d is gone", day).isZero();
            assertThat(table.fingerprint()).as("every other row is still there after day %d expired", day).isEqualTo(remaining);
        }

        void print(String variant) {
            System.out.printf("[benchmark]   %s: median %.3f s, returned median %s of the %s the table took before day 1%n"
                            + "[benchmark]     runs (s): %s; returned: %s%n",
                    variant, Samples.median(seconds), Samples.megabytes(Samples.median(bytesReturned)),
                    Samples.megabytes(bytesAtStart), Samples.rounded(seconds, 3),
                    bytesReturned.stream().map(Samples::megabytes).toList());
            details.forEach(detail -> System.out.println("[benchmark]     " + detail));
        }
    }
}
