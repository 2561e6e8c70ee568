package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.status.StatusAnalysis;
import io.partitionkit.core.status.StatusJson;
import io.partitionkit.core.status.StatusPolicy;
import io.partitionkit.core.status.StatusPrometheus;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.it.support.Uuidv7Keys;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tables keyed by UUIDv7 (keyEncoding="uuidv7"), made in Java and, on PostgreSQL 18, by uuidv7():
 * partitions are days whose bounds are the smallest UUIDv7 of each midnight, every UUIDv7 lands in
 * the partition of its instant, the primary key stays the key alone, and UUIDs of other versions
 * stay where their bits put them, nearly always DEFAULT, which maintenance never moves or deletes
 * them from and status counts them in. A query on a time range turned into UUID bounds reads only
 * the partitions of that range.
 */
@ExtendWith(PostgresExtension.class)
class Uuidv7KeysIT {

    private static final String NOV_17 = Uuidv7Keys.bound("2026-11-17T00:00:00Z");
    private static final String NOV_23 = Uuidv7Keys.bound("2026-11-23T00:00:00Z");
    private static final String NOV_24 = Uuidv7Keys.bound("2026-11-24T00:00:00Z");
    private static final Instant LAST_ROW = Instant.parse("2026-11-21T11:00:00Z");

    /** One row a minute from 2026-11-17 11:01 to 2026-11-21 11:00 UTC, keyed by UUIDv7, plus {@code others} keys of other versions. */
    private static void createEvents(TestDatabase db, String schema, Uuidv7Keys keys, List<UUID> others) {
        db.execute("CREATE SCHEMA " + schema, "CREATE TABLE " + schema + ".events (id uuid PRIMARY KEY, note text)");
        List<UUID> ids = new ArrayList<>();
        for (int minute = 0; minute < 5760; minute++) {
            ids.add(keys.v7(LAST_ROW.minus(Duration.ofMinutes(minute))));
        }
        Uuidv7Keys.insert(db, schema + ".events", ids, "event");
        Uuidv7Keys.insert(db, schema + ".events", others, "not version 7");
    }

    private static String conversion(String schema, String attributes) {
        return """
                <changeSet id="convert-%s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%s" tableName="events" column="id" keyEncoding="uuidv7"
                      interval="day" premake="2" %s/>
                  <rollback>
                    <partition:revertPartitioning schemaName="%s" tableName="events"/>
                  </rollback>
                </changeSet>
                """.formatted(schema, schema, attributes, schema);
    }

    private static String maintenance(String schema) {
        return Maintenance.changeSet("maintain-" + schema, "schemaName=\"" + schema + "\" tableName=\"events\" column=\"id\" "
                + "keyEncoding=\"uuidv7\" interval=\"day\" premake=\"2\" retention=\"2 days\" batchSize=\"500\"");
    }

    /** The partition a new row with this key lands in. */
    private static String home(TestDatabase db, String schema, UUID id) {
        Uuidv7Keys.insert(db, schema + ".events", List.of(id), "probe");
        return db.value("SELECT tableoid::regclass::text FROM " + schema + ".events WHERE id = '" + id + "'");
    }

    private static String primaryKey(TestDatabase db, String table) {
        return db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '" + table + "'::regclass AND contype = 'p'");
    }

