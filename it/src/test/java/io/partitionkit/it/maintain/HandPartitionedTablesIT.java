package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tables partitioned by hand, with names partitionkit would never choose, are continued: partitions
 * are recognised by their bounds. Weeks start on Monday; months and quarters on the 1st. A partition
 * off the interval's grid stops the run for its table, naming it, before anything changes.
 */
@ExtendWith(PostgresExtension.class)
class HandPartitionedTablesIT {

    /** Saturday 21 November 2026, noon UTC. */

    @Test
    void dailyPartitionsWithOtherNamesAreContinuedAndKeptAsTheyAre(TestDatabase db) {
        db.execute("CREATE TABLE readings (sensor int, taken timestamptz NOT NULL, value numeric) PARTITION BY RANGE (taken)",
                "CREATE TABLE readings_2026_11_19 PARTITION OF readings FOR VALUES FROM ('2026-11-19 00:00+00') TO ('2026-11-20 00:00+00')",
                "CREATE TABLE readings_yesterday PARTITION OF readings FOR VALUES FROM ('2026-11-20 00:00+00') TO ('2026-11-21 00:00+00')",
                "CREATE TABLE readings_rest PARTITION OF readings DEFAULT",
                // An unrelated table already has the name partitionkit would give the partition of 22 November.
                "CREATE TABLE readings_p20261122 (unrelated int)",
                "INSERT INTO readings SELECT i % 5, timestamptz '2026-11-19 00:00+00' + i * interval '3 minutes', i FROM generate_series(0, 959) i");
        RowFingerprint rows = db.fingerprint("readings");
        List<String> oids = db.column("SELECT 'readings_2026_11_19'::regclass::oid UNION ALL SELECT 'readings_yesterday'::regclass::oid");

        ensure(db, "daily.xml", "tableName=\"readings\" column=\"taken\" interval=\"day\" premake=\"2\"");

        assertThat(Partitions.described(db, "readings")).containsExactly(
                "readings_2026_11_19 FOR VALUES FROM ('2026-11-19 00:00:00+00') TO ('2026-11-20 00:00:00+00')",
                "readings_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00+00') TO ('2026-11-22 00:00:00+00')",
                "readings_p20261122_2 FOR VALUES FROM ('2026-11-22 00:00:00+00') TO ('2026-11-23 00:00:00+00')",
                "readings_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')",
                "readings_rest DEFAULT",
                "readings_yesterday FOR VALUES FROM ('2026-11-20 00:00:00+00') TO ('2026-11-21 00:00:00+00')");
        assertThat(db.column("SELECT 'readings_2026_11_19'::regclass::oid UNION ALL SELECT 'readings_yesterday'::regclass::oid"))
                .as("the hand-made partitions are the same tables").isEqualTo(oids);
        assertThat(db.fingerprint("readings")).isEqualTo(rows);
        assertThat(db.value("SELECT relispartition FROM pg_class WHERE oid = 'readings_p20261122'::regclass")).isEqualTo("false");
        assertThat(db.longValue("SELECT count(*) FROM databasechangelog WHERE filename = 'daily.xml'")).isOne();
    }

    @Test
    void aRecentHoleBetweenOlderPartitionsIsFilled(TestDatabase db) {
        // A table without DEFAULT: a late row for 16 November would be refused until the hole is filled.
        db.execute("CREATE TABLE meters (id int, read_at timestamptz NOT NULL) PARTITION BY RANGE (read_at)",
                "CREATE TABLE meters_15 PARTITION OF meters FOR VALUES FROM ('2026-11-15 00:00+00') TO ('2026-11-16 00:00+00')",
                "CREATE TABLE meters_17_to_23 PARTITION OF meters FOR VALUES FROM ('2026-11-17 00:00+00') TO ('2026-11-23 00:00+00')");

        // Holes are filled back to premake + 1 days before now (15 November here), not further.
        ensure(db, "hole.xml", "tableName=\"meters\" column=\"read_at\" interval=\"day\" premake=\"5\" retention=\"10 days\"");

        assertThat(Partitions.described(db, "meters")).containsExactly(
                "meters_15 FOR VALUES FROM ('2026-11-15 00:00:00+00') TO ('2026-11-16 00:00:00+00')",
                "meters_17_to_23 FOR VALUES FROM ('2026-11-17 00:00:00+00') TO ('2026-11-23 00:00:00+00')",
                "meters_p20261116 FOR VALUES FROM ('2026-11-16 00:00:00+00') TO ('2026-11-17 00:00:00+00')",
                "meters_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')",
                "meters_p20261124 FOR VALUES FROM ('2026-11-24 00:00:00+00') TO ('2026-11-25 00:00:00+00')",
                "meters_p20261125 FOR VALUES FROM ('2026-11-25 00:00:00+00') TO ('2026-11-26 00:00:00+00')",
                "meters_p20261126 FOR VALUES FROM ('2026-11-26 00:00:00+00') TO ('2026-11-27 00:00:00+00')");
        db.execute("INSERT INTO meters VALUES (1, '2026-11-16 08:00+00')");
    }

