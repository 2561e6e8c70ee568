package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.ServerActivity;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rows waiting in DEFAULT for a range that gets a partition move into it before it is attached:
 * none lost, the count reported, and the partitioned table is never locked ACCESS EXCLUSIVE, so
 * readers and writers of other partitions carry on throughout.
 */
@ExtendWith(PostgresExtension.class)
class DefaultPartitionRowsIT {

    @Test
    void rowsOfAPastHoleAndOfAComingDayMoveIntoTheirNewPartitionsAndTheCountIsReported(TestDatabase db) {
        createOrders(db, "orders");
        // 20 November is a hole between the existing partitions and now; 23 November is a coming day; 2027 is beyond premake.
        db.execute("INSERT INTO orders (placed_at, total) SELECT timestamptz '2026-11-20 00:00+00' + i * interval '10 minutes', i "
                        + "FROM generate_series(0, 143) i",
                "INSERT INTO orders (placed_at, total) SELECT timestamptz '2026-11-23 00:00+00' + i * interval '1 hour', i "
                        + "FROM generate_series(0, 23) i",
                "INSERT INTO orders (placed_at, total) VALUES ('2027-06-01 00:00+00', 1)");
        RowFingerprint all = db.fingerprint("orders");
        RowFingerprint hole = db.fingerprint("(SELECT * FROM orders WHERE placed_at >= '2026-11-20 00:00+00' AND placed_at < '2026-11-21 00:00+00')");
        RowFingerprint coming = db.fingerprint("(SELECT * FROM orders WHERE placed_at >= '2026-11-23 00:00+00' AND placed_at < '2026-11-24 00:00+00')");
        assertThat(db.longValue("SELECT count(*) FROM ONLY orders_default")).isEqualTo(144 + 24 + 1);

        Maintenance.Run run = ensure(db, "orders", "move.xml", "200ms");

        MaintenanceReport report = run.report();
        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.rowsMoved()).isEqualTo(168);
        assertThat(run.logText()).contains("moved 168 row(s) out of DEFAULT")
                .contains("moved 144 rows from \"public\".\"orders_default\" into \"public\".\"orders_p20261120\"")
                .contains("moved 24 rows from \"public\".\"orders_default\" into \"public\".\"orders_p20261123\"");
        assertThat(db.fingerprint("orders_p20261120")).isEqualTo(hole);
        assertThat(db.fingerprint("orders_p20261123")).isEqualTo(coming);
        assertThat(db.fingerprint("orders")).isEqualTo(all);
        assertThat(db.column("SELECT placed_at::text FROM ONLY orders_default")).as("beyond premake it waits")
                .containsExactly("2027-06-01 00:00:00+00");
    }

    /** PostgreSQL routes a NULL range key to DEFAULT; such a row has no partition to go to, and must not stop the run. */
    @Test
    void aRowWithANullKeyStaysInDefaultWhileTheOtherRowsMove(TestDatabase db) {
        db.execute("CREATE TABLE tasks (id int, due timestamptz) PARTITION BY RANGE (due)",
                "CREATE TABLE tasks_20 PARTITION OF tasks FOR VALUES FROM ('2026-11-20 00:00+00') TO ('2026-11-21 00:00+00')",
                "CREATE TABLE tasks_default PARTITION OF tasks DEFAULT",
                "INSERT INTO tasks VALUES (1, NULL), (2, '2026-11-20 10:00+00'), (3, '2026-11-22 10:00+00'), (4, '2026-11-22 11:00+00')");
        RowFingerprint rows = db.fingerprint("tasks");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        Maintenance.Run run = Maintenance.update(liquibase, liquibase.xmlChangelog("null-key.xml", Maintenance.changeSet("maintain",
                "tableName=\"tasks\" column=\"due\" interval=\"day\" premake=\"2\"")));

        run.succeeded();
        assertThat(run.report().rowsMoved()).isEqualTo(2);
        assertThat(db.column("SELECT id::text FROM ONLY tasks_default")).containsExactly("1");
        assertThat(db.fingerprint("tasks")).isEqualTo(rows);
    }

    /**
     * Deterministic proof that creating partitions never locks the partitioned table against the
     * application when DEFAULT holds no rows of their ranges: during the whole run, one session
     * holds an open transaction that read the partitioned table (ACCESS SHARE) and another one that
     * wrote into it (ROW EXCLUSIVE), both pruned to an existing partition so that neither touches
     * DEFAULT or a new partition. A run needing SHARE or more on the table would wait out every
     * lock_timeout retry and fail; this one must complete while both transactions stay open.
     */
    @Test
    void readersAndWritersAreNotBlockedWhilePartitionsAreCreated(TestDatabase db) throws SQLException {
        createOrders(db, "busy_orders");
        RowFingerprint rows = db.fingerprint("busy_orders");
        try (Connection reader = db.connect(); Connection writer = db.connect()) {
            reader.setAutoCommit(false);
            writer.setAutoCommit(false);
            long readBefore = count(reader, "SELECT count(*) FROM busy_orders WHERE placed_at >= '2026-11-19 00:00+00' AND placed_at < '2026-11-19 12:00+00'");
            try (Statement insert = writer.createStatement()) {
                insert.execute("INSERT INTO busy_orders (placed_at, total) VALUES ('2026-11-19 18:00+00', 42)");
            }
            assertThat(lockedRelations(db, reader)).as("the reader holds locks on the partitioned table and its partition only")
                    .contains("busy_orders").doesNotContain("busy_orders_default");
            assertThat(lockedRelations(db, writer)).contains("busy_orders").doesNotContain("busy_orders_default");

            Maintenance.Run run = ensure(db, "busy_orders", "busy.xml", "200ms");

            assertThat(run.report().failed()).as(run.report().summary()).isFalse();
            assertThat(run.report().count(MaintenancePlan.Effect.CREATE)).isEqualTo(5);
            assertThat(count(reader, "SELECT count(*) FROM busy_orders WHERE placed_at >= '2026-11-19 00:00+00' AND placed_at < '2026-11-19 12:00+00'"))
                    .as("the reader's transaction is still open and reads on").isEqualTo(readBefore);
            reader.commit();
            writer.commit();
        }
        assertThat(db.longValue("SELECT count(*) FROM busy_orders")).isEqualTo(rows.rows() + 1);
        assertThat(db.fingerprint("(SELECT * FROM busy_orders WHERE total <> 42 OR placed_at <> '2026-11-19 18:00+00')")).isEqualTo(rows);
    }

    /** Rows moving out of DEFAULT make writes wait (see the next test), never reads. */
    @Test
    void readersAreNotBlockedWhileRowsMove(TestDatabase db) throws SQLException {
        createOrders(db, "read_orders");
        db.execute("INSERT INTO read_orders (placed_at, total) SELECT timestamptz '2026-11-22 00:00+00' + i * interval '1 minute', i "
                + "FROM generate_series(0, 1439) i");
        RowFingerprint rows = db.fingerprint("read_orders");
        try (Connection reader = db.connect()) {
            reader.setAutoCommit(false);
            String query = "SELECT count(*) FROM read_orders WHERE placed_at >= '2026-11-19 00:00+00' AND placed_at < '2026-11-19 12:00+00'";
            long readBefore = count(reader, query);

            Maintenance.Run run = ensure(db, "read_orders", "read.xml", "200ms");

            assertThat(run.report().failed()).as(run.report().summary()).isFalse();
            assertThat(run.report().rowsMoved()).isEqualTo(1440);
            assertThat(count(reader, query)).as("the reader's transaction is still open and reads on").isEqualTo(readBefore);
            reader.commit();
        }
        assertThat(db.longValue("SELECT count(*) FROM ONLY read_orders_default")).isZero();
        assertThat(db.fingerprint("read_orders")).isEqualTo(rows);
    }

    /**
     * DEFAULT holding rows of a range means the application writes into it now. An insert that
     * chose DEFAULT before the range's partition was attached would fail PostgreSQL's check of
     * DEFAULT's new partition constraint once it got its lock. Here one such insert is in flight:
     * the first holds its transaction open so that the creation waits, the second arrives while the
     * creation waits. Both must succeed and end in the new partition.
     */
    @Test
    void anInsertArrivingWhileRowsOfItsRangeMoveLandsInTheNewPartition(TestDatabase db) throws Exception {
        createOrders(db, "late_orders");
        for (int day : new int[] {20, 21, 23, 24}) {
            db.execute("CREATE TABLE late_orders_" + day + " PARTITION OF late_orders FOR VALUES FROM ('2026-11-" + day + " 00:00+00') TO ('2026-11-"
                    + (day + 1) + " 00:00+00')");
        }
        db.execute("INSERT INTO late_orders (placed_at, total) SELECT timestamptz '2026-11-22 00:00+00' + i * interval '1 hour', i "
                + "FROM generate_series(0, 9) i");
        RowFingerprint rows = db.fingerprint("late_orders");

        CompletableFuture<Maintenance.Run> run;
        CompletableFuture<Void> secondInsert;
        try (Connection first = db.connect(); Statement statement = first.createStatement()) {
            first.setAutoCommit(false);
            statement.execute("INSERT INTO late_orders (placed_at, total) VALUES ('2026-11-22 10:30+00', 1001)");
            run = Maintenance.inBackground(() -> ensure(db, "late_orders", "late.xml", "60s"));
            ServerActivity.awaitWaitingStep(db, "create partition", "Lock", run);

            secondInsert = CompletableFuture.runAsync(() -> db.execute(
                    "INSERT INTO late_orders (placed_at, total) VALUES ('2026-11-22 11:30+00', 1002)"));
            ServerActivity.awaitWaiting(db, "INSERT INTO late_orders", "Lock", secondInsert);
            first.commit();
        }
        secondInsert.get(60, TimeUnit.SECONDS);
        Maintenance.Run finished = run.get(60, TimeUnit.SECONDS).succeeded();

        assertThat(finished.report().failed()).as(finished.report().summary()).isFalse();
        assertThat(finished.report().rowsMoved()).isEqualTo(11);
        assertThat(db.longValue("SELECT count(*) FROM ONLY late_orders_default")).isZero();
        assertThat(db.longValue("SELECT count(*) FROM late_orders_p20261122")).isEqualTo(12);
        assertThat(db.longValue("SELECT count(*) FROM late_orders")).isEqualTo(rows.rows() + 2);
        assertThat(db.fingerprint("(SELECT * FROM late_orders WHERE total < 1001)")).isEqualTo(rows);
    }

    private static Maintenance.Run ensure(TestDatabase db, String table, String file, String lockTimeout) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        return Maintenance.update(liquibase, liquibase.xmlChangelog(file, Maintenance.changeSet("maintain",
                "tableName=\"" + table + "\" column=\"placed_at\" interval=\"day\" premake=\"3\" lockTimeout=\"" + lockTimeout + "\""))).succeeded();
    }

    /** Partitioned by hand up to 19 November, with an identity and a generated column that moving rows must respect. */
    private static void createOrders(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigint GENERATED ALWAYS AS IDENTITY, placed_at timestamptz NOT NULL, "
                        + "total numeric NOT NULL, total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED, "
                        + "PRIMARY KEY (id, placed_at)) PARTITION BY RANGE (placed_at)",
                "CREATE INDEX ON " + table + " (total)",
                "CREATE TABLE " + table + "_18 PARTITION OF " + table + " FOR VALUES FROM ('2026-11-18 00:00+00') TO ('2026-11-19 00:00+00')",
                "CREATE TABLE " + table + "_19 PARTITION OF " + table + " FOR VALUES FROM ('2026-11-19 00:00+00') TO ('2026-11-20 00:00+00')",
                "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT",
                "INSERT INTO " + table + " (placed_at, total) SELECT timestamptz '2026-11-18 00:00+00' + i * interval '5 minutes', i "
                        + "FROM generate_series(0, 575) i");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The relations a session holds locks on, as seen from another session. */
    private static List<String> lockedRelations(TestDatabase db, Connection session) throws SQLException {
        int pid;
        try (Statement statement = session.createStatement(); ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            pid = result.getInt(1);
        }
        return new ArrayList<>(db.column("SELECT relation::regclass::text FROM pg_locks WHERE locktype = 'relation' AND pid = " + pid));
    }
}
