package io.partitionkit.it.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.testing.Tables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tables the unit tests state with {@link Tables} read exactly as the catalog reads the same
 * tables made with SQL: bounds printed as PostgreSQL prints them, partitions and constraints in the
 * catalog's order, every relation name of the schema. Each table lives in a schema of its own, so
 * that the schema's relation names are the table's alone. OIDs differ from run to run and are not compared.
 */
@ExtendWith(PostgresExtension.class)
class CatalogFixturesIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dailyTimestamptzPartitionsWithALegacyAndADefaultPartition(TestDatabase db) {
        assertReadsAs(db, Tables.timestamptz("events").inSchema("daily")
                        .range("events_legacy", "MINVALUE", "2026-11-15").days("2026-11-15", "2026-11-18").defaultPartition(),
                "SET TimeZone TO 'America/New_York'", // bounds written in any zone print in UTC
                "CREATE TABLE daily.events (created_at timestamptz NOT NULL, payload text) PARTITION BY RANGE (created_at)",
                "CREATE TABLE daily.events_legacy PARTITION OF daily.events FOR VALUES FROM (MINVALUE) TO ('2026-11-14 19:00:00')",
                "CREATE TABLE daily.events_p20261115 PARTITION OF daily.events FOR VALUES FROM ('2026-11-15 00:00+00') TO ('2026-11-16 00:00+00')",
                "CREATE TABLE daily.events_p20261116 PARTITION OF daily.events FOR VALUES FROM ('2026-11-16 00:00+00') TO ('2026-11-17 00:00+00')",
                "CREATE TABLE daily.events_p20261117 PARTITION OF daily.events FOR VALUES FROM ('2026-11-17 00:00+00') TO ('2026-11-18 00:00+00')",
                "CREATE TABLE daily.events_default PARTITION OF daily.events DEFAULT");
    }

    @Test
    void daysOfADaylightSavingZoneAre23And25HoursLong(TestDatabase db) {
        assertReadsAs(db, Tables.timestamptz("events").inSchema("berlin")
                        .days("2026-03-29", "2026-03-30", BERLIN).days("2026-10-25", "2026-10-26", BERLIN),
                "SET TimeZone TO 'Europe/Berlin'",
                "CREATE TABLE berlin.events (created_at timestamptz NOT NULL, payload text) PARTITION BY RANGE (created_at)",
                "CREATE TABLE berlin.events_p20260329 PARTITION OF berlin.events FOR VALUES FROM ('2026-03-29') TO ('2026-03-30')",
                "CREATE TABLE berlin.events_p20261025 PARTITION OF berlin.events FOR VALUES FROM ('2026-10-25') TO ('2026-10-26')");
    }

    @Test
    void timestampAndDateKeys(TestDatabase db) {
        assertReadsAs(db, Tables.keyedBy("readings", "taken_at", "timestamp").inSchema("walls").days("2026-11-21", "2026-11-23")
                        .range("readings_half", "2026-11-23", "2026-11-23 12:00"),
                "CREATE TABLE walls.readings (taken_at timestamp NOT NULL, payload text) PARTITION BY RANGE (taken_at)",
                "CREATE TABLE walls.readings_p20261121 PARTITION OF walls.readings FOR VALUES FROM ('2026-11-21') TO ('2026-11-22')",
                "CREATE TABLE walls.readings_p20261122 PARTITION OF walls.readings FOR VALUES FROM ('2026-11-22') TO ('2026-11-23')",
                "CREATE TABLE walls.readings_half PARTITION OF walls.readings FOR VALUES FROM ('2026-11-23') TO ('2026-11-23 12:00')");
        assertReadsAs(db, Tables.keyedBy("ledger", "booked_on", "date").inSchema("dates").days("2026-11-21", "2026-11-23"),
                "CREATE TABLE dates.ledger (booked_on date NOT NULL, payload text) PARTITION BY RANGE (booked_on)",
                "CREATE TABLE dates.ledger_p20261121 PARTITION OF dates.ledger FOR VALUES FROM ('2026-11-21') TO ('2026-11-22')",
                "CREATE TABLE dates.ledger_p20261122 PARTITION OF dates.ledger FOR VALUES FROM ('2026-11-22') TO ('2026-11-23')");
    }

    /** bigint and smallint bounds print quoted, integer ones only when negative. */
    @Test
    void integerKeysOfEveryWidthFromMinValueToMaxValue(TestDatabase db) {
        for (String type : new String[] {"smallint", "integer", "bigint"}) {
            String schema = "keys_" + type;
            assertReadsAs(db, Tables.keyedBy("hits", "id", type).inSchema(schema)
                            .range("hits_low", "MINVALUE", "-1000").ids(-1000, 1000, 1000).range("hits_high", "1000", "MAXVALUE"),
                    "CREATE TABLE " + schema + ".hits (id " + type + " NOT NULL, payload text) PARTITION BY RANGE (id)",
                    "CREATE TABLE " + schema + ".hits_low PARTITION OF " + schema + ".hits FOR VALUES FROM (MINVALUE) TO (-1000)",
                    "CREATE TABLE " + schema + ".hits_pm1000 PARTITION OF " + schema + ".hits FOR VALUES FROM (-1000) TO (0)",
                    "CREATE TABLE " + schema + ".hits_p0 PARTITION OF " + schema + ".hits FOR VALUES FROM (0) TO (1000)",
                    "CREATE TABLE " + schema + ".hits_high PARTITION OF " + schema + ".hits FOR VALUES FROM (1000) TO (MAXVALUE)");
        }
    }

    @Test
    void listPartitions(TestDatabase db) {
        assertReadsAs(db, Tables.list("sales").inSchema("lists").listPartition("sales_eu", "'eu', 'uk'").defaultPartition(),
                "CREATE TABLE lists.sales (region text NOT NULL) PARTITION BY LIST (region)",
                "CREATE TABLE lists.sales_eu PARTITION OF lists.sales FOR VALUES IN ('eu', 'uk')",
                "CREATE TABLE lists.sales_default PARTITION OF lists.sales DEFAULT");
    }

    /** A table as a conversion with strategy attach leaves it: the old table is the partition below the boundary. */
    @Test
    void aConvertedTableWithAWidenedPrimaryKeyAndItsNote(TestDatabase db) {
        String note = "partitionkit: primary key was (\"id\") before the partition key was added";
        assertReadsAs(db, Tables.partitioned("orders").inSchema("converted").identity("id", "bigint").column("created_at", "timestamptz")
                        .nullable("note", "text").primaryKey("id", "created_at").primaryKeyComment(note).rangeOn("created_at")
                        .range("orders_legacy", "MINVALUE", "2026-11-23").days("2026-11-23", "2026-11-25").defaultPartition()
                        .storage("orders_legacy", "fillfactor=70"),
                "CREATE TABLE converted.orders (id bigint GENERATED BY DEFAULT AS IDENTITY, created_at timestamptz NOT NULL, note text, "
                        + "PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at)",
                "COMMENT ON CONSTRAINT orders_pkey ON converted.orders IS '" + note + "'",
                "CREATE TABLE converted.orders_legacy PARTITION OF converted.orders FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00+00') "
                        + "WITH (fillfactor=70)",
                "CREATE TABLE converted.orders_p20261123 PARTITION OF converted.orders FOR VALUES FROM ('2026-11-23 00:00+00') TO ('2026-11-24 00:00+00')",
                "CREATE TABLE converted.orders_p20261124 PARTITION OF converted.orders FOR VALUES FROM ('2026-11-24 00:00+00') TO ('2026-11-25 00:00+00')",
                "CREATE TABLE converted.orders_default PARTITION OF converted.orders DEFAULT");
    }

    /** What the conversion checks read: keys, indexes, foreign keys both ways, generated columns, triggers. */
    @Test
    void aPlainTableWithKeysIndexesAndForeignKeys(TestDatabase db) {
        assertReadsAs(db, Tables.plain("orders").inSchema("shop").identity("id", "bigint").column("created_at", "timestamptz")
                        .nullable("customer_id", "bigint").nullable("code", "text").generated("twice", "bigint", "(id * 2)")
                        .primaryKey("id").unique("orders_code_key", "code").exclusion("orders_created_at_excl", "btree", "created_at", "=")
                        .index("orders_created_at_idx", "created_at").uniqueIndex("orders_code_id_idx", "code", "id")
                        .foreignKey("orders_customer_id_fkey", "customer_id", "customers", "id").notValid("orders_customer_id_fkey")
                        .referencedBy("order_lines", "order_lines_order_id_fkey", "order_id", true, "id")
                        .rowTrigger("orders_touch", "BEFORE INSERT OR UPDATE", "touch", 'A')
                        .rowTriggerWithTransitionTable("orders_audit", "AFTER INSERT", "touch")
                        .otherRelation("customers").otherRelation("customers_pkey").otherRelation("order_lines"),
                "CREATE TABLE shop.customers (id bigint PRIMARY KEY)",
                "CREATE TABLE shop.orders (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, created_at timestamptz NOT NULL, "
                        + "customer_id bigint, code text, twice bigint NOT NULL GENERATED ALWAYS AS (id * 2) STORED)",
                "ALTER TABLE shop.orders ADD CONSTRAINT orders_code_key UNIQUE (code)",
                "ALTER TABLE shop.orders ADD CONSTRAINT orders_created_at_excl EXCLUDE USING btree (created_at WITH =)",
                "CREATE INDEX orders_created_at_idx ON shop.orders (created_at)",
                "CREATE UNIQUE INDEX orders_code_id_idx ON shop.orders (code, id)",
                "ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers (id) NOT VALID",
                "CREATE TABLE shop.order_lines (order_id bigint REFERENCES shop.orders (id))",
                "CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch()",
                "ALTER TABLE shop.orders ENABLE ALWAYS TRIGGER orders_touch",
                "CREATE TRIGGER orders_audit AFTER INSERT ON shop.orders REFERENCING NEW TABLE AS new_rows FOR EACH ROW "
                        + "EXECUTE FUNCTION shop.touch()");
    }

    /** Runs the SQL (creating the fixture's schema first), then compares what the catalog reads with the fixture. */
    private static void assertReadsAs(TestDatabase db, Tables fixture, String... sql) {
        String schema = fixture.name().schema();
        String[] statements = new String[sql.length + 1];
        statements[0] = "CREATE SCHEMA IF NOT EXISTS " + schema;
        System.arraycopy(sql, 0, statements, 1, sql.length);
        db.execute(statements);
        TableSnapshot read;
        try (Connection connection = db.connect()) {
            read = new CatalogReader(connection).read(schema, fixture.name().name()).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(fixture.ownedBy(db.username()).serverVersion(read.serverVersionNum()).snapshot())
                .usingRecursiveComparison().ignoringFields("oid", "partitioning.partitions.oid")
                .isEqualTo(read);
    }
}
