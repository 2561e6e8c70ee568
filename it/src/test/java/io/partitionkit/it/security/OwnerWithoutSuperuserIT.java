package io.partitionkit.it.security;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Roles;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usual production setup: the migrator is the table's owner, not a superuser. Through Liquibase,
 * as that role, each strategy converts a table with row-level security, grants, an identity column, a
 * view and foreign keys in and out; maintenance creates, drops, detaches and archives partitions; and
 * the rollback gives back the table as it was, with every row.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerWithoutSuperuserIT {

    private static final String OWNER = "app_owner";
    private static final String PASSWORD = "pk-Owner-Harbor-5521";

    @BeforeAll
    void owner(TestDatabase db) {
        Roles.login(db, OWNER, PASSWORD);
        Roles.create(db, "app_writer");
        db.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + OWNER);
        assertThat(db.value("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = '" + OWNER + "'")).isEqualTo("false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"attach", "copy", "empty"})
    void everyStrategyMaintenanceAndTheRollbackWorkAsTheOwner(String strategy, TestDatabase db) {
        String schema = "owned_" + strategy;
        table(db, schema, false, !strategy.equals("empty")); // strategy empty refuses foreign keys into the table
        Map<String, Object> original = CatalogDiff.properties(db, schema, "orders");
        RowFingerprint rows = db.fingerprint(schema + ".orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON).as(OWNER, PASSWORD);
        String changelog = liquibase.xmlChangelog(schema + ".xml", """
                <changeSet id="convert-%1$s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%1$s" tableName="orders" column="placed_at" interval="day"
                      premake="2" strategy="%2$s" batchSize="100"/>
                </changeSet>""".formatted(schema, strategy));

        liquibase.update(changelog);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".orders'::regclass")).isEqualTo("p");
        if (!strategy.equals("empty")) {
            assertThat(db.fingerprint(schema + ".orders")).isEqualTo(rows);
        }
        db.execute("INSERT INTO " + schema + ".orders (placed_at, customer_id) VALUES ('2026-11-28 09:00+00', 1)");

        for (String mode : new String[] {"detach", "archive", "drop"}) {
            LiquibaseRunner later = new LiquibaseRunner(db).withClock(Clock.offset(NOON, Duration.ofDays(mode.equals("detach") ? 6 : 8)))
                    .as(OWNER, PASSWORD);
            later.update(later.xmlChangelog(schema + "-" + mode + ".xml", """
                    <changeSet id="maintain-%1$s-%2$s" author="test" runInTransaction="false">
                      <partition:ensurePartitions schemaName="%1$s" tableName="orders" column="placed_at" interval="day" premake="2"
                          retention="6 days" retentionMode="%2$s"%3$s/>
                    </changeSet>""".formatted(schema, mode, mode.equals("archive") ? " archiveSchema=\"" + schema + "_archive\"" : "")));
        }
        assertThat(db.longValue("SELECT count(*) FROM " + schema + ".orders WHERE placed_at = '2026-11-28 09:00+00'")).isEqualTo(1);
        assertThat(db.column("SELECT relname FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid WHERE i.inhparent = '" + schema
                + ".orders'::regclass AND relname LIKE 'orders_p202611%' ORDER BY 1")).as("partitions created up to now + premake")
                .contains("orders_p20261128", "orders_p20261130");
        RowFingerprint beforeRollback = db.fingerprint(schema + ".orders");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".orders'::regclass")).isEqualTo("r");
        if (strategy.equals("empty")) {
            assertThat(db.fingerprint(schema + ".orders").rows()).as("the old rows are folded back in").isGreaterThan(beforeRollback.rows());
        } else {
            assertThat(db.fingerprint(schema + ".orders")).isEqualTo(beforeRollback);
        }
        Map<String, Object> after = CatalogDiff.properties(db, schema, "orders");
        assertThat(after).isEqualTo(original);
    }

    @Test
    void aCopyOfATableThatForcesRowSecurityIsRefusedUpFrontForAnOwnerItsPoliciesBind(TestDatabase db) {
        table(db, "forced", true, true);
        RowFingerprint rows = db.fingerprint("forced.orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON).as(OWNER, PASSWORD);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("forced.xml", """
                <changeSet id="convert-forced" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="forced" tableName="orders" column="placed_at" interval="day"
                      strategy="copy"/>
                </changeSet>"""))).hasMessageContaining("\"forced\".\"orders\" forces row-level security, so role app_owner would read "
                + "only the rows its policies show and copy no other");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'forced.orders'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("forced.orders")).isEqualTo(rows);
    }

    /**
     * An inheritance parent that forces row-level security and stores rows of its own: they move
     * through its policies, so an owner the policies bind is refused up front, and nothing changes.
     * (Had the move run, the rows a policy hid would have stayed in the old parent, which the switch drops.)
     */
    @Test
    void anInheritanceSetWhoseParentHidesItsOwnRowsFromTheOwnerIsRefusedUpFront(TestDatabase db) {
        db.execute("CREATE SCHEMA hidden AUTHORIZATION " + OWNER, "SET ROLE " + OWNER + "; "
                + "CREATE TABLE hidden.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, secret boolean NOT NULL); "
                + "CREATE TABLE hidden.events_20261121 (CHECK (created_at >= '2026-11-21 00:00+00' AND created_at < '2026-11-22 00:00+00')) "
                + "INHERITS (hidden.events); "
                + "INSERT INTO hidden.events SELECT i, '2026-11-21 06:00+00', i % 2 = 0 FROM generate_series(1, 10) i; "
                + "ALTER TABLE hidden.events ENABLE ROW LEVEL SECURITY; ALTER TABLE hidden.events FORCE ROW LEVEL SECURITY; "
                + "CREATE POLICY visible ON hidden.events USING (NOT secret)");
        RowFingerprint rows = db.fingerprint("(SELECT * FROM ONLY hidden.events)");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON).as(OWNER, PASSWORD);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("hidden.xml", """
                <changeSet id="convert-hidden" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="hidden" tableName="events" column="created_at" interval="day"/>
                </changeSet>"""))).hasMessageContaining("\"hidden\".\"events\" forces row-level security, so role app_owner would "
                + "read only the rows its policies show");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'hidden.events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("(SELECT * FROM ONLY hidden.events)")).isEqualTo(rows).extracting(RowFingerprint::rows).isEqualTo(10L);
    }

    /** {@code schema}.orders and what goes with it, all created by and owned by the owner role. */
    private static void table(TestDatabase db, String schema, boolean forceRowSecurity, boolean referenced) {
        db.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + OWNER, "CREATE SCHEMA " + schema + "_archive AUTHORIZATION " + OWNER);
        String[] statements = {
                "CREATE TABLE " + schema + ".customers (id int PRIMARY KEY)",
                "INSERT INTO " + schema + ".customers SELECT generate_series(1, 5)",
                "CREATE TABLE " + schema + ".orders (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                        + "placed_at timestamptz NOT NULL, customer_id int NOT NULL REFERENCES " + schema + ".customers (id), "
                        + "note text, UNIQUE (id, placed_at))",
                "CREATE INDEX orders_customer_idx ON " + schema + ".orders (customer_id)",
                "INSERT INTO " + schema + ".orders (placed_at, customer_id, note) SELECT timestamptz '2026-11-21 12:00+00' "
                        + "- i * interval '13 minutes', 1 + i % 5, 'order ' || i FROM generate_series(1, 800) i",
                referenced ? "CREATE TABLE " + schema + ".receipts (id int PRIMARY KEY, order_id bigint, order_placed_at timestamptz, "
                        + "FOREIGN KEY (order_id, order_placed_at) REFERENCES " + schema + ".orders (id, placed_at))" : "SELECT 1",
                "CREATE VIEW " + schema + ".recent_orders AS SELECT id, placed_at FROM " + schema + ".orders",
                "ALTER TABLE " + schema + ".orders ENABLE ROW LEVEL SECURITY",
                forceRowSecurity ? "ALTER TABLE " + schema + ".orders FORCE ROW LEVEL SECURITY" : "SELECT 1",
                "CREATE POLICY customer_one ON " + schema + ".orders TO app_writer USING (customer_id = 1)",
                "GRANT USAGE ON SCHEMA " + schema + " TO app_writer",
                "GRANT SELECT, INSERT ON " + schema + ".orders TO app_writer",
                "GRANT SELECT (id) ON " + schema + ".orders TO app_writer"};
        for (String statement : statements) {
            db.execute("SET ROLE " + OWNER + "; " + statement);
        }
    }
}
