package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conversions on smallint, integer and bigint keys: partitions are multiples of the interval, placed
 * by the largest key (the clock means nothing), the old table becomes the partition below the first
 * multiple at least one whole interval past the largest key, and a rollback gives back every row.
 * Near the end of the key type the last partition ends at MAXVALUE.
 */
@ExtendWith(PostgresExtension.class)
class IntegerKeyConversionIT {

    /** Any clock: integer keys never read it. */
    private static final Clock ANY_TIME = at("2031-02-03T04:05:06Z");

    @Test
    void partitionsAreMultiplesOfTheIntervalAheadOfTheLargestKeyAndRollBackGivesEveryRow(TestDatabase db) {
        db.execute("CREATE SCHEMA shop",
                "CREATE TABLE shop.orders (id bigint PRIMARY KEY, note text NOT NULL)",
                "INSERT INTO shop.orders SELECT i, 'order ' || i FROM generate_series(1, 4321) i");
        Map<String, Object> original = CatalogDiff.properties(db, "shop", "orders");
        RowFingerprint rows = db.fingerprint("shop.orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        String changelog = liquibase.xmlChangelog("orders.xml", tagged("shop", "orders", "id", "1000", "premake=\"3\""));

        liquibase.update(changelog);

        // The largest key 4321 lies in [4000, 5000); the boundary is one whole interval past it.
        assertThat(db.partitions("shop.orders")).containsExactly(
                "shop.orders_default DEFAULT",
                "shop.orders_legacy FOR VALUES FROM (MINVALUE) TO ('6000')",
                "shop.orders_p6000 FOR VALUES FROM ('6000') TO ('7000')",
                "shop.orders_p7000 FOR VALUES FROM ('7000') TO ('8000')");
        assertThat(db.fingerprint("shop.orders")).isEqualTo(rows);
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'shop.orders'::regclass "
                + "AND contype = 'p'")).as("the key is the primary key: nothing to widen").isEqualTo("PRIMARY KEY (id)");
        db.execute("INSERT INTO shop.orders VALUES (5999, 'below the boundary'), (6000, 'first new'), (7999, 'last new'), "
                + "(8000, 'beyond premake')");
        assertThat(db.column("SELECT id || ' ' || tableoid::regclass FROM shop.orders WHERE id >= 5999 ORDER BY id")).containsExactly(
                "5999 shop.orders_legacy", "6000 shop.orders_p6000", "7999 shop.orders_p7000", "8000 shop.orders_default");
        RowFingerprint whilePartitioned = db.fingerprint("shop.orders");

        liquibase.rollbackToTag(changelog, "before");

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'shop.orders'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("shop.orders")).isEqualTo(whilePartitioned);
        assertThat(CatalogDiff.properties(db, "shop", "orders")).isEqualTo(original);
    }

    @Test
    void theClockDoesNotMoveIntegerPartitions(TestDatabase db) {
        for (String schema : List.of("in_1999", "in_2040")) {
            db.execute("CREATE SCHEMA " + schema,
                    "CREATE TABLE " + schema + ".hits (seq integer PRIMARY KEY)",
                    "INSERT INTO " + schema + ".hits SELECT generate_series(1, 777)");
        }

        convert(db, at("1999-12-31T23:59:59Z"), "in_1999", "hits", "seq", "250", "premake=\"2\"");
        convert(db, at("2040-06-01T00:00:00Z"), "in_2040", "hits", "seq", "250", "premake=\"2\"");

        assertThat(db.partitions("in_1999.hits")).containsExactly(
                "in_1999.hits_default DEFAULT",
                "in_1999.hits_legacy FOR VALUES FROM (MINVALUE) TO (1250)",
                "in_1999.hits_p1250 FOR VALUES FROM (1250) TO (1500)");
        assertThat(db.partitions("in_2040.hits")).isEqualTo(db.partitions("in_1999.hits").stream()
                .map(line -> line.replace("in_1999", "in_2040")).toList());
    }

    @Test
    void negativeKeysGetPartitionsBelowZeroWithNamesOfTheirOwn(TestDatabase db) {
        db.execute("CREATE TABLE readings (id bigserial PRIMARY KEY, seq integer NOT NULL, value int)",
                "INSERT INTO readings (seq, value) SELECT s, s % 7 FROM generate_series(-7777, -3500) s");
        RowFingerprint rows = db.fingerprint("readings");

        convert(db, ANY_TIME, "public", "readings", "seq", "1000", "premake=\"3\"");

        // Largest key -3500: its interval is [-4000, -3000), the boundary -2000, premake reaches 0.
        assertThat(db.partitions("readings")).containsExactly(
                "readings_default DEFAULT",
                "readings_legacy FOR VALUES FROM (MINVALUE) TO ('-2000')",
                "readings_pm1000 FOR VALUES FROM ('-1000') TO (0)",
                "readings_pm2000 FOR VALUES FROM ('-2000') TO ('-1000')");
        assertThat(db.fingerprint("readings")).isEqualTo(rows);
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'readings'::regclass "
                + "AND contype = 'p'")).isEqualTo("PRIMARY KEY (id, seq)");
    }

    @Test
    void strategyEmptyStartsAtTheIntervalOfTheLargestKeyAndRollsBackWithEveryRow(TestDatabase db) {
        db.execute("CREATE TABLE ticks (id bigint PRIMARY KEY, seq integer NOT NULL)",
                "INSERT INTO ticks SELECT i, i - 2500 FROM generate_series(1, 2000) i");
        Map<String, Object> original = CatalogDiff.properties(db, "public", "ticks");
        RowFingerprint rows = db.fingerprint("ticks");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        String changelog = liquibase.xmlChangelog("ticks.xml", conversion("public", "ticks", "seq", "1000",
                "premake=\"2\" strategy=\"empty\""));

        liquibase.update(changelog);

        // Largest key -500: partitions from its interval [-1000, 0) and two more.
        assertThat(db.partitions("ticks")).containsExactly(
                "ticks_default DEFAULT",
                "ticks_p0 FOR VALUES FROM (0) TO (1000)",
                "ticks_p1000 FOR VALUES FROM (1000) TO (2000)",
                "ticks_pm1000 FOR VALUES FROM ('-1000') TO (0)");
        assertThat(db.longValue("SELECT count(*) FROM ticks")).isZero();
        assertThat(db.fingerprint("ticks_legacy")).isEqualTo(rows);
        db.execute("INSERT INTO ticks VALUES (5000, 10), (5001, -10)");
        RowFingerprint expected = db.fingerprint("(SELECT * FROM ticks UNION ALL SELECT * FROM ticks_legacy)");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.fingerprint("ticks")).isEqualTo(expected);
        assertThat(CatalogDiff.properties(db, "public", "ticks")).isEqualTo(original);
    }

    @Test
    void nearTheTopOfBigintTheLastPartitionEndsAtMaxValue(TestDatabase db) {
        db.execute("CREATE TABLE ledger (id bigint PRIMARY KEY, amount int NOT NULL)",
                "INSERT INTO ledger SELECT 9223372036854770000 + i, i FROM generate_series(1, 2500) i");
        RowFingerprint rows = db.fingerprint("ledger");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        String changelog = liquibase.xmlChangelog("ledger.xml", tagged("public", "ledger", "id", "1000", "premake=\"7\""));

        liquibase.update(changelog);

        assertThat(db.partitions("ledger")).containsExactly(
                "ledger_default DEFAULT",
                "ledger_legacy FOR VALUES FROM (MINVALUE) TO ('9223372036854774000')",
                "ledger_p9223372036854774000 FOR VALUES FROM ('9223372036854774000') TO ('9223372036854775000')",
                "ledger_p9223372036854775000 FOR VALUES FROM ('9223372036854775000') TO (MAXVALUE)");
        assertThat(db.fingerprint("ledger")).isEqualTo(rows);
        db.execute("INSERT INTO ledger VALUES (9223372036854775807, -1)");
        assertThat(db.value("SELECT tableoid::regclass FROM ledger WHERE id = 9223372036854775807")).isEqualTo("ledger_p9223372036854775000");
        RowFingerprint whilePartitioned = db.fingerprint("ledger");

        liquibase.rollbackToTag(changelog, "before");

        assertThat(db.fingerprint("ledger")).isEqualTo(whilePartitioned);
    }

    @Test
    void nearTheTopOfSmallintTheLastPartitionEndsAtMaxValue(TestDatabase db) {
        db.execute("CREATE TABLE slots (slot smallint PRIMARY KEY, label text)",
                "INSERT INTO slots SELECT s, 'slot ' || s FROM generate_series(32001, 32450) s");
        RowFingerprint rows = db.fingerprint("slots");

        convert(db, ANY_TIME, "public", "slots", "slot", "100", "premake=\"5\"");

        assertThat(db.partitions("slots")).containsExactly(
                "slots_default DEFAULT",
                "slots_legacy FOR VALUES FROM (MINVALUE) TO ('32600')",
                "slots_p32600 FOR VALUES FROM ('32600') TO ('32700')",
                "slots_p32700 FOR VALUES FROM ('32700') TO (MAXVALUE)");
        assertThat(db.fingerprint("slots")).isEqualTo(rows);
        db.execute("INSERT INTO slots VALUES (32767, 'the last smallint')");
        assertThat(db.value("SELECT tableoid::regclass FROM slots WHERE slot = 32767")).isEqualTo("slots_p32700");
    }

    /** -32800 is no smallint: the lowest interval is [MINVALUE, -32700). */
    @Test
    void atTheBottomOfSmallintTheLowestPartitionStartsAtMinValue(TestDatabase db) {
        db.execute("CREATE TABLE floors (level smallint PRIMARY KEY)",
                "INSERT INTO floors SELECT generate_series(-32768, -32720)");
        RowFingerprint rows = db.fingerprint("floors");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        String changelog = liquibase.xmlChangelog("floors.xml", conversion("public", "floors", "level", "100",
                "premake=\"1\" strategy=\"empty\""));

        liquibase.update(changelog);

        assertThat(db.partitions("floors")).containsExactly(
                "floors_default DEFAULT",
                "floors_pm32700 FOR VALUES FROM ('-32700') TO ('-32600')",
                "floors_pmin FOR VALUES FROM (MINVALUE) TO ('-32700')");
        db.execute("INSERT INTO floors VALUES (-32768), (-32650)");
        assertThat(db.column("SELECT level || ' ' || tableoid::regclass FROM floors ORDER BY level"))
                .containsExactly("-32768 floors_pmin", "-32650 floors_pm32700");

        assertThat(db.fingerprint("floors_legacy")).isEqualTo(rows);
        RowFingerprint expected = db.fingerprint("(SELECT * FROM floors UNION SELECT * FROM floors_legacy)");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.fingerprint("floors")).isEqualTo(expected);
        assertThat(db.longValue("SELECT count(*) FROM floors")).isEqualTo(rows.rows() + 1);
    }

    /** Keys within two intervals of the type's end leave no room for a boundary: the old table takes every key. */
    @Test
    void keysAtTheVeryTopOfBigintMakeTheOldTableThePartitionUpToMaxValue(TestDatabase db) {
        db.execute("CREATE TABLE top (id bigint PRIMARY KEY)",
                "INSERT INTO top SELECT 9223372036854775807 - i FROM generate_series(0, 999) i");
        RowFingerprint rows = db.fingerprint("top");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        String changelog = liquibase.xmlChangelog("top.xml", tagged("public", "top", "id", "1000", "premake=\"3\""));

        liquibase.update(changelog);

        assertThat(db.partitions("top")).containsExactly(
                "top_default DEFAULT",
                "top_legacy FOR VALUES FROM (MINVALUE) TO (MAXVALUE)");
        assertThat(db.fingerprint("top")).isEqualTo(rows);
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE conrelid IN ('top'::regclass, 'top_legacy'::regclass) "
                + "AND contype = 'c'")).as("no boundary CHECK is left").isEmpty();

        liquibase.rollbackToTag(changelog, "before");

        assertThat(db.fingerprint("top")).isEqualTo(rows);
    }

    private static void convert(TestDatabase db, Clock clock, String schema, String table, String column, String interval,
                                String attributes) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(clock);
        liquibase.update(liquibase.xmlChangelog(schema + "-" + table + ".xml", conversion(schema, table, column, interval, attributes)));
    }

    /** A tag "before" and the conversion, so that the test can roll back to the tag. */
    private static String tagged(String schema, String table, String column, String interval, String attributes) {
        return """
                <changeSet id="before" author="test">
                  <tagDatabase tag="before"/>
                </changeSet>
                """ + conversion(schema, table, column, interval, attributes);
    }

    private static String conversion(String schema, String table, String column, String interval, String attributes) {
        return """
                <changeSet id="convert-%s-%s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%s" tableName="%s" column="%s" interval="%s" %s/>
                </changeSet>""".formatted(schema, table, schema, table, column, interval, attributes);
    }
}
