package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ninety days of a table's life: converted on day 0, then one ensurePartitions run a day (at a
 * different time of day each day, and not at all for ten days in the middle, longer than premake),
 * with rows written between runs: recent ones, ones for the coming days, and late ones that are
 * already older than the retention. A plain shadow table receives the same rows and loses those
 * past the cutoff; after every run the partitioned table must hold exactly the shadow's rows.
 */
@ExtendWith(PostgresExtension.class)
class NinetyDaysOfRunsIT {

    private static final Instant DAY_0 = Instant.parse("2026-09-01T00:00:00Z");
    private static final int PREMAKE = 7;
    private static final Duration RETENTION = Duration.ofDays(30);

    private final Random random = new Random(20260901);
    private long nextId = 1;

    @Test
    void everyRunKeepsThePremakeWindowDropsWhatExpiredAndLosesNothingElse(TestDatabase db) {
        db.execute("CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, payload text)",
                "CREATE TABLE expected (id bigint PRIMARY KEY, at timestamptz NOT NULL, payload text)");
        writeRows(db, DAY_0, 300, Duration.ofDays(10), Duration.ZERO);

        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("daily.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="at" interval="day" premake="7"/>
                </changeSet>
                """ + Maintenance.changeSet("maintain",
                "tableName=\"events\" column=\"at\" interval=\"day\" premake=\"7\" retention=\"30 days\" batchSize=\"25\""));

        for (int day = 0; day < 90; day++) {
            // A different hour each day, from just after midnight to just before the next one.
            Instant now = DAY_0.plus(day, ChronoUnit.DAYS).plus((day * 7L) % 24, ChronoUnit.HOURS).plusSeconds(17 * 60);
            if (day > 0) {
                writeRows(db, now, 20, Duration.ofDays(1), Duration.ZERO);
                writeRows(db, now, 6, Duration.ZERO, Duration.ofDays(PREMAKE - 1));
                writeRows(db, now.minus(RETENTION).minus(Duration.ofDays(1)), 3, Duration.ofDays(14), Duration.ZERO);
            }
            if (day >= 40 && day < 50) {
                continue; // the job did not run: rows past the premade days wait in DEFAULT
            }
            long waitingInDefault = day == 0 ? 0 : db.longValue("SELECT count(*) FROM ONLY events_default WHERE at >= '"
                    + now.minus(RETENTION) + "'");
            Maintenance.Run run = Maintenance.update(liquibase.withClock(at(now)), changelog).succeeded();
            MaintenanceReport report = run.report();
            assertThat(report.failed()).as("day %d: %s", day, report.summary()).isFalse();
            assertThat(report.rowsMoved()).as("day %d: rows moved out of DEFAULT", day).isEqualTo(waitingInDefault);
            if (day == 50) {
                assertThat(waitingInDefault).as("the outage left rows in DEFAULT").isPositive();
            }
            checkAfterRun(db, day, now);
        }
        assertThat(Partitions.of(db, "events")).as("the legacy partition has aged out").allSatisfy(part -> assertThat(part.from()).isNotNull());
    }

    private void checkAfterRun(TestDatabase db, int day, Instant now) {
        Instant cutoff = now.minus(RETENTION);
        db.execute("DELETE FROM expected WHERE at < '" + cutoff + "'");
        assertThat(db.fingerprint("events")).as("day %d: the rows inside the retention window, and only they", day)
                .isEqualTo(db.fingerprint("expected"));
        assertThat(db.longValue("SELECT count(*) FROM ONLY events_default")).as("day %d: DEFAULT is empty", day).isZero();

        List<Partitions.Part> parts = Partitions.of(db, "events");
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Partitions.assertCoverWithoutHoles(parts, today, today.plus(PREMAKE + 1, ChronoUnit.DAYS));
        Partitions.assertContiguous(parts);
        assertThat(parts).as("day %d: no partition lies wholly before the cutoff %s", day, cutoff)
                .allSatisfy(part -> assertThat(part.to()).isAfter(cutoff));
        assertThat(parts).as("day %d: new partitions are whole UTC days", day)
                .filteredOn(part -> part.from() != null)
                .allSatisfy(part -> {
                    assertThat(part.from()).isEqualTo(part.from().truncatedTo(ChronoUnit.DAYS));
                    assertThat(part.length()).isEqualTo(Duration.ofDays(1));
                });
    }

    /** {@code count} rows at random instants in {@code [at - before, at + after)}, into both tables. */
    private void writeRows(TestDatabase db, Instant at, int count, Duration before, Duration after) {
        long span = before.plus(after).toSeconds();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Instant key = at.minus(before).plusSeconds(span == 0 ? 0 : (long) (random.nextDouble() * span));
            values.append(i == 0 ? "" : ", ").append("(").append(nextId).append(", '").append(key).append("', 'row ")
                    .append(nextId).append("')");
            nextId++;
        }
        db.execute("INSERT INTO events VALUES " + values, "INSERT INTO expected VALUES " + values);
    }
}