    @Test
    void attachKeepsEveryRowUnderTheKeyAloneAndRollbackGivesThePlainTableBack(TestDatabase db) {
        Uuidv7Keys keys = new Uuidv7Keys(1);
        // Keys of version 4 whose bits read as 1990: below the boundary, so the legacy partition may keep them.
        createEvents(db, "attached", keys, List.of(keys.v4ReadingAs(Instant.parse("1990-01-01T00:00:00Z")),
                keys.v4ReadingAs(Instant.parse("1990-06-01T00:00:00Z"))));
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("attach.xml", conversion("attached", ""));

        liquibase.update(changelog);

        // The boundary is the first midnight a day past now (2026-11-23); premake 2 reaches 2026-11-24.
        assertThat(db.partitions("attached.events")).containsExactly(
                "attached.events_default DEFAULT",
                "attached.events_legacy FOR VALUES FROM (MINVALUE) TO ('" + NOV_23 + "')",
                "attached.events_p20261123 FOR VALUES FROM ('" + NOV_23 + "') TO ('" + NOV_24 + "')");
        assertThat(primaryKey(db, "attached.events")).as("the key is the primary key: nothing to widen").isEqualTo("PRIMARY KEY (id)");
        assertThat(db.longValue("SELECT count(*) FROM attached.events")).isEqualTo(5762);
        assertThat(home(db, "attached", keys.v7(Instant.parse("2026-11-22T23:59:59.999Z")))).isEqualTo("attached.events_legacy");
        assertThat(home(db, "attached", keys.v7(Instant.parse("2026-11-23T00:00:00Z")))).isEqualTo("attached.events_p20261123");
        assertThat(home(db, "attached", keys.v7(Instant.parse("2026-11-24T00:00:00Z")))).isEqualTo("attached.events_default");
        assertThat(home(db, "attached", keys.v4ReadingAs(Instant.parse("3000-01-01T00:00:00Z")))).isEqualTo("attached.events_default");
        RowFingerprint rows = db.fingerprint("attached.events");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'attached.events'::regclass")).isEqualTo("r");
        assertThat(primaryKey(db, "attached.events")).isEqualTo("PRIMARY KEY (id)");
        assertThat(db.fingerprint("attached.events")).isEqualTo(rows);
    }

