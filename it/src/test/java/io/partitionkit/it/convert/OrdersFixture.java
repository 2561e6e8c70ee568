package io.partitionkit.it.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.TestDatabase;

/**
 * The orders table that the tests of interrupted and killed runs convert and revert (a foreign key
 * out to customers, one in from receipts, a unique constraint and an index), its changesets, and
 * what a run that completed must have left.
 */
final class OrdersFixture {

    private static final String CONVERT = """
            <changeSet id="convert" author="test" runInTransaction="false">
              <partition:convertToRangePartitioned schemaName="%s" tableName="orders" column="placed_at" interval="day" premake="2"%s/>
            </changeSet>""";

    private OrdersFixture() {
    }

    /** {@code schema}.orders with 1500 rows, one every 7 minutes back from noon on 21 November 2026. */
    static void create(TestDatabase db, String schema) {
        create(db, schema, 1500);
    }

    static void create(TestDatabase db, String schema, int rows) {
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
                        + "- i * interval '7 minutes', 1 + i % 5, i FROM generate_series(1, " + rows + ") i",
                "INSERT INTO " + schema + ".receipts SELECT id, id, placed_at FROM " + schema + ".orders WHERE id % 10 = 0");
    }

    /** The conversion changeset, daily partitions and premake 2; strategy copy copies 100 rows a batch. */
    static String changeSet(String schema, String strategy) {
        return CONVERT.formatted(schema, "copy".equals(strategy) ? "\n      strategy=\"copy\" batchSize=\"100\"" : "");
    }

    static ConversionOptions options(String schema, String strategy) {
        return ConversionOptions.parse(schema, "orders", "placed_at", "day", 2, strategy, null, null, null, null, 100);
    }

    static RevertOptions revertOptions(String schema) {
        return RevertOptions.parse(schema, "orders", null, 100, null, null);
    }

    /** Partitioned, each id once, and nothing an interrupted run built is left over. */
    static void assertConvertedCompletely(TestDatabase db, String schema) {
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".orders'::regclass")).isEqualTo("p");
        assertThat(db.longValue("SELECT count(*) - count(DISTINCT id) FROM " + schema + ".orders")).as("no duplicate").isZero();
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace AND relkind IN ('r', 'p') "
                + "AND NOT relispartition AND relname NOT IN ('orders', 'orders_legacy', 'customers', 'receipts')"))
                .as("nothing half-built is left").isEmpty();
        assertThat(db.longValue("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relnamespace = '" + schema + "'::regnamespace AND NOT i.indisvalid")).isZero();
        // The boundary CHECK stays on the legacy partition only (attach), for a revert.
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE connamespace = '" + schema + "'::regnamespace "
                + "AND conparentid = 0 AND ((conname LIKE '%partition_bound' AND conrelid::regclass::text NOT LIKE '%orders_legacy') "
                + "OR NOT convalidated)")).isEmpty();
    }

    /** No table the revert built for itself (copy, key log) is left beside the plain table. */
    static void assertNothingLeftOfTheRevert(TestDatabase db, String schema) {
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace "
                + "AND relname LIKE 'orders\\_%' AND relkind = 'r'")).isEmpty();
    }
}