    @Test
    void aMisalignedPartitionStopsTheRunNamingItAndNothingChanges(TestDatabase db) {
        db.execute("CREATE TABLE shifts (worker int, started timestamptz NOT NULL) PARTITION BY RANGE (started)",
                "CREATE TABLE shifts_a PARTITION OF shifts FOR VALUES FROM ('2026-11-19 00:00+00') TO ('2026-11-20 00:00+00')",
                "CREATE TABLE shifts_morning PARTITION OF shifts FOR VALUES FROM ('2026-11-20 06:00+00') TO ('2026-11-21 06:00+00')",
                "CREATE TABLE shifts_late PARTITION OF shifts FOR VALUES FROM ('2026-11-21 06:00+00') TO ('2026-11-22 00:00+00')",
                "CREATE TABLE shifts_other PARTITION OF shifts DEFAULT",
                "INSERT INTO shifts SELECT i, timestamptz '2026-11-19 00:00+00' + i * interval '7 minutes' FROM generate_series(0, 900) i");
        List<String> before = Partitions.described(db, "shifts");
        RowFingerprint rows = db.fingerprint("shifts");

        Maintenance.Run run = update(db, "misaligned.xml",
                "tableName=\"shifts\" column=\"started\" interval=\"day\" premake=\"2\" retention=\"1 day\"");

        assertThat(run.failure()).isNotNull();
        assertThat(run.failure().getMessage()).contains("do not align with interval 'day'")
                .contains("shifts_morning").contains("2026-11-20 06:00:00+00").contains("shifts_late").doesNotContain("shifts_a ");
        assertThat(Partitions.described(db, "shifts")).isEqualTo(before);
        assertThat(db.fingerprint("shifts")).as("no expired row was deleted either").isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM databasechangelog WHERE filename = 'misaligned.xml'")).isZero();
    }

    @Test
    void aWeekThatDoesNotStartOnMondayIsMisaligned(TestDatabase db) {
        db.execute("CREATE TABLE visits (at timestamptz NOT NULL) PARTITION BY RANGE (at)",
                "CREATE TABLE visits_sunday_week PARTITION OF visits FOR VALUES FROM ('2026-11-15 00:00+00') TO ('2026-11-22 00:00+00')");
        List<String> before = Partitions.described(db, "visits");

        Maintenance.Run run = update(db, "sunday.xml", "tableName=\"visits\" column=\"at\" interval=\"week\" premake=\"1\"");

        assertThat(run.failure()).isNotNull();
        assertThat(run.failure().getMessage()).contains("visits_sunday_week").contains("interval 'week'");
        assertThat(Partitions.described(db, "visits")).isEqualTo(before);
    }

