package io.partitionkit.it.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.sql.LockTimeout;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.StatusFacts;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.TableFacts;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another session holds ACCESS EXCLUSIVE on the table in an open transaction, as a long ALTER TABLE
 * does. Planning (update and update-sql of a conversion and of ensurePartitions) and status read the
 * table, and each read gives up after lock_timeout with a message that names the table, says
 * another session holds a conflicting lock and where to find it, and that nothing was changed,
 * while the lock is still held. The reading session's settings are as they were.
 */
@ExtendWith(PostgresExtension.class)
class LockedTableReadsIT {

    /** Settings a caller's session might have; reads pin others and must give these back. */
    private static final Map<String, String> CALLER_SETTINGS = Map.of(
            "search_path", "sales, public",
            "TimeZone", "Asia/Tokyo",
            "DateStyle", "ISO, DMY",
            "IntervalStyle", "iso_8601",
            "extra_float_digits", "0",
            "lock_timeout", "7min");

    @Test
    void updateAndUpdateSqlOfAConversionGiveUpOnALockedTable(TestDatabase db) {
        db.execute("CREATE SCHEMA conv",
                "CREATE TABLE conv.counters (id bigint PRIMARY KEY, note text)",
                "INSERT INTO conv.counters SELECT i, 'row ' || i FROM generate_series(1, 2500) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("convert.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="conv" tableName="counters" column="id" interval="1000"
                      lockTimeout="1s"/>
                </changeSet>
                """);

        try (ExclusiveLock lock = ExclusiveLock.on(db, "conv.counters")) {
            assertGivesUp(() -> liquibase.updateSql(changelog), "\"conv\".\"counters\"", "1s", lock);
            assertGivesUp(() -> liquibase.update(changelog), "\"conv\".\"counters\"", "1s", lock);
        }

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'conv.counters'::regclass")).as("still a plain table").isEqualTo("r");
        assertThat(LiquibaseRunner.recorded(db, "convert.xml")).isEmpty();
        liquibase.update(changelog);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'conv.counters'::regclass")).as("converted once the lock is gone")
                .isEqualTo("p");
    }

    @Test
    void updateAndUpdateSqlOfEnsurePartitionsGiveUpOnALockedTable(TestDatabase db) {
        db.execute("CREATE SCHEMA maintain",
                "CREATE TABLE maintain.events (id bigint NOT NULL, note text) PARTITION BY RANGE (id)",
                "CREATE TABLE maintain.events_p0 PARTITION OF maintain.events FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE maintain.events_default PARTITION OF maintain.events DEFAULT",
                "INSERT INTO maintain.events SELECT i, 'row ' || i FROM generate_series(1, 2500) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("maintain.xml", """
                <changeSet id="maintain" author="test" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions schemaName="maintain" tableName="events" column="id" interval="1000" premake="2"
                      lockTimeout="1s"/>
                </changeSet>
                """);
        List<String> partitions = db.partitions("maintain.events");

        try (ExclusiveLock lock = ExclusiveLock.on(db, "maintain.events")) {
            assertGivesUp(() -> liquibase.updateSql(changelog), "\"maintain\".\"events", "1s", lock);
            assertGivesUp(() -> liquibase.update(changelog), "\"maintain\".\"events", "1s", lock);
        }

        assertThat(db.partitions("maintain.events")).as("nothing was changed").isEqualTo(partitions);
        assertThat(db.longValue("SELECT count(*) FROM maintain.events_default")).isEqualTo(1501);
        liquibase.update(changelog);
        assertThat(db.longValue("SELECT count(*) FROM maintain.events_default")).as("maintained once the lock is gone").isZero();
    }

    @Test
    void statusReportsTheLockedTableUnreadableReadsTheOthersAndGivesTheSettingsBack(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id bigint NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.orders_0 PARTITION OF sales.orders FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE sales.orders_default PARTITION OF sales.orders DEFAULT",
                "INSERT INTO sales.orders VALUES (5), (7000)",
                "CREATE TABLE sales.refunds (id bigint NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.refunds_0 PARTITION OF sales.refunds FOR VALUES FROM (0) TO (1000)");
        StatusFacts facts;
        Map<String, String> before;
        try (ExclusiveLock lock = ExclusiveLock.on(db, "sales.orders"); Connection connection = db.connect()) {
            before = callerSettings(connection);

            facts = new StatusReader(connection).read();

            assertThat(lock.stillHeld()).as("the lock is still held when status returns").isTrue();
            assertThat(settings(connection)).as("the session's settings after status").isEqualTo(before);
        }

        assertThat(facts.tables()).extracting(TableFacts::table).containsExactly(new QualifiedName("sales", "refunds"));
        assertThat(facts.unreadable()).containsOnlyKeys(new QualifiedName("sales", "orders"));
        assertLockMessage(facts.unreadable().get(new QualifiedName("sales", "orders")), "\"sales\".\"orders", LockTimeout.DEFAULT.text());
    }

    /** Liquibase reads inside a transaction: the failed read leaves it usable, with the caller's settings, a SET LOCAL still local. */
    @Test
    void aReadThatGaveUpInsideATransactionLeavesItUsableWithTheCallersSettings(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA tx", "CREATE TABLE tx.items (id bigint PRIMARY KEY)", "INSERT INTO tx.items VALUES (1), (2)");
        try (ExclusiveLock lock = ExclusiveLock.on(db, "tx.items"); Connection connection = db.connect()) {
            Map<String, String> session = callerSettings(connection);
            connection.setAutoCommit(false);
            execute(connection, "SET LOCAL TimeZone = 'America/New_York'");
            Map<String, String> inTransaction = settings(connection);
            CatalogReader reader = new CatalogReader(connection, LockTimeout.parse("500ms"));

            assertThatThrownBy(() -> reader.maxValue(new QualifiedName("tx", "items"), "id"))
                    .isInstanceOf(CatalogException.class)
                    .satisfies(e -> assertLockMessage(e.getMessage(), "\"tx\".\"items\"", "500ms"));

            assertThat(lock.stillHeld()).isTrue();
            assertThat(settings(connection)).as("in the transaction, after the read").isEqualTo(inTransaction);
            connection.commit();
            assertThat(settings(connection)).as("after the transaction: SET LOCAL ended with it").isEqualTo(session);
        }
    }

    private static void assertGivesUp(Runnable planning, String table, String lockTimeout, ExclusiveLock lock) {
        assertThatThrownBy(planning::run).satisfies(e -> assertLockMessage(messages(e), table, lockTimeout));
        assertThat(lock.stillHeld()).as("the lock is still held when planning returns").isTrue();
    }

    private static void assertLockMessage(String message, String table, String lockTimeout) {
        assertThat(message)
                .contains("cannot read " + table)
                .contains("another session holds a lock on it that conflicts with reading")
                .contains("gave up after lock_timeout " + lockTimeout)
                .contains("pg_locks and pg_stat_activity")
                .contains("Nothing was changed.");
    }

    /** Every message in the chain of causes: Liquibase wraps what the change threw. */
    private static String messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return String.join("\n", messages);
    }

    /** Sets the caller's settings on a session and returns them as the server shows them. */
    private static Map<String, String> callerSettings(Connection connection) throws SQLException {
        for (Map.Entry<String, String> setting : CALLER_SETTINGS.entrySet()) {
            try (var statement = connection.prepareStatement("SELECT pg_catalog.set_config(?, ?, false)")) {
                statement.setString(1, setting.getKey());
                statement.setString(2, setting.getValue());
                statement.executeQuery().close();
            }
        }
        return settings(connection);
    }

    private static Map<String, String> settings(Connection connection) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : CALLER_SETTINGS.keySet().stream().sorted().toList()) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW " + name)) {
                row.next();
                settings.put(name, row.getString(1));
            }
        }
        return settings;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A session holding ACCESS EXCLUSIVE on a table (and its partitions) in an open transaction. The
     * server ends it after two idle minutes, so that a read without lock_timeout fails the test
     * instead of hanging it.
     */
    private static final class ExclusiveLock implements AutoCloseable {

        private final TestDatabase db;
        private final Connection connection;
        private final long table;
        private final int pid;

        private ExclusiveLock(TestDatabase db, Connection connection, long table, int pid) {
            this.db = db;
            this.connection = connection;
            this.table = table;
            this.pid = pid;
        }

        static ExclusiveLock on(TestDatabase db, String table) {
            long oid = db.longValue("SELECT '" + table + "'::regclass::oid");
            Connection connection = db.connect();
            try {
                execute(connection, "SET idle_in_transaction_session_timeout = '2min'");
                connection.setAutoCommit(false);
                execute(connection, "LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
                try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
                    row.next();
                    return new ExclusiveLock(db, connection, oid, row.getInt(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }

        boolean stillHeld() {
            return db.longValue("SELECT count(*) FROM pg_locks WHERE pid = " + pid + " AND relation = " + table
                    + " AND mode = 'AccessExclusiveLock' AND granted") == 1;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
