package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.InsertLoad;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thirty days of maintenance in a row, one ensurePartitions run a simulated day, while four
 * connections insert at full rate with keys in the simulated current day: the rows land in
 * partitions premade by earlier runs and are dropped (or, in the partition spanning the cutoff,
 * deleted) by later ones. No insert fails, and afterwards the table holds exactly the inserted rows
 * newer than the retention cutoff, each in its day's partition. Prints the longest insert stall.
 */
@ExtendWith(PostgresExtension.class)
class MaintenanceUnderLoadIT {

    private static final Instant DAY_0 = NOON.instant();
    private static final int CYCLES = 30;
    private static final Duration RETENTION = Duration.ofDays(5);
    private static final long FIRST_MARKER = 1_000_000_000L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC);

    @Test
    void thirtyDailyRunsUnderInsertLoadLoseNoInsertAndRemoveOnlyExpiredRows(TestDatabase db) {
        db.execute("CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, payload text)",
                "INSERT INTO events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '1 minute', 'history' "
                        + "FROM generate_series(1, 10000) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(at(DAY_0));
        String changelog = liquibase.xmlChangelog("daily.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="at" interval="day" premake="3"/>
                </changeSet>
                """ + Maintenance.changeSet("maintain",
                "tableName=\"events\" column=\"at\" interval=\"day\" premake=\"3\" retention=\"5 days\" batchSize=\"500\""));
        Maintenance.update(liquibase, changelog).succeeded();

        AtomicReference<Instant> now = new AtomicReference<>(DAY_0);
        InsertLoad load = InsertLoad.start(db, 4, "INSERT INTO events (id, at, payload) VALUES (?, ?, 'load')",
                () -> sometimeOnTheDayOf(now.get()), FIRST_MARKER);
        for (int day = 1; day <= CYCLES; day++) {
            now.set(DAY_0.plus(day, ChronoUnit.DAYS));
            MaintenanceReport report = Maintenance.update(liquibase.withClock(at(now.get())), changelog)
                    .succeeded().report();
            assertThat(report.failed()).as("day %d: %s", day, report.summary()).isFalse();
        }
        load.stop();
        System.out.printf("[load] %d maintenance cycles: %d inserts, longest stall %d ms%n", CYCLES, load.inserts().size(),
                load.longestStall().toMillis());

        assertThat(load.failures()).as("failed inserts").isEmpty();
        Instant cutoff = now.get().minus(RETENTION);
        assertThat(InsertLoad.mismatch(load.markers(key -> !key.isBefore(cutoff)),
                InsertLoad.markers(db, "SELECT id FROM events WHERE id >= " + FIRST_MARKER)))
                .as("the table holds every inserted row from the cutoff %s on, and none older", cutoff).isEmpty();
        Instant cutoffDay = cutoff.truncatedTo(ChronoUnit.DAYS);
        assertThat(load.markers(key -> key.isBefore(cutoffDay))).as("rows gone with their dropped partitions").isNotEmpty();
        assertThat(load.markers(key -> !key.isBefore(cutoffDay) && key.isBefore(cutoff)))
                .as("rows deleted from the partition spanning the cutoff").isNotEmpty();
        assertThat(db.longValue("SELECT count(*) FROM events WHERE id < " + FIRST_MARKER)).as("history has expired").isZero();

        assertThat(db.column("SELECT tableoid::regclass || ' ' || count(*) FROM events GROUP BY tableoid"))
                .as("rows per partition: each in its day's, none in DEFAULT")
                .containsExactlyInAnyOrderElementsOf(expectedRowsPerPartition(load, cutoff));
        assertThat(Partitions.of(db, "events")).extracting(Partitions.Part::name).containsExactly(
                "events_p20261216", "events_p20261217", "events_p20261218", "events_p20261219", "events_p20261220",
                "events_p20261221", "events_p20261222", "events_p20261223", "events_p20261224");
    }

    /** {@code events_p<day> <rows>} for each day holding inserted rows from the cutoff on. */
    private static List<String> expectedRowsPerPartition(InsertLoad load, Instant cutoff) {
        Map<String, Long> perDay = load.inserts().stream().filter(insert -> !insert.key().isBefore(cutoff))
                .collect(Collectors.groupingBy(insert -> "events_p" + DAY.format(insert.key()), Collectors.counting()));
        return perDay.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).toList();
    }

    /** A random instant of the UTC day of {@code now}: its partition was premade by an earlier run. */
    private static Instant sometimeOnTheDayOf(Instant now) {
        return now.truncatedTo(ChronoUnit.DAYS).plusMillis(ThreadLocalRandom.current().nextLong(Duration.ofDays(1).toMillis()));
    }
}