    @Test
    void attachRefusesKeysOfOtherVersionsBeyondTheBoundaryBeforeAnythingChanges(TestDatabase db) {
        Uuidv7Keys keys = new Uuidv7Keys(2);
        UUID beyond = keys.v4ReadingAs(Instant.parse("4000-01-01T00:00:00Z"));
        createEvents(db, "beyond", keys, List.of(beyond));
        Map<String, Object> before = SchemaState.of(db, "beyond");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("refused.xml", conversion("beyond", ""))))
                .hasMessageContaining("\"beyond\".\"events\" has rows with id at or beyond the conversion boundary '" + NOV_23
                        + "' (2026-11-23 00:00:00+00:00) (the largest is " + beyond + "); 1 of 5,761 rows hold UUIDs that are not "
                        + "version 7, whose first 48 bits read as times anywhere up to the year 10889. Strategy attach keeps every "
                        + "existing row in the legacy partition below the boundary; use strategy copy, which files rows beyond it in "
                        + "the DEFAULT partition, or correct or delete those rows");
        assertThat(SchemaState.of(db, "beyond")).isEqualTo(before);
    }

    /**
     * Copy files history by day and keys of other versions in DEFAULT; two days later maintenance drops
     * the expired days, moves the UUIDv7 rows DEFAULT got meanwhile into the day made for them, deletes
     * the expired UUIDv7 rows the drops do not reach, and leaves every other key where it is. Status
     * counts those apart and raises no warning for them.
     */
    @Test
    void copyAndMaintenanceFileUuidv7RowsByTimeAndLeaveOtherVersionsInDefault(TestDatabase db) throws Exception {
        Uuidv7Keys keys = new Uuidv7Keys(3);
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            others.add(keys.v4());
        }
        others.add(keys.v4ReadingAs(Instant.parse("1990-01-01T00:00:00Z"))); // its bits read as expired: it is not
        createEvents(db, "copied", keys, others);
        RowFingerprint rows = db.fingerprint("copied.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        liquibase.update(liquibase.xmlChangelog("copy.xml", conversion("copied", "strategy=\"copy\" batchSize=\"1000\"")));

        List<String> days = new ArrayList<>(List.of("copied.events_default DEFAULT"));
        for (int day = 17; day <= 23; day++) {
            days.add("copied.events_p202611" + day + " FOR VALUES FROM ('" + Uuidv7Keys.bound("2026-11-" + day + "T00:00:00Z") + "') TO ('"
                    + Uuidv7Keys.bound("2026-11-" + (day + 1) + "T00:00:00Z") + "')");
        }
        assertThat(db.partitions("copied.events")).containsExactlyElementsOf(days);
        assertThat(days.get(1)).contains(NOV_17);
        assertThat(db.fingerprint("copied.events")).isEqualTo(rows);
        assertThat(primaryKey(db, "copied.events")).isEqualTo("PRIMARY KEY (id)");
        assertThat(db.longValue("SELECT count(*) FROM copied.events_p20261119")).as("a whole day of minutes").isEqualTo(1440);
        assertThat(db.column("SELECT note FROM ONLY copied.events_default GROUP BY note")).containsExactly("not version 7");
        assertThat(db.longValue("SELECT count(*) FROM ONLY copied.events_default")).isEqualTo(201);

        // Two days on: rows of 2026-11-24, which no partition covers yet, wait in DEFAULT.
        List<UUID> early = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            early.add(keys.v7(Instant.parse("2026-11-24T06:00:00Z").plusSeconds(i)));
        }
        Uuidv7Keys.insert(db, "copied.events", early, "early");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM copied.events WHERE id >= '" + Uuidv7Keys.bound("2026-11-21T12:00:00Z")
                + "' OR note <> 'event')");
        LiquibaseRunner later = new LiquibaseRunner(db).withClock(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        String changelog = later.xmlChangelog("maintain.xml", maintenance("copied"));

        MaintenanceReport report = Maintenance.update(later, changelog).succeeded().report();

        assertThat(report.count(MaintenancePlan.Effect.DROP)).as(report.summary()).isEqualTo(4);
        assertThat(report.count(MaintenancePlan.Effect.CREATE)).isEqualTo(2);
        assertThat(report.rowsDeleted()).as("2026-11-21 up to 11:00, a row a minute").isEqualTo(661);
        assertThat(db.column("SELECT relname FROM pg_inherits JOIN pg_class ON oid = inhrelid WHERE inhparent = 'copied.events'::regclass "
                + "ORDER BY relname")).containsExactly("events_default", "events_p20261121", "events_p20261122", "events_p20261123",
                "events_p20261124", "events_p20261125");
        assertThat(db.longValue("SELECT count(*) FROM copied.events_p20261124 WHERE note = 'early'")).isEqualTo(10);
        assertThat(db.longValue("SELECT count(*) FROM ONLY copied.events_default")).isEqualTo(201);
        assertThat(db.fingerprint("copied.events")).isEqualTo(kept);

        StatusReport statusReport = status(db, "copied", Instant.parse("2026-11-23T12:30:00Z"));
        JsonNode status = new ObjectMapper().readTree(StatusJson.render(statusReport)).get("tables").get(0);
        assertThat(status.get("defaultRows").asLong()).isEqualTo(201);
        assertThat(status.get("defaultRowsNotUuidv7").asLong()).isEqualTo(201);
        assertThat(status.get("interval").asText()).isEqualTo("day");
        assertThat(status.get("warnings")).as(status.toPrettyString()).isEmpty();
        assertThat(status.get("notes").toString()).contains("holds 201 row(s) whose UUIDs are not version 7");
        assertThat(StatusPrometheus.render(statusReport)).contains("partitionkit_default_rows_not_uuidv7{schema=\"copied\",table=\"events\"} 201");
    }

    /** Status of the schema's events at {@code now}, judged against the maintenance change of {@link #maintenance}. */
    private static StatusReport status(TestDatabase db, String schema, Instant now) {
        MaintenanceOptions options = MaintenanceOptions.parse(schema, "events", "id", "day", 2, "2 days", null, null, null, null, null,
                null, null, null, null, null, null, null, "uuidv7");
        try (Connection connection = db.connect()) {
            StatusPolicy policy = StatusPolicy.of(options, schema);
            return StatusAnalysis.analyze(new StatusReader(connection).read(), Map.of(policy.table(), policy),
                    Clock.fixed(now, ZoneOffset.UTC));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void archivedDaysComeBackWithRestorePartitionsUnderTheirUuidBounds(TestDatabase db) {
        createEvents(db, "restored", new Uuidv7Keys(7), List.of());
        db.execute("CREATE SCHEMA restored_attic");
        RowFingerprint rows = db.fingerprint("restored.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog("convert.xml", conversion("restored", "strategy=\"copy\"")));
        String nov18 = Uuidv7Keys.bound("2026-11-18T00:00:00Z");
        String day17 = "restored.events_p20261117 FOR VALUES FROM ('" + NOV_17 + "') TO ('" + nov18 + "')";
        String day18 = "restored.events_p20261118 FOR VALUES FROM ('" + nov18 + "') TO ('" + Uuidv7Keys.bound("2026-11-19T00:00:00Z") + "')";
        String archive = Maintenance.changeSet("archive-restored", "schemaName=\"restored\" tableName=\"events\" column=\"id\" "
                + "keyEncoding=\"uuidv7\" interval=\"day\" premake=\"2\" retention=\"2 days\" retentionMode=\"archive\" "
                + "archiveSchema=\"restored_attic\" deleteExpiredRows=\"false\"");
        Maintenance.update(liquibase, liquibase.xmlChangelog("archive.xml", archive)).succeeded();
        assertThat(db.partitions("restored.events")).as("the days before the cutoff (2026-11-19 12:00) archived")
                .doesNotContain(day17, day18).hasSize(6);
        assertThat(db.column("SELECT relname::text FROM pg_class WHERE relnamespace = 'restored_attic'::regnamespace AND relkind = 'r' "
                + "ORDER BY 1")).containsExactly("events_p20261117", "events_p20261118");

        liquibase.update(liquibase.xmlChangelog("restore.xml", """
                <changeSet id="restore-restored" author="test" runInTransaction="false">
                  <partition:restorePartitions schemaName="restored" tableName="events" column="id" interval="day"
                      from="2026-11-17" to="2026-11-19" archiveSchema="restored_attic"/>
                </changeSet>"""));

        assertThat(db.partitions("restored.events")).contains(day17, day18).hasSize(8);
        assertThat(db.fingerprint("restored.events")).isEqualTo(rows);
    }

    @Test
    void emptyStartsAPartitionedTableOfDaysAndKeepsTheOldOneAside(TestDatabase db) {
        createEvents(db, "emptied", new Uuidv7Keys(8), List.of());
        RowFingerprint rows = db.fingerprint("emptied.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        liquibase.update(liquibase.xmlChangelog("empty.xml", conversion("emptied", "strategy=\"empty\"")));

        assertThat(db.partitions("emptied.events")).containsExactly(
                "emptied.events_default DEFAULT",
                "emptied.events_p20261121 FOR VALUES FROM ('" + Uuidv7Keys.bound("2026-11-21T00:00:00Z") + "') TO ('"
                        + Uuidv7Keys.bound("2026-11-22T00:00:00Z") + "')",
                "emptied.events_p20261122 FOR VALUES FROM ('" + Uuidv7Keys.bound("2026-11-22T00:00:00Z") + "') TO ('" + NOV_23 + "')",
                "emptied.events_p20261123 FOR VALUES FROM ('" + NOV_23 + "') TO ('" + NOV_24 + "')");
        assertThat(primaryKey(db, "emptied.events")).isEqualTo("PRIMARY KEY (id)");
        assertThat(db.fingerprint("emptied.events_legacy")).isEqualTo(rows);
    }

    @Test
    void aCopiedTableRollsBackToAPlainTableWithEveryKey(TestDatabase db) {
        Uuidv7Keys keys = new Uuidv7Keys(9);
        createEvents(db, "reverted", keys, List.of(keys.v4(), keys.v4(), keys.v4ReadingAs(Instant.parse("2026-11-20T08:00:00Z"))));
        RowFingerprint rows = db.fingerprint("reverted.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("copy.xml", conversion("reverted", "strategy=\"copy\""));
        liquibase.update(changelog);
        // A version 4 key whose bits read as a covered day lies in that day, as PostgreSQL routes it.
        assertThat(db.longValue("SELECT count(*) FROM reverted.events_p20261120 WHERE note = 'not version 7'")).isEqualTo(1);

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'reverted.events'::regclass")).isEqualTo("r");
        assertThat(primaryKey(db, "reverted.events")).isEqualTo("PRIMARY KEY (id)");
        assertThat(db.fingerprint("reverted.events")).isEqualTo(rows);
    }

    @Test
    void aQueryOnATimeRangeTurnedIntoUuidBoundsReadsOnlyThePartitionsOfThatRange(TestDatabase db) {
        createEvents(db, "pruned", new Uuidv7Keys(4), List.of());
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog("copy.xml", conversion("pruned", "strategy=\"copy\"")));
        // The README's expression: the smallest UUIDv7 of an instant.
        String from = "(lpad(to_hex(floor(extract(epoch FROM timestamptz '2026-11-19 10:00+00') * 1000)::bigint), 12, '0') "
                + "|| '70008000000000000000')::uuid";
        String to = from.replace("2026-11-19 10:00+00", "2026-11-19 14:00+00");

        String plan = String.join("\n", db.column("EXPLAIN (COSTS OFF) SELECT count(*) FROM pruned.events WHERE id >= " + from
                + " AND id < " + to));
        long counted = db.longValue("SELECT count(*) FROM pruned.events WHERE id >= " + from + " AND id < " + to);

        assertThat(plan).contains("events_p20261119").doesNotContain("events_p20261118", "events_p20261120", "events_default");
        assertThat(counted).as("10:00 to 13:59, a row a minute").isEqualTo(240);
        // Bound as parameters, as an application's prepared statement: pruned when it runs.
        try (var connection = db.connect(); var statement = connection.createStatement()) {
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE range_count (timestamptz, timestamptz) AS SELECT count(*) FROM pruned.events WHERE id >= "
                    + from.replace("timestamptz '2026-11-19 10:00+00'", "$1") + " AND id < " + from.replace("timestamptz '2026-11-19 10:00+00'", "$2"));
            List<String> generic = new ArrayList<>();
            try (var explained = statement.executeQuery("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) EXECUTE range_count "
                    + "('2026-11-19 10:00+00', '2026-11-19 14:00+00')")) {
                while (explained.next()) {
                    generic.add(explained.getString(1));
                }
            }
            assertThat(String.join("\n", generic)).contains("Subplans Removed: 7", "events_p20261119")
                    .doesNotContain("events_p20261118", "events_default");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void updateSqlShowsTheUuidBoundsWithTheInstantsTheyMean(TestDatabase db) {
        createEvents(db, "previewed", new Uuidv7Keys(5), List.of());
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        String sql = PrintedSql.previewChangingNothing(db, liquibase, "previewed", liquibase.xmlChangelog("preview.xml",
                conversion("previewed", "")));

        assertThat(sql).contains(
                "CHECK (\"id\" < '" + NOV_23 + "')",
                "FOR VALUES FROM (MINVALUE) TO ('" + NOV_23 + "') /* MINVALUE to 2026-11-23 00:00:00+00:00 */",
                "FOR VALUES FROM ('" + NOV_23 + "') TO ('" + NOV_24 + "') /* 2026-11-23 00:00:00+00:00 to 2026-11-24 00:00:00+00:00 */");
    }

    @Test
    void aColumnOfMostlyOtherVersionsIsRefusedNamingHowMany(TestDatabase db) {
        Uuidv7Keys keys = new Uuidv7Keys(6);
        db.execute("CREATE SCHEMA random_ids", "CREATE TABLE random_ids.events (id uuid PRIMARY KEY, note text)");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add(i < 100 ? keys.v7(LAST_ROW.minusSeconds(i)) : keys.v4());
        }
        Uuidv7Keys.insert(db, "random_ids.events", ids, "row");
        Map<String, Object> before = SchemaState.of(db, "random_ids");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("refused.xml", conversion("random_ids", "strategy=\"copy\""))))
                .hasMessageContaining("keyEncoding 'uuidv7' does not fit column 'id': 200 of 300 rows (67%) hold UUIDs that are not "
                        + "version 7");
        assertThat(SchemaState.of(db, "random_ids")).isEqualTo(before);
    }

    @Test
    void theEncodingAndTheKeyTypeGoTogether(TestDatabase db) {
        db.execute("CREATE SCHEMA mismatched", "CREATE TABLE mismatched.events (id uuid PRIMARY KEY, at timestamptz NOT NULL)",
                "CREATE TABLE mismatched.readings (at timestamptz NOT NULL) PARTITION BY RANGE (at)");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("no-encoding.xml", """
                <changeSet id="no-encoding" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="mismatched" tableName="events" column="id" interval="day"/>
                </changeSet>"""))).hasMessageContaining("column 'id' has type uuid: partitionkit cuts a uuid key only by the time "
                + "UUIDv7 keys hold in their first 48 bits; set keyEncoding 'uuidv7' if its values are UUIDv7");
        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("wrong-column.xml", Maintenance.changeSet("wrong-column",
                "schemaName=\"mismatched\" tableName=\"readings\" column=\"at\" keyEncoding=\"uuidv7\" interval=\"day\""))))
                .hasMessageContaining("keyEncoding 'uuidv7' needs a uuid column holding UUIDv7; column 'at' has type timestamp with time zone");
    }

    /** A table partitioned by hand whose rows all wait in DEFAULT: its first maintenance judges the encoding by them. */
    @Test
    void theFirstMaintenanceOfATableOfMostlyOtherVersionsIsRefusedNamingHowMany(TestDatabase db) {
        Uuidv7Keys keys = new Uuidv7Keys(7);
        db.execute("CREATE SCHEMA by_hand", "CREATE TABLE by_hand.events (id uuid NOT NULL, note text) PARTITION BY RANGE (id)",
                "CREATE TABLE by_hand.events_default PARTITION OF by_hand.events DEFAULT");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(i < 3 ? keys.v7(LAST_ROW.minusSeconds(i)) : keys.v4());
        }
        Uuidv7Keys.insert(db, "by_hand.events", ids, "row");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        Maintenance.Run run = Maintenance.update(liquibase, liquibase.xmlChangelog("by-hand.xml", maintenance("by_hand")));

        assertThat(run.failure()).hasMessageContaining("keyEncoding 'uuidv7' does not fit column 'id': 7 of 10 rows (70%) hold UUIDs "
                + "that are not version 7");
        assertThat(db.partitions("by_hand.events")).containsExactly("by_hand.events_default DEFAULT");
    }

    /** PostgreSQL 18 makes the keys itself: uuidv7() as the column's default, uuidv7(interval) for history. */
    @Test
    void keysFromPostgresqlsOwnUuidv7LandInThePartitionOfTheirInstant(TestDatabase db) {
        assumeTrue(db.longValue("SELECT current_setting('server_version_num')::int") >= 180000,
                "uuidv7() exists from PostgreSQL 18 on; CI runs this class on 18 in the compat profile");
        db.execute("CREATE SCHEMA native_ids",
                "CREATE TABLE native_ids.events (id uuid PRIMARY KEY DEFAULT uuidv7(), note text)",
                "INSERT INTO native_ids.events (id, note) SELECT uuidv7(- make_interval(hours => h)), 'history' FROM generate_series(1, 96) h",
                "INSERT INTO native_ids.events (note) SELECT 'now' FROM generate_series(1, 10)");
        RowFingerprint rows = db.fingerprint("native_ids.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db); // the server's clock: uuidv7() reads it too

        liquibase.update(liquibase.xmlChangelog("native.xml", conversion("native_ids", "strategy=\"copy\"")));
        db.execute("INSERT INTO native_ids.events (note) SELECT 'after' FROM generate_series(1, 10)");

        assertThat(db.fingerprint("(SELECT * FROM native_ids.events WHERE note <> 'after')")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM native_ids.events WHERE tableoid::regclass::text <> 'native_ids.events_p' "
                + "|| to_char(uuid_extract_timestamp(id) AT TIME ZONE 'UTC', 'YYYYMMDD')")).as("rows outside the day of their key").isZero();
        assertThat(db.longValue("SELECT count(*) FROM ONLY native_ids.events_default")).isZero();
    }
}