    @Test
    void weeksStartOnMonday(TestDatabase db) {
        db.execute("CREATE TABLE logins (at timestamptz NOT NULL) PARTITION BY RANGE (at)",
                "CREATE TABLE logins_w46 PARTITION OF logins FOR VALUES FROM ('2026-11-09 00:00+00') TO ('2026-11-16 00:00+00')");

        ensure(db, "weekly.xml", "tableName=\"logins\" column=\"at\" interval=\"week\" premake=\"2\"");

        assertThat(Partitions.described(db, "logins")).containsExactly(
                "logins_p20261116 FOR VALUES FROM ('2026-11-16 00:00:00+00') TO ('2026-11-23 00:00:00+00')",
                "logins_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-30 00:00:00+00')",
                "logins_p20261130 FOR VALUES FROM ('2026-11-30 00:00:00+00') TO ('2026-12-07 00:00:00+00')",
                "logins_w46 FOR VALUES FROM ('2026-11-09 00:00:00+00') TO ('2026-11-16 00:00:00+00')");
    }

    @Test
    void monthsStartOnTheFirstAndTheHoleSinceTheLastOneIsFilled(TestDatabase db) {
        db.execute("CREATE TABLE invoices (issued date NOT NULL, total numeric) PARTITION BY RANGE (issued)",
                "CREATE TABLE invoices_september PARTITION OF invoices FOR VALUES FROM ('2026-09-01') TO ('2026-10-01')",
                "CREATE TABLE invoices_else PARTITION OF invoices DEFAULT",
                "INSERT INTO invoices SELECT date '2026-09-01' + i, i FROM generate_series(0, 99) i");
        RowFingerprint rows = db.fingerprint("invoices");

        ensure(db, "monthly.xml", "tableName=\"invoices\" column=\"issued\" interval=\"month\" premake=\"2\"");

        assertThat(Partitions.described(db, "invoices")).containsExactly(
                "invoices_else DEFAULT",
                "invoices_p202610 FOR VALUES FROM ('2026-10-01') TO ('2026-11-01')",
                "invoices_p202611 FOR VALUES FROM ('2026-11-01') TO ('2026-12-01')",
                "invoices_p202612 FOR VALUES FROM ('2026-12-01') TO ('2027-01-01')",
                "invoices_p202701 FOR VALUES FROM ('2027-01-01') TO ('2027-02-01')",
                "invoices_september FOR VALUES FROM ('2026-09-01') TO ('2026-10-01')");
        assertThat(db.fingerprint("invoices")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM ONLY invoices_else")).as("October to December moved out of DEFAULT").isZero();
    }

    @Test
    void quartersStartOnTheFirstOfJanuaryAprilJulyAndOctober(TestDatabase db) {
        db.execute("CREATE TABLE ledger (booked timestamp NOT NULL, amount numeric) PARTITION BY RANGE (booked)",
                "CREATE TABLE ledger_2026_q2 PARTITION OF ledger FOR VALUES FROM ('2026-04-01 00:00') TO ('2026-07-01 00:00')",
                "CREATE TABLE ledger_other PARTITION OF ledger DEFAULT",
                "INSERT INTO ledger SELECT timestamp '2026-06-30 23:00' + i * interval '1 hour 1 second', i FROM generate_series(0, 99) i");
        RowFingerprint rows = db.fingerprint("ledger");

        ensure(db, "quarterly.xml", "tableName=\"ledger\" column=\"booked\" interval=\"quarter\" premake=\"1\"");

        assertThat(Partitions.described(db, "ledger")).containsExactly(
                "ledger_2026_q2 FOR VALUES FROM ('2026-04-01 00:00:00') TO ('2026-07-01 00:00:00')",
                "ledger_other DEFAULT",
                "ledger_p2026q3 FOR VALUES FROM ('2026-07-01 00:00:00') TO ('2026-10-01 00:00:00')",
                "ledger_p2026q4 FOR VALUES FROM ('2026-10-01 00:00:00') TO ('2027-01-01 00:00:00')",
                "ledger_p2027q1 FOR VALUES FROM ('2027-01-01 00:00:00') TO ('2027-04-01 00:00:00')");
        assertThat(db.fingerprint("ledger")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM ONLY ledger_other")).isZero();
    }

    private static void ensure(TestDatabase db, String file, String attributes) {
        assertThat(update(db, file, attributes).succeeded().report().failed()).isFalse();
    }

    private static Maintenance.Run update(TestDatabase db, String file, String attributes) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        return Maintenance.update(liquibase, liquibase.xmlChangelog(file, Maintenance.changeSet("maintain", attributes)));
    }
}
