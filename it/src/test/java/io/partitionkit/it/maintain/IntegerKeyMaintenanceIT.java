package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ensurePartitions on smallint, integer and bigint keys. The key head (the largest key, up to the
 * position of the sequence that feeds the column when there is one) is "now": partitions cover its
 * interval and {@code premake} more, whatever the clock says. Retention is a rolling window
 * (pg_rollingwindows' definition): rows whose key is greater than head - retention stay. A
 * partition goes only when every key it can hold is at or below that; the expired rows of the
 * partition spanning it (and of DEFAULT) are deleted in batches, as for time keys.
 */
@ExtendWith(PostgresExtension.class)
class IntegerKeyMaintenanceIT {

    private static final Clock YEAR_2099 = at("2099-01-01T00:00:00Z");

    @Test
    void partitionsFollowTheLargestKeyAndNotTheClock(TestDatabase db) {
        db.execute("CREATE TABLE events (seq bigint NOT NULL, payload text) PARTITION BY RANGE (seq)",
                "CREATE TABLE events_first PARTITION OF events FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE events_rest PARTITION OF events DEFAULT",
                "INSERT INTO events SELECT s, 'event ' || s FROM generate_series(0, 1999) s");
        RowFingerprint rows = db.fingerprint("events");
        String attributes = "tableName=\"events\" column=\"seq\" interval=\"1000\" premake=\"2\"";

        MaintenanceReport first = ensure(db, NOON, "events", attributes);

        assertThat(db.partitions("events")).containsExactly(
                "events_first FOR VALUES FROM ('0') TO ('1000')",
                "events_p1000 FOR VALUES FROM ('1000') TO ('2000')",
                "events_p2000 FOR VALUES FROM ('2000') TO ('3000')",
                "events_p3000 FOR VALUES FROM ('3000') TO ('4000')",
                "events_rest DEFAULT");
        assertThat(first.rowsMoved()).isEqualTo(1000);
        assertThat(db.longValue("SELECT count(*) FROM ONLY events_rest")).isZero();
        assertThat(db.fingerprint("events")).isEqualTo(rows);

        assertThat(ensure(db, YEAR_2099, "events", attributes).count(MaintenancePlan.Effect.CREATE))
                .as("73 years later, with the same largest key, nothing is due").isZero();

        db.execute("INSERT INTO events SELECT s, 'event ' || s FROM generate_series(2000, 3500) s");
        ensure(db, NOON, "events", attributes);

        assertThat(db.partitions("events")).endsWith(
                "events_p3000 FOR VALUES FROM ('3000') TO ('4000')",
                "events_p4000 FOR VALUES FROM ('4000') TO ('5000')",
                "events_p5000 FOR VALUES FROM ('5000') TO ('6000')",
                "events_rest DEFAULT");
    }

    @Test
    void retentionKeepsTheKeysAboveTheLargestMinusRetention(TestDatabase db) {
        createThousands(db, "hits", 10);
        db.execute("INSERT INTO hits SELECT s, 'hit ' || s FROM generate_series(0, 8998) s",
                "INSERT INTO hits SELECT s, 'early ' || s FROM generate_series(-50, -1) s");
        String attributes = "tableName=\"hits\" column=\"id\" interval=\"1000\" premake=\"1\" retention=\"3000\" batchSize=\"300\"";
        RowFingerprint window = db.fingerprint("(SELECT * FROM hits WHERE id > 8998 - 3000)");

        MaintenanceReport report = ensure(db, NOON, "hits", attributes);

        // Keys up to 5998 have expired. hits_5 can still hold 5999, which has not: it stays, without its expired rows.
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isEqualTo(5);
        assertThat(report.rowsDeleted()).as("999 from hits_5, 50 from DEFAULT").isEqualTo(999 + 50);
        assertThat(db.partitions("hits")).containsExactly(
                "hits_5 FOR VALUES FROM ('5000') TO ('6000')",
                "hits_6 FOR VALUES FROM ('6000') TO ('7000')",
                "hits_7 FOR VALUES FROM ('7000') TO ('8000')",
                "hits_8 FOR VALUES FROM ('8000') TO ('9000')",
                "hits_9 FOR VALUES FROM ('9000') TO ('10000')",
                "hits_default DEFAULT");
        assertThat(db.fingerprint("hits")).isEqualTo(window);
        assertThat(db.value("SELECT min(id) FROM hits")).isEqualTo("5999");

        db.execute("INSERT INTO hits VALUES (8999, 'one more')");
        MaintenanceReport next = ensure(db, NOON, "hits", attributes);

        assertThat(next.count(MaintenancePlan.Effect.DROP)).as("now 5999 = 8999 - 3000 has expired too").isOne();
        assertThat(db.value("SELECT to_regclass('hits_5')")).isNull();
        assertThat(db.fingerprint("hits")).isEqualTo(db.fingerprint("(SELECT * FROM hits WHERE id > 8999 - 3000)"));
    }

    @Test
    void withoutDeleteExpiredRowsThePartitionSpanningTheCutoffKeepsItsRows(TestDatabase db) {
        createThousands(db, "kept", 4);
        db.execute("INSERT INTO kept SELECT s, 'row ' || s FROM generate_series(0, 3999) s");
        RowFingerprint fromThousand = db.fingerprint("(SELECT * FROM kept WHERE id >= 1000)");

        MaintenanceReport report = ensure(db, NOON, "kept",
                "tableName=\"kept\" column=\"id\" interval=\"1000\" premake=\"0\" retention=\"2500\" deleteExpiredRows=\"false\"");

        assertThat(report.count(MaintenancePlan.Effect.DROP)).as("kept_0 holds only keys <= 1499").isOne();
        assertThat(report.count(MaintenancePlan.Effect.DELETE_EXPIRED)).isZero();
        assertThat(db.fingerprint("kept")).isEqualTo(fromThousand);
    }

    @Test
    void rowsInDefaultGetPartitionsAtAnyDistanceIncludingNegativeKeysAndTheBottomOfBigint(TestDatabase db) {
        db.execute("CREATE TABLE deltas (at bigint NOT NULL, change int) PARTITION BY RANGE (at)",
                "CREATE TABLE deltas_default PARTITION OF deltas DEFAULT",
                "INSERT INTO deltas SELECT s, s % 11 FROM generate_series(-2500, -1) s",
                "INSERT INTO deltas SELECT s, 1 FROM generate_series(10, 20) s",
                "INSERT INTO deltas VALUES (-9223372036854775808, 0), (-9223372036854775001, 0)");
        RowFingerprint rows = db.fingerprint("deltas");

        MaintenanceReport report = ensure(db, NOON, "deltas", "tableName=\"deltas\" column=\"at\" interval=\"1000\" premake=\"1\"");

        assertThat(db.partitions("deltas")).containsExactly(
                "deltas_default DEFAULT",
                "deltas_p0 FOR VALUES FROM ('0') TO ('1000')",
                "deltas_p1000 FOR VALUES FROM ('1000') TO ('2000')",
                "deltas_pm1000 FOR VALUES FROM ('-1000') TO ('0')",
                "deltas_pm2000 FOR VALUES FROM ('-2000') TO ('-1000')",
                "deltas_pm3000 FOR VALUES FROM ('-3000') TO ('-2000')",
                "deltas_pmin FOR VALUES FROM (MINVALUE) TO ('-9223372036854775000')");
        assertThat(report.rowsMoved()).isEqualTo(2500 + 11 + 2);
        assertThat(db.longValue("SELECT count(*) FROM ONLY deltas_default")).isZero();
        assertThat(db.fingerprint("deltas")).isEqualTo(rows);
    }

    @Test
    void nearTheTopOfBigintTheLastPartitionEndsAtMaxValueAndRetentionDoesNotOverflow(TestDatabase db) {
        db.execute("CREATE TABLE big (id bigint NOT NULL, note text) PARTITION BY RANGE (id)",
                "CREATE TABLE big_old PARTITION OF big FOR VALUES FROM (9223372036854772000) TO (9223372036854773000)",
                "CREATE TABLE big_default PARTITION OF big DEFAULT",
                "INSERT INTO big SELECT 9223372036854772000 + i, 'old' FROM generate_series(0, 999) i",
                "INSERT INTO big SELECT 9223372036854773000 + i, 'new' FROM generate_series(0, 2807) i");
        assertThat(db.value("SELECT max(id) FROM big")).isEqualTo(Long.toString(Long.MAX_VALUE));
        RowFingerprint window = db.fingerprint("(SELECT * FROM big WHERE id > 9223372036854775807 - 1500)");
        String attributes = "tableName=\"big\" column=\"id\" interval=\"1000\" premake=\"3\" retention=\"1500\"";

        MaintenanceReport report = ensure(db, NOON, "big", attributes);

        assertThat(db.partitions("big")).containsExactly(
                "big_default DEFAULT",
                "big_p9223372036854774000 FOR VALUES FROM ('9223372036854774000') TO ('9223372036854775000')",
                "big_p9223372036854775000 FOR VALUES FROM ('9223372036854775000') TO (MAXVALUE)");
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isOne();
        assertThat(db.fingerprint("big")).isEqualTo(window);
        assertThat(db.longValue("SELECT count(*) FROM ONLY big_default")).isZero();
        MaintenanceReport again = ensure(db, NOON, "big", attributes);
        assertThat(again.count(MaintenancePlan.Effect.CREATE) + again.count(MaintenancePlan.Effect.DROP) + again.rowsDeleted())
                .as("nothing is left to do: %s", again.summary()).isZero();
    }

    @Test
    void nearTheTopOfSmallintTheLastPartitionEndsAtMaxValue(TestDatabase db) {
        db.execute("CREATE TABLE seats (seat smallint NOT NULL) PARTITION BY RANGE (seat)",
                "CREATE TABLE seats_default PARTITION OF seats DEFAULT",
                "INSERT INTO seats SELECT generate_series(32600, 32767)");

        MaintenanceReport report = ensure(db, NOON, "seats",
                "tableName=\"seats\" column=\"seat\" interval=\"100\" premake=\"3\" retention=\"100\"");

        assertThat(db.partitions("seats")).containsExactly(
                "seats_default DEFAULT",
                "seats_p32600 FOR VALUES FROM ('32600') TO ('32700')",
                "seats_p32700 FOR VALUES FROM ('32700') TO (MAXVALUE)");
        assertThat(report.rowsDeleted()).as("keys up to 32767 - 100").isEqualTo(32667 - 32600 + 1);
        assertThat(db.column("SELECT min(seat) || '..' || max(seat) FROM seats")).containsExactly("32668..32767");
    }

    /** A converted table's legacy partition spans the cutoff for a while (its old rows are deleted), then ages out whole. */
    @Test
    void theLegacyPartitionOfAConversionAgesOutAsTheLargestKeyGrows(TestDatabase db) {
        db.execute("CREATE TABLE orders (id bigint PRIMARY KEY, note text NOT NULL)",
                "INSERT INTO orders SELECT i, 'order ' || i FROM generate_series(1, 4321) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("orders.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="orders" column="id" interval="1000" premake="3"/>
                </changeSet>
                """ + Maintenance.changeSet("maintain", "tableName=\"orders\" column=\"id\" interval=\"1000\" premake=\"3\" "
                + "retention=\"2000\" batchSize=\"500\""));

        MaintenanceReport first = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(first.rowsDeleted()).as("keys up to 4321 - 2000 from the legacy partition").isEqualTo(2321);
        assertThat(db.partitions("orders")).containsExactly(
                "orders_default DEFAULT",
                "orders_legacy FOR VALUES FROM (MINVALUE) TO ('6000')",
                "orders_p6000 FOR VALUES FROM ('6000') TO ('7000')",
                "orders_p7000 FOR VALUES FROM ('7000') TO ('8000')");
        assertThat(db.value("SELECT min(id) FROM orders")).isEqualTo("2322");

        db.execute("INSERT INTO orders SELECT i, 'order ' || i FROM generate_series(4322, 8100) i");
        RowFingerprint window = db.fingerprint("(SELECT * FROM orders WHERE id > 8100 - 2000)");
        MaintenanceReport later = Maintenance.update(liquibase.withClock(YEAR_2099), changelog).succeeded().report();

        assertThat(later.count(MaintenancePlan.Effect.DROP)).isOne();
        assertThat(later.rowsMoved()).as("8000..8100 waited in DEFAULT").isEqualTo(101);
        assertThat(db.partitions("orders")).containsExactly(
                "orders_default DEFAULT",
                "orders_p10000 FOR VALUES FROM ('10000') TO ('11000')",
                "orders_p11000 FOR VALUES FROM ('11000') TO ('12000')",
                "orders_p6000 FOR VALUES FROM ('6000') TO ('7000')",
                "orders_p7000 FOR VALUES FROM ('7000') TO ('8000')",
                "orders_p8000 FOR VALUES FROM ('8000') TO ('9000')",
                "orders_p9000 FOR VALUES FROM ('9000') TO ('10000')");
        assertThat(db.fingerprint("orders")).isEqualTo(window);
    }

    /**
     * An identity key's head is the largest key the sequence has reached: an id a client chose near
     * the top of bigint (OVERRIDING SYSTEM VALUE) does not move the window, so every row in the window
     * of the sequence's head stays, and only what lies below it goes.
     */
    @Test
    void anIdAClientChoseAboveTheIdentitySequenceDoesNotMoveTheWindow(TestDatabase db) {
        createTenThousands(db, "ledger", "id bigint GENERATED ALWAYS AS IDENTITY, note text NOT NULL, PRIMARY KEY (id)", 15);
        db.execute("INSERT INTO ledger (note) SELECT 'entry ' || i FROM generate_series(1, 150000) i",
                "INSERT INTO ledger OVERRIDING SYSTEM VALUE VALUES (9223372036854775000, 'an id a client chose')");
        RowFingerprint window = db.fingerprint("(SELECT * FROM ledger WHERE id > 150000 - 100000 AND id <= 150000)");
        assertThat(window.rows()).isEqualTo(100_000);
        RowFingerprint kept = db.fingerprint("(SELECT * FROM ledger WHERE id > 150000 - 100000)");
        String attributes = "tableName=\"ledger\" column=\"id\" interval=\"10000\" premake=\"2\" retention=\"100000\"";

        MaintenanceReport report = ensure(db, NOON, "ledger", attributes);

        assertThat(db.fingerprint("(SELECT * FROM ledger WHERE id > 150000 - 100000 AND id <= 150000)")).isEqualTo(window);
        assertThat(db.fingerprint("ledger")).as("the window and the client's id, nothing else").isEqualTo(kept);
        assertThat(report.count(MaintenancePlan.Effect.DROP)).as("[0, 50000) lies below the window of 150000").isEqualTo(5);
        assertThat(report.rowsDeleted()).as("50000, in ledger_50000").isOne();
        assertThat(report.retentionWithheld()).isEmpty();
        assertThat(db.partitions("ledger")).containsExactlyInAnyOrder(
                "ledger_50000 FOR VALUES FROM ('50000') TO ('60000')",
                "ledger_60000 FOR VALUES FROM ('60000') TO ('70000')",
                "ledger_70000 FOR VALUES FROM ('70000') TO ('80000')",
                "ledger_80000 FOR VALUES FROM ('80000') TO ('90000')",
                "ledger_90000 FOR VALUES FROM ('90000') TO ('100000')",
                "ledger_100000 FOR VALUES FROM ('100000') TO ('110000')",
                "ledger_110000 FOR VALUES FROM ('110000') TO ('120000')",
                "ledger_120000 FOR VALUES FROM ('120000') TO ('130000')",
                "ledger_130000 FOR VALUES FROM ('130000') TO ('140000')",
                "ledger_140000 FOR VALUES FROM ('140000') TO ('150000')",
                "ledger_p150000 FOR VALUES FROM ('150000') TO ('160000')",
                "ledger_p160000 FOR VALUES FROM ('160000') TO ('170000')",
                "ledger_p170000 FOR VALUES FROM ('170000') TO ('180000')",
                "ledger_default DEFAULT");
        assertThat(db.column("SELECT id::text FROM ONLY ledger_default")).as("beyond premake of the head it waits")
                .containsExactly("9223372036854775000");

        db.execute("INSERT INTO ledger (note) SELECT 'entry ' || i FROM generate_series(150001, 160000) i");
        MaintenanceReport next = ensure(db, NOON, "ledger", attributes);

        assertThat(next.count(MaintenancePlan.Effect.DROP)).as("the sequence moved to 160000: [50000, 60000) went").isOne();
        assertThat(db.fingerprint("ledger")).isEqualTo(db.fingerprint("(SELECT * FROM ledger WHERE id > 160000 - 100000)"));
        assertThat(db.longValue("SELECT count(*) FROM ledger WHERE id <= 160000")).isEqualTo(100_000);
    }

    /**
     * Without a sequence, a lone sentinel at the top of bigint is the largest key, and cutting below it
     * would remove every other row: retention holds back, the run says why and what to do, and the
     * rest of maintenance follows the keys below the sentinel. Once the sentinel is gone, retention
     * resumes.
     */
    @Test
    void aLoneSentinelWithoutASequenceWithholdsRetentionAndTheRunSaysWhatToDo(TestDatabase db) {
        createTenThousands(db, "readings", "id bigint NOT NULL, note text, PRIMARY KEY (id)", 15);
        db.execute("INSERT INTO readings SELECT i, 'reading ' || i FROM generate_series(1, 150000) i",
                "INSERT INTO readings VALUES (9223372036854775807, 'unknown')");
        RowFingerprint all = db.fingerprint("readings");
        String attributes = "tableName=\"readings\" column=\"id\" interval=\"10000\" premake=\"2\" retention=\"100000\"";
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("readings.xml", Maintenance.changeSet("maintain", attributes));

        Maintenance.Run run = Maintenance.update(liquibase, changelog).succeeded();

        MaintenanceReport report = run.report();
        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(db.fingerprint("readings")).isEqualTo(all);
        assertThat(report.count(MaintenancePlan.Effect.DROP) + report.rowsDeleted()).isZero();
        String withheld = "retention withheld: the largest key (9223372036854775807) has no other key within 100000 below it "
                + "(the next largest is 150000), so expiring keys before 9223372036854675808 would remove 15 partition(s) and every "
                + "row but those of that key. If it is an outlier (a sentinel, an id a client chose), delete or correct its row; "
                + "if the keys really jumped, drop the old partitions by hand. Until then nothing is dropped or deleted";
        assertThat(report.retentionWithheld()).contains(withheld);
        assertThat(run.log()).anySatisfy(line -> assertThat(line).startsWith("WARNING partitionkit: \"public\".\"readings\": created 3 "
                + "partition(s)").endsWith("; " + withheld));
        assertThat(db.partitions("readings")).as("coverage follows 150000, not the sentinel").contains(
                "readings_p150000 FOR VALUES FROM ('150000') TO ('160000')",
                "readings_p170000 FOR VALUES FROM ('170000') TO ('180000')").hasSize(15 + 3 + 1);

        db.execute("DELETE FROM readings WHERE id = 9223372036854775807");
        MaintenanceReport after = ensure(db, NOON, "readings", attributes);

        assertThat(after.retentionWithheld()).isEmpty();
        assertThat(after.count(MaintenancePlan.Effect.DROP)).isEqualTo(5);
        assertThat(db.fingerprint("readings")).isEqualTo(db.fingerprint("(SELECT * FROM readings WHERE id > 50000)"));
        assertThat(db.longValue("SELECT count(*) FROM readings")).isEqualTo(100_000);
    }

    /** {@code <table>_<start>} for {@code [k*10000, (k+1)*10000)}, k from 0 to count - 1, and a DEFAULT partition. */
    private static void createTenThousands(TestDatabase db, String table, String columns, int count) {
        db.execute("CREATE TABLE " + table + " (" + columns + ") PARTITION BY RANGE (id)",
                "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT");
        for (int k = 0; k < count; k++) {
            db.execute("CREATE TABLE " + table + "_" + k * 10000 + " PARTITION OF " + table + " FOR VALUES FROM (" + k * 10000 + ") TO ("
                    + (k + 1) * 10000 + ")");
        }
    }

    /** {@code <table>_<k>} for {@code [k*1000, (k+1)*1000)}, k from 0 to count - 1, and a DEFAULT partition. */
    private static void createThousands(TestDatabase db, String table, int count) {
        db.execute("CREATE TABLE " + table + " (id bigint NOT NULL, note text) PARTITION BY RANGE (id)",
                "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT");
        for (int k = 0; k < count; k++) {
            db.execute("CREATE TABLE " + table + "_" + k + " PARTITION OF " + table + " FOR VALUES FROM (" + k * 1000 + ") TO ("
                    + (k + 1) * 1000 + ")");
        }
    }

    private static MaintenanceReport ensure(TestDatabase db, Clock clock, String table, String attributes) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(clock);
        MaintenanceReport report = Maintenance.update(liquibase, liquibase.xmlChangelog(table + ".xml",
                Maintenance.changeSet("maintain", attributes))).succeeded().report();
        assertThat(report.failed()).as(report.summary()).isFalse();
        return report;
    }
}
