package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The revert of an attach conversion turns the legacy partition back into the plain table (the same
 * relation, its history never copied) and moves in only the rows written since; where it cannot, it
 * copies every row as before, and says why.
 */
@ExtendWith(PostgresExtension.class)
class LegacyPartitionRevertIT {

    private static final String ROLLBACK = """
            <changeSet id="revert" author="test" runInTransaction="false">
              <partition:revertPartitioning schemaName="%s" tableName="orders"/>
            </changeSet>""";

    /** Orders converted with attach, with rows since in a new partition and in DEFAULT; returns the plain table's catalog. */
    private static Map<String, Object> converted(TestDatabase db, String schema) {
        OrdersFixture.create(db, schema);
        Map<String, Object> original = CatalogDiff.properties(db, schema, "orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog(schema + "-convert.xml", OrdersFixture.changeSet(schema, null)));
        db.execute("INSERT INTO " + schema + ".orders (placed_at, customer_id, total) VALUES ('2026-11-21 13:00+00', 1, 1), "
                + "('2026-11-23 09:00+00', 2, 2), ('2027-06-01 00:00+00', 3, 3)");
        return original;
    }

    private static void revert(TestDatabase db, String schema) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog(schema + "-revert.xml", ROLLBACK.formatted(schema)));
    }

    private static long oid(TestDatabase db, String relation) {
        return db.longValue("SELECT '" + relation + "'::regclass::oid::bigint");
    }

    @Test
    void theLegacyPartitionBecomesTheTableAgainWithoutAScanUnderLock(TestDatabase db) throws SQLException {
        Map<String, Object> original = converted(db, "in_place");
        RowFingerprint rows = db.fingerprint("in_place.orders");
        long legacy = oid(db, "in_place.orders_legacy");
        Plan plan = Plans.revert(db, OrdersFixture.revertOptions("in_place"));

        assertThat(plan.summary()).startsWith("revert \"in_place\".\"orders\" to a plain table in place: its legacy partition "
                + "\"in_place\".\"orders_legacy\"");
        Map<String, List<String>> messages = Plans.debugMessagesByStep(db, plan);

        assertThat(oid(db, "in_place.orders")).as("the plain table is the legacy partition itself").isEqualTo(legacy);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'in_place.orders'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("in_place.orders")).isEqualTo(rows);
        assertThat(CatalogDiff.properties(db, "in_place", "orders")).isEqualTo(original);
        assertThat(messages.get(description(plan, "make "))).as("attached as DEFAULT, proved by the CHECK")
                .anyMatch(message -> message.contains("partition constraint for table \"orders_legacy\" is implied by existing constraints"));
        OrdersFixture.assertNothingLeftOfTheRevert(db, "in_place");
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE connamespace = 'in_place'::regnamespace AND conname LIKE '%revert%'"))
                .isEmpty();
    }

    @Test
    void aLegacyPartitionWithoutTheCheckAndTheKeyIndexGetsThemOnlineFirst(TestDatabase db) {
        Map<String, Object> original = converted(db, "earlier");
        db.execute("ALTER TABLE earlier.orders_legacy DROP CONSTRAINT orders_partition_bound", "DROP INDEX earlier.orders_revert_pkey");
        RowFingerprint rows = db.fingerprint("earlier.orders");
        long legacy = oid(db, "earlier.orders_legacy");
        Plan plan = Plans.revert(db, OrdersFixture.revertOptions("earlier"));

        assertThat(plan.steps()).extracting(Step::description).contains(
                "add CHECK orders_revert_bound (placed_at < '2026-11-23 00:00:00+00') to \"earlier\".\"orders_legacy\" without scanning it",
                "validate CHECK orders_revert_bound on \"earlier\".\"orders_legacy\" (reads every row; writes continue)",
                "build the unique index orders_pkey_unpartitioned for the plain table's primary key [id] on \"earlier\".\"orders_legacy\", "
                        + "concurrently (writes continue)");
        revert(db, "earlier");

        assertThat(oid(db, "earlier.orders")).isEqualTo(legacy);
        assertThat(db.fingerprint("earlier.orders")).isEqualTo(rows);
        assertThat(CatalogDiff.properties(db, "earlier", "orders")).isEqualTo(original);
    }

    @Test
    void underInsertLoadNoInsertFailsAndEveryRowIsKept(TestDatabase db) throws Exception {
        converted(db, "loaded");
        RowFingerprint before = db.fingerprint("loaded.orders");
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Long> inserted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch writing = new CountDownLatch(3 * 50);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            String placedAt = List.of("2026-11-21 12:30+00", "2026-11-22 08:00+00", "2027-01-01 00:00+00").get(w);
            Thread writer = new Thread(() -> {
                try (Connection connection = db.connect(); PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO loaded.orders (placed_at, customer_id, total) VALUES (?::timestamptz, 1, 5) RETURNING id")) {
                    insert.setString(1, placedAt);
                    while (!stop.get()) {
                        try (ResultSet id = insert.executeQuery()) {
                            id.next();
                            inserted.add(id.getLong(1));
                        }
                        writing.countDown();
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                    while (writing.getCount() > 0) {
                        writing.countDown();
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        writing.await();
        try {
            revert(db, "loaded");
        } finally {
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
        }

        assertThat(failures).as("failed inserts").isEmpty();
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'loaded.orders'::regclass")).isEqualTo("r");
        assertThat(db.longValue("SELECT count(*) FROM loaded.orders")).isEqualTo(before.rows() + inserted.size());
        assertThat(db.longValue("SELECT count(*) FROM loaded.orders WHERE id = ANY(ARRAY" + List.copyOf(inserted) + "::bigint[])"))
                .as("every insert, once").isEqualTo(inserted.size());
        db.execute("DELETE FROM loaded.orders WHERE id = ANY(ARRAY" + List.copyOf(inserted) + "::bigint[])");
        assertThat(db.fingerprint("loaded.orders")).isEqualTo(before);
    }

    @Test
    void anUnfinishedRevertStopsMaintenanceAndShowsInStatusUntilItIsRunAgain(TestDatabase db) {
        converted(db, "unfinished");
        RowFingerprint rows = db.fingerprint("unfinished.orders");
        Plan plan = Plans.revert(db, OrdersFixture.revertOptions("unfinished"));
        Plans.runFirst(db, plan, Plans.indexOf(plan, "make ") + 1);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String maintenance = liquibase.xmlChangelog("unfinished-maintain.xml", """
                <changeSet id="maintain" author="test" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions schemaName="unfinished" tableName="orders" column="placed_at" interval="day" premake="2"/>
                </changeSet>""");

        assertThat(db.fingerprint("unfinished.orders")).isEqualTo(rows);
        assertThat(db.value("SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partdefid "
                + "WHERE p.partrelid = 'unfinished.orders'::regclass")).isEqualTo("orders_legacy");
        assertThatThrownBy(() -> liquibase.update(maintenance))
                .hasMessageContaining("a revert of \"unfinished\".\"orders\" to a plain table is unfinished: its DEFAULT partition "
                        + "\"unfinished\".\"orders_legacy\" holds the table's old rows, which only the revert may move");
        assertThat(liquibase.partitionStatus(Map.of("changelogFile", maintenance, "format", "json")))
                .contains("\"revert_unfinished\"");

        revert(db, "unfinished");

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'unfinished.orders'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("unfinished.orders")).isEqualTo(rows);
    }

    @Test
    void anIdRepeatedInANewerPartitionStopsItsMoveAndLosesNothing(TestDatabase db) {
        converted(db, "twins");
        db.execute("INSERT INTO twins.orders (id, placed_at, customer_id, total) VALUES (5, '2026-11-23 10:00+00', 1, 1)");
        RowFingerprint rows = db.fingerprint("twins.orders");

        assertThatThrownBy(() -> revert(db, "twins")).hasMessageContaining("share the primary key (id) that the plain table needs")
                .hasMessageContaining("nothing of this step was applied, and every row is still in the table");
        assertThat(db.fingerprint("twins.orders")).isEqualTo(rows);
        db.execute("DELETE FROM twins.orders WHERE id = 5 AND placed_at = '2026-11-23 10:00+00'");
        revert(db, "twins");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'twins.orders'::regclass")).isEqualTo("r");
        assertThat(db.longValue("SELECT count(*) FROM twins.orders")).isEqualTo(rows.rows() - 1);
    }

    @Test
    void aLegacyPartitionNoLongerAsTheConversionLeftItIsCopiedLikeAnyTableAndTheReasonPrinted(TestDatabase db) {
        converted(db, "own_trigger");
        db.execute("CREATE FUNCTION own_trigger.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER legacy_only BEFORE UPDATE ON own_trigger.orders_legacy FOR EACH ROW EXECUTE FUNCTION own_trigger.noop()");
        RowFingerprint rows = db.fingerprint("own_trigger.orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("own-trigger-revert.xml", ROLLBACK.formatted("own_trigger"));

        assertThat(liquibase.updateSql(changelog)).contains("-- partitionkit: revert \"own_trigger\".\"orders\"")
                .contains("by copying every row, in batches of 10000, because \"own_trigger\".\"orders_legacy\" has triggers of its own: "
                        + "[legacy_only]");
        liquibase.update(changelog);

        assertThat(db.fingerprint("own_trigger.orders")).isEqualTo(rows);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'own_trigger.orders'::regclass")).isEqualTo("r");
    }

    @Test
    void aRuleOnTheLegacyPartitionMeansAFullCopyAndNeverRuns(TestDatabase db) {
        converted(db, "own_rule");
        db.execute("CREATE TABLE own_rule.seen (id bigint)",
                "CREATE RULE legacy_insert AS ON INSERT TO own_rule.orders_legacy DO ALSO INSERT INTO own_rule.seen VALUES (NEW.id)");
        RowFingerprint rows = db.fingerprint("own_rule.orders");

        Plan plan = Plans.revert(db, OrdersFixture.revertOptions("own_rule"));

        assertThat(plan.summary()).contains("by copying every row")
                .contains("because \"own_rule\".\"orders_legacy\" has dependants of its own: [rule legacy_insert on the table");
        revert(db, "own_rule");
        assertThat(db.fingerprint("own_rule.orders")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM own_rule.seen")).as("the rule never ran").isZero();
    }

    @Test
    void aDetachedLegacyPartitionMeansAFullCopyOfWhatTheTableHolds(TestDatabase db) {
        converted(db, "detached");
        db.execute("DROP TABLE detached.receipts", "ALTER TABLE detached.orders DETACH PARTITION detached.orders_legacy");
        RowFingerprint rows = db.fingerprint("detached.orders");

        Plan plan = Plans.revert(db, OrdersFixture.revertOptions("detached"));

        assertThat(plan.summary()).endsWith("because it has no partition named orders_legacy: it was not converted with strategy attach, "
                + "or retention dropped or someone detached the partition holding its rows from before the conversion");
        revert(db, "detached");
        assertThat(db.fingerprint("detached.orders")).isEqualTo(rows);
    }

    @Test
    void updateSqlOfTheRollbackSaysThePathAndChangesNothing(TestDatabase db) {
        converted(db, "printed");
        Map<String, Object> partitioned = CatalogDiff.properties(db, "printed", "orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("printed-convert.xml", OrdersFixture.changeSet("printed", null));

        String sql = liquibase.rollbackCountSql(changelog, 1);

        assertThat(sql).contains("-- partitionkit: revert \"printed\".\"orders\" to a plain table in place: its legacy partition "
                        + "\"printed\".\"orders_legacy\"")
                .contains("-- partitionkit: make \"printed\".\"orders_legacy\" the DEFAULT partition of \"printed\".\"orders\"")
                .contains("ATTACH PARTITION \"printed\".\"orders_legacy\" DEFAULT");
        assertThat(CatalogDiff.properties(db, "printed", "orders")).isEqualTo(partitioned);
    }

    private static String description(Plan plan, String start) {
        return plan.steps().stream().map(Step::description).filter(d -> d.startsWith(start)).findFirst().orElseThrow();
    }
}
