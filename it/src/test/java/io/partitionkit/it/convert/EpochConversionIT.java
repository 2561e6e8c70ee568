package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversions of a bigint key holding milliseconds since the epoch (epoch="milliseconds"): the
 * partitions are UTC days placed by the clock, their bounds the integers of the days' midnights
 * (2026-11-21 is [1795219200000, 1795305600000)), and every row lands in the partition of the
 * instant it means. Keys that cannot be such times are refused before any DDL.
 */
@ExtendWith(PostgresExtension.class)
class EpochConversionIT {

    /** Milliseconds of the UTC midnights around {@link io.partitionkit.testing.TestClock#NOON} (2026-11-21 12:00 UTC). */
    private static final long NOV_17 = 1794873600000L;
    private static final long NOV_19 = 1795046400000L;
    private static final long NOV_23 = 1795392000000L;
    private static final long NOV_24 = 1795478400000L;
    private static final long DAY = 86_400_000L;

    /** One row a minute from 2026-11-17 11:01 to 2026-11-21 11:00 UTC. */
    private static void createEvents(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".events (id bigint PRIMARY KEY, created_ms bigint NOT NULL, note text)",
                "INSERT INTO " + schema + ".events SELECT i, (extract(epoch FROM timestamptz '2026-11-21 11:00+00') * 1000)::bigint "
                        + "- i * 60000, 'event ' || i FROM generate_series(0, 5759) i");
    }

    private static String conversion(String schema, String attributes) {
        return """
                <changeSet id="convert-%s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%s" tableName="events" column="created_ms" epoch="milliseconds"
                      interval="day" premake="2" %s/>
                </changeSet>
                """.formatted(schema, schema, attributes);
    }

    /** Where each of these keys lands. */
    private static List<String> homes(TestDatabase db, String schema, long... keys) {
        for (int i = 0; i < keys.length; i++) {
            db.execute("INSERT INTO " + schema + ".events VALUES (" + (-1 - i) + ", " + keys[i] + ", 'new')");
        }
        return db.column("SELECT created_ms || ' ' || tableoid::regclass FROM " + schema + ".events WHERE id < 0 ORDER BY created_ms");
    }

    @Test
    void attachKeepsEveryRowAndNewRowsLandInThePartitionOfTheirInstant(TestDatabase db) {
        createEvents(db, "attached");
        RowFingerprint rows = db.fingerprint("attached.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        liquibase.update(liquibase.xmlChangelog("attach.xml", conversion("attached", "")));

        // The boundary is the first midnight a day past now (2026-11-23); premake 2 reaches 2026-11-24.
        assertThat(db.partitions("attached.events")).containsExactly(
                "attached.events_default DEFAULT",
                "attached.events_legacy FOR VALUES FROM (MINVALUE) TO ('" + NOV_23 + "')",
                "attached.events_p20261123 FOR VALUES FROM ('" + NOV_23 + "') TO ('" + NOV_24 + "')");
        assertThat(db.fingerprint("attached.events")).isEqualTo(rows);
        assertThat(homes(db, "attached", NOV_23 - 1, NOV_23, NOV_24 - 1, NOV_24)).containsExactly(
                (NOV_23 - 1) + " attached.events_legacy",
                NOV_23 + " attached.events_p20261123",
                (NOV_24 - 1) + " attached.events_p20261123",
                NOV_24 + " attached.events_default");
    }

    @Test
    void copyLoadsADayPartitionPerDayOfHistoryAndKeepsEveryRow(TestDatabase db) {
        createEvents(db, "copied");
        RowFingerprint rows = db.fingerprint("copied.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        liquibase.update(liquibase.xmlChangelog("copy.xml", conversion("copied", "strategy=\"copy\" batchSize=\"1000\"")));

        List<String> expected = new ArrayList<>(List.of("copied.events_default DEFAULT"));
        for (int day = 0; day < 7; day++) {
            long from = NOV_17 + day * DAY;
            expected.add("copied.events_p202611" + (17 + day) + " FOR VALUES FROM ('" + from + "') TO ('" + (from + DAY) + "')");
        }
        assertThat(db.partitions("copied.events")).containsExactlyElementsOf(expected);
        assertThat(db.fingerprint("copied.events")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM copied.events_p20261119")).as("a whole day of minutes").isEqualTo(1440);
        assertThat(homes(db, "copied", NOV_19 + DAY / 2, NOV_24 - 1)).containsExactly(
                (NOV_19 + DAY / 2) + " copied.events_p20261119", (NOV_24 - 1) + " copied.events_p20261123");
    }

    @Test
    void updateSqlShowsTheIntegerBoundsWithTheInstantsTheyMean(TestDatabase db) {
        createEvents(db, "previewed");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        String sql = PrintedSql.previewChangingNothing(db, liquibase, "previewed", liquibase.xmlChangelog("preview.xml",
                conversion("previewed", "")));

        assertThat(sql).contains("CHECK (\"created_ms\" < " + NOV_23 + ")",
                "FOR VALUES FROM (MINVALUE) TO (" + NOV_23 + ") /* MINVALUE to 2026-11-23 00:00:00+00:00 */",
                "FOR VALUES FROM (" + NOV_23 + ") TO (" + NOV_24 + ") /* 2026-11-23 00:00:00+00:00 to 2026-11-24 00:00:00+00:00 */");
    }

    /** One refused conversion: the table, the change's attributes, the exact problem. */
    record Refusal(String name, String table, String attributes, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("a timestamptz key", "CREATE TABLE t (id bigint PRIMARY KEY, created timestamptz NOT NULL)",
                        "epoch=\"milliseconds\" interval=\"day\"",
                        "epoch 'milliseconds' needs an integer or bigint column holding milliseconds since 1970-01-01 UTC; column "
                                + "'created' has type timestamp with time zone"),
                new Refusal("a text key", "CREATE TABLE t (id bigint PRIMARY KEY, created text NOT NULL)",
                        "epoch=\"seconds\" interval=\"day\"",
                        "epoch 'seconds' needs an integer or bigint column holding seconds since 1970-01-01 UTC; column 'created' has "
                                + "type text"),
                new Refusal("seconds declared as milliseconds", "CREATE TABLE t (id bigint PRIMARY KEY, created bigint NOT NULL); "
                        + "INSERT INTO t VALUES (1, 1795219200)", "epoch=\"milliseconds\" interval=\"day\"",
                        "column 'created' holds 1795219200, which as epoch milliseconds means 1970-01-21T18:40:19.200Z, not a time "
                                + "from 1971-01-01 to 2126-11-21: its values are not milliseconds since 1970-01-01 UTC; read as seconds it "
                                + "means 2026-11-21T00:00:00Z: set epoch 'seconds'"),
                new Refusal("milliseconds declared as seconds", "CREATE TABLE t (id bigint PRIMARY KEY, created bigint NOT NULL); "
                        + "INSERT INTO t VALUES (1, 1795219200000)", "epoch=\"seconds\" interval=\"day\"",
                        "column 'created' holds 1795219200000, which as epoch seconds means +58858-03-26T00:00:00Z, not a time "
                                + "from 1971-01-01 to 2126-11-21: its values are not seconds since 1970-01-01 UTC; read as milliseconds it "
                                + "means 2026-11-21T00:00:00Z: set epoch 'milliseconds'"),
                new Refusal("milliseconds in an integer", "CREATE TABLE t (id bigint PRIMARY KEY, created integer NOT NULL)",
                        "epoch=\"milliseconds\" interval=\"day\"",
                        "column 'created' of type integer cannot hold the partition bounds in epoch milliseconds: the partition bound "
                                + "for 2026-11-21 00:00:00+00:00 is 1795219200000, beyond the integer range (-2147483648 to 2147483647); "
                                + "make the column bigint"),
                new Refusal("a whole number interval", "CREATE TABLE t (id bigint PRIMARY KEY, created bigint NOT NULL)",
                        "epoch=\"milliseconds\" interval=\"86400000\"",
                        "interval '86400000' does not fit epoch 'milliseconds': the key holds time, so the interval is a calendar unit, one of "
                                + "hour, day, week, month, quarter, year"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedBeforeAnythingChanges(Refusal refusal, TestDatabase db) {
        String schema = "epoch_refusal_" + Math.abs(refusal.name().hashCode());
        db.execute("CREATE SCHEMA " + schema, "SET search_path TO " + schema + "; " + refusal.table());
        Map<String, Object> before = SchemaState.of(db, schema);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("refused.xml", """
                <changeSet id="refused" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%s" tableName="t" column="created" %s/>
                </changeSet>""".formatted(schema, refusal.attributes()));

        assertThatThrownBy(() -> liquibase.update(changelog)).hasMessageContaining(refusal.message());
        assertThat(SchemaState.of(db, schema)).isEqualTo(before);
    }
}
