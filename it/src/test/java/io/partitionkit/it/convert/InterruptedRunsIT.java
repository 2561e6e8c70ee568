package io.partitionkit.it.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.ConversionOptions;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.RevertOptions;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A conversion (attach or copy) or revert stopped after any of its steps (a crash, a killed session, a deploy
 * cancelled) leaves the table usable, and running the same change again completes it with every
 * row. The steps come from the plans themselves, so a step added later is covered without a new test.
 */
@ExtendWith(PostgresExtension.class)
class InterruptedRunsIT {

    private static final String CONVERT = """
            <changeSet id="convert" author="test" runInTransaction="false">
              <partition:convertToRangePartitioned schemaName="%s" tableName="orders" column="placed_at" interval="day" premake="2"/>
            </changeSet>""";

    private static final String COPY = """
            <changeSet id="convert" author="test" runInTransaction="false">
              <partition:convertToRangePartitioned schemaName="%s" tableName="orders" column="placed_at" interval="day" premake="2"
                  strategy="copy" batchSize="100"/>
            </changeSet>""";

    @TestFactory
    Stream<DynamicTest> aConversionStoppedAfterAnyStepCompletesWhenRunAgain(TestDatabase db) {
        createOrders(db, "convert_probe");
        Plan probe = Plans.conversion(db, options("convert_probe"), ConversionPropertiesIT.NOON);
        return IntStream.range(1, probe.steps().size()).mapToObj(stoppedAfter -> DynamicTest.dynamicTest(
                "stopped after step " + stoppedAfter + ": " + probe.steps().get(stoppedAfter - 1).description(),
                () -> conversionStoppedAfter(db, stoppedAfter, "attach")));
    }

    @TestFactory
    Stream<DynamicTest> aCopyConversionStoppedAfterAnyStepCompletesWhenRunAgain(TestDatabase db) {
        createOrders(db, "copy_probe");
        Plan probe = Plans.conversion(db, options("copy_probe", "copy"), ConversionPropertiesIT.NOON);
        return IntStream.range(1, probe.steps().size()).mapToObj(stoppedAfter -> DynamicTest.dynamicTest(
                "stopped after step " + stoppedAfter + ": " + probe.steps().get(stoppedAfter - 1).description(),
                () -> conversionStoppedAfter(db, stoppedAfter, "copy")));
    }

