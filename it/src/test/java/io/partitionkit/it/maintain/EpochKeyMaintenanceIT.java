package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ensurePartitions on a bigint key holding milliseconds since the epoch (epoch="milliseconds"):
 * "now" is the clock, not the largest key; partitions are UTC days with integer bounds; retention
 * drops the days that expired by time and deletes the expired rows the drops do not reach.
 */
@ExtendWith(PostgresExtension.class)
class EpochKeyMaintenanceIT {

    private static final long NOV_17 = 1794873600000L;
    private static final long NOV_18 = 1794960000000L;
    private static final long NOV_19 = 1795046400000L;
    private static final long DAY = 86_400_000L;
    /** 2026-11-19 12:00 UTC: with retention 2 days at {@link io.partitionkit.testing.TestClock#NOON}, keys before it have expired. */
    private static final long CUTOFF = NOV_19 + DAY / 2;

    /** ensurePartitions of {@code table}: daily, two ahead, keeping two days. */
    private static String attributes(String table) {
        return "tableName=\"" + table + "\" column=\"created_ms\" epoch=\"milliseconds\" interval=\"day\" premake=\"2\" "
                + "retention=\"2 days\" batchSize=\"500\"";
    }

    /** Two day partitions, a DEFAULT, and one row a minute from 2026-11-17 11:01 to 2026-11-21 11:00 UTC. */
    private static void createEvents(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigint NOT NULL, created_ms bigint NOT NULL, note text) PARTITION BY RANGE (created_ms)",
                "CREATE TABLE " + table + "_p20261117 PARTITION OF " + table + " FOR VALUES FROM (" + NOV_17 + ") TO (" + NOV_18 + ")",
                "CREATE TABLE " + table + "_p20261118 PARTITION OF " + table + " FOR VALUES FROM (" + NOV_18 + ") TO (" + NOV_19 + ")",
                "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT",
                "INSERT INTO " + table + " SELECT i, (extract(epoch FROM timestamptz '2026-11-21 11:00+00') * 1000)::bigint - i * 60000, "
                        + "'event ' || i FROM generate_series(0, 5759) i");
    }

    private static String dayPartition(String day, int daysAfterNov19) {
        long from = NOV_19 + daysAfterNov19 * DAY;
        return "events_p" + day + " FOR VALUES FROM ('" + from + "') TO ('" + (from + DAY) + "')";
    }

    @Test
    void expiredDaysAreDroppedRowsWaitingInDefaultMoveAndPremakeFollowsTheClock(TestDatabase db) {
        createEvents(db, "events");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM events WHERE created_ms >= " + CUTOFF + ")");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("events.xml", Maintenance.changeSet("maintain", attributes("events")));

        MaintenanceReport report = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isEqualTo(2);
        assertThat(report.rowsDeleted()).as("the first half of 2026-11-19, a row a minute").isEqualTo(720);
        assertThat(db.partitions("events")).containsExactly(
                "events_default DEFAULT",
                dayPartition("20261119", 0),
                dayPartition("20261120", 1),
                dayPartition("20261121", 2),
                dayPartition("20261122", 3),
                dayPartition("20261123", 4));
        assertThat(db.longValue("SELECT count(*) FROM ONLY events_default")).isZero();
        assertThat(db.fingerprint("events")).isEqualTo(kept);

        long nov23 = NOV_19 + 4 * DAY;
        db.execute("INSERT INTO events VALUES (-1, " + (nov23 - 1) + ", 'last of the 22nd'), (-2, " + nov23 + ", 'first of the 23rd')");
        assertThat(db.column("SELECT note || ' ' || tableoid::regclass FROM events WHERE id < 0 ORDER BY id DESC"))
                .containsExactly("last of the 22nd events_p20261122", "first of the 23rd events_p20261123");
    }

    @Test
    void updateSqlShowsIntegerBoundsAndTheInstantsTheyMean(TestDatabase db) {
        createEvents(db, "previewed");
        List<String> before = db.partitions("previewed");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        String sql = String.join("\n", PrintedSql.partitionkitStatements(
                liquibase.updateSql(liquibase.xmlChangelog("preview.xml", Maintenance.changeSet("maintain", attributes("previewed"))))));

        assertThat(db.partitions("previewed")).as("update-sql changed nothing").isEqualTo(before);
        long nov22 = NOV_19 + 3 * DAY;
        assertThat(sql).contains(
                "-- partitionkit: create partition \"public\".\"previewed_p20261122\" FOR VALUES FROM (" + nov22 + ") TO (" + (nov22 + DAY)
                        + ") /* 2026-11-22 00:00:00+00:00 to 2026-11-23 00:00:00+00:00 */",
                "DROP TABLE \"public\".\"previewed_p20261117\"",
                "-- partitionkit: delete rows older than " + CUTOFF + " (2026-11-19 12:00:00+00:00) from",
                "\"created_ms\" < " + CUTOFF + " LIMIT 500");
    }

    @Test
    void aColumnWhoseValuesAreNotInTheUnitIsRefusedAndNothingChanges(TestDatabase db) {
        db.execute("CREATE TABLE seconds (id bigint NOT NULL, created_ms bigint NOT NULL) PARTITION BY RANGE (created_ms)",
                "CREATE TABLE seconds_default PARTITION OF seconds DEFAULT",
                "INSERT INTO seconds VALUES (1, 1795219200)");
        List<String> before = db.partitions("seconds");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        Maintenance.Run run = Maintenance.update(liquibase, liquibase.xmlChangelog("seconds.xml", Maintenance.changeSet("maintain",
                attributes("seconds"))));

        assertThat(run.failure()).isNotNull();
        assertThat(run.failure().getMessage()).contains("column 'created_ms' holds 1795219200, which as epoch milliseconds means "
                + "1970-01-21T18:40:19.200Z, not a time from 1971-01-01 to 2126-11-21: its values are not milliseconds since "
                + "1970-01-01 UTC; read as seconds it means 2026-11-21T00:00:00Z: set epoch 'seconds'");
        assertThat(db.partitions("seconds")).isEqualTo(before);
        assertThat(db.longValue("SELECT count(*) FROM seconds")).isEqualTo(1);
    }

    @Test
    void anEpochOnATimestampKeyIsRefusedNamingTheColumnAndItsType(TestDatabase db) {
        db.execute("CREATE TABLE stamped (id bigint NOT NULL, created_ms timestamptz NOT NULL) PARTITION BY RANGE (created_ms)",
                "CREATE TABLE stamped_default PARTITION OF stamped DEFAULT");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        Maintenance.Run run = Maintenance.update(liquibase, liquibase.xmlChangelog("timestamptz.xml", Maintenance.changeSet("maintain",
                attributes("stamped"))));

        assertThat(run.failure()).isNotNull();
        assertThat(run.failure().getMessage()).contains("epoch 'milliseconds' needs an integer or bigint column holding milliseconds "
                + "since 1970-01-01 UTC; column 'created_ms' has type timestamp with time zone");
        assertThat(db.partitions("stamped")).containsExactly("stamped_default DEFAULT");
    }
}