    @TestFactory
    Stream<DynamicTest> aRevertStoppedAfterAnyStepCompletesWhenRunAgain(TestDatabase db) {
        createOrders(db, "revert_probe");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ConversionPropertiesIT.NOON);
        liquibase.update(liquibase.xmlChangelog("probe.xml", CONVERT.formatted("revert_probe")));
        Plan probe = Plans.revert(db, revertOptions("revert_probe"));
        return IntStream.range(1, probe.steps().size()).mapToObj(stoppedAfter -> DynamicTest.dynamicTest(
                "stopped after step " + stoppedAfter + ": " + probe.steps().get(stoppedAfter - 1).description(),
                () -> revertStoppedAfter(db, stoppedAfter)));
    }

    private void conversionStoppedAfter(TestDatabase db, int stoppedAfter, String strategy) {
        String schema = strategy + "_stop_" + stoppedAfter;
        createOrders(db, schema);
        RowFingerprint rows = db.fingerprint(schema + ".orders");
        Plan plan = Plans.conversion(db, options(schema, strategy), ConversionPropertiesIT.NOON);

        Plans.runFirst(db, plan, stoppedAfter);
        assertThat(db.fingerprint(schema + ".orders")).as("readable in between").isEqualTo(rows);
        db.execute("INSERT INTO " + schema + ".orders (placed_at, total) VALUES ('2026-11-21 12:30+00', 1)");

        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ConversionPropertiesIT.NOON);
        liquibase.update(liquibase.xmlChangelog(schema + ".xml", (strategy.equals("copy") ? COPY : CONVERT).formatted(schema)));

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".orders'::regclass")).isEqualTo("p");
        assertThat(db.longValue("SELECT count(*) FROM " + schema + ".orders")).isEqualTo(rows.rows() + 1);
        assertThat(db.longValue("SELECT count(*) - count(DISTINCT id) FROM " + schema + ".orders")).as("no duplicate").isZero();
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace AND relkind IN ('r', 'p') "
                + "AND NOT relispartition AND relname NOT IN ('orders', 'orders_legacy', 'customers', 'receipts')"))
                .as("nothing half-built is left").isEmpty();
        assertThat(db.longValue("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relnamespace = '" + schema + "'::regnamespace AND NOT i.indisvalid")).isZero();
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE connamespace = '" + schema + "'::regnamespace "
                + "AND conparentid = 0 AND (conname LIKE '%partition_bound' OR NOT convalidated)")).isEmpty();
    }

    private void revertStoppedAfter(TestDatabase db, int stoppedAfter) {
        String schema = "revert_stop_" + stoppedAfter;
        createOrders(db, schema);
        Map<String, Object> original = CatalogDiff.properties(db, schema, "orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ConversionPropertiesIT.NOON);
        String changelog = liquibase.xmlChangelog(schema + ".xml", CONVERT.formatted(schema));
        liquibase.update(changelog);
        db.execute("INSERT INTO " + schema + ".orders (placed_at, total) VALUES ('2026-11-22 09:00+00', 7), ('2026-11-23 09:00+00', 8)");
        RowFingerprint rows = db.fingerprint(schema + ".orders");
        Plan plan = Plans.revert(db, revertOptions(schema));

        Plans.runFirst(db, plan, stoppedAfter);
        assertThat(db.fingerprint(schema + ".orders")).as("readable in between").isEqualTo(rows);
        db.execute("UPDATE " + schema + ".orders SET total = total + 1 WHERE id % 100 = 1");
        RowFingerprint rowsAfterWrites = db.fingerprint(schema + ".orders");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.fingerprint(schema + ".orders")).isEqualTo(rowsAfterWrites);
        assertThat(CatalogDiff.properties(db, schema, "orders")).isEqualTo(original);
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace "
                + "AND relname LIKE 'orders\\_%' AND relkind = 'r'")).isEmpty();
    }

    private static RevertOptions revertOptions(String schema) {
        return RevertOptions.parse(schema, "orders", null, 100, null, null);
    }

    private static ConversionOptions options(String schema) {
        return options(schema, null);
    }

    private static ConversionOptions options(String schema, String strategy) {
        return ConversionOptions.parse(schema, "orders", "placed_at", "day", 2, strategy, null, null, null, null, 100);
    }

    private static void createOrders(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".customers (id int PRIMARY KEY)",
                "INSERT INTO " + schema + ".customers SELECT generate_series(1, 5)",
                "CREATE TABLE " + schema + ".orders (id bigserial PRIMARY KEY, placed_at timestamptz NOT NULL, "
                        + "customer_id int REFERENCES " + schema + ".customers (id), total numeric NOT NULL, "
                        + "CONSTRAINT orders_id_placed_key UNIQUE (id, placed_at))",
                "CREATE INDEX orders_placed_idx ON " + schema + ".orders (placed_at)",
                "CREATE TABLE " + schema + ".receipts (id int PRIMARY KEY, order_id bigint, order_placed_at timestamptz, "
                        + "FOREIGN KEY (order_id, order_placed_at) REFERENCES " + schema + ".orders (id, placed_at))",
                "INSERT INTO " + schema + ".orders (placed_at, customer_id, total) SELECT timestamptz '2026-11-21 12:00+00' "
                        + "- i * interval '7 minutes', 1 + i % 5, i FROM generate_series(1, 1500) i",
                "INSERT INTO " + schema + ".receipts SELECT id, id, placed_at FROM " + schema + ".orders WHERE id % 10 = 0");
    }
}
