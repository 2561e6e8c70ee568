package io.partitionkit.it.security;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Roles;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A role with CREATE on the table's schema creates, before a run, an object under a name the run
 * uses for its own work: a log of written keys (with a trigger that would run with the migrator's
 * rights when the capture function writes into it), the capture function, the partitioned table a
 * copy fills, the plain copy a revert fills (with a key above every other, so that the copy would
 * resume after it and copy nothing), or a table under the legacy name (whose rows a revert would
 * fold in). Each is refused before the first statement, naming the object and its owner, or left
 * alone; the table keeps every row.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantedLeftoversIT {

    private static final String INTRUDER = "intruder";

    @BeforeAll
    void intruder(TestDatabase db) {
        Roles.create(db, INTRUDER);
    }

    @Test
    void aLogOfWrittenKeysAnotherRoleCreatedIsRefused(TestDatabase db) {
        String schema = events(db, "log");
        asIntruder(db, "CREATE TABLE " + schema + ".events_convert_log (id bigint)",
                "CREATE FUNCTION " + schema + ".become_superuser() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN "
                        + "EXECUTE 'ALTER ROLE " + INTRUDER + " SUPERUSER'; RETURN NULL; END$f$",
                "CREATE TRIGGER escalate AFTER INSERT ON " + schema + ".events_convert_log EXECUTE FUNCTION " + schema + ".become_superuser()");

        assertRefusedAndUntouched(db, schema, convert(schema, "copy"),
                "\"" + schema + "\".\"events_convert_log\" (owner intruder) exists, but is not the log of written keys");
        assertThat(db.value("SELECT rolsuper FROM pg_roles WHERE rolname = '" + INTRUDER + "'")).isEqualTo("false");
    }

    @Test
    void aCaptureFunctionAnotherRoleCreatedIsNeitherReplacedNorUsed(TestDatabase db) {
        String schema = events(db, "function");
        asIntruder(db, "CREATE FUNCTION " + schema + ".events_convert_capture() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN "
                + "RETURN NULL; END$f$");

        assertRefusedAndUntouched(db, schema, convert(schema, "copy"),
                "\"" + schema + "\".\"events_convert_capture\" (owner intruder) exists, but is not the function that logs written keys");
    }

    @Test
    void aPartitionedTableToFillThatAnotherRoleCreatedIsRefusedEvenWithTheNote(TestDatabase db) {
        String schema = events(db, "shadow");
        asIntruder(db, "CREATE TABLE " + schema + ".events_partitioned (id bigint, created_at timestamptz NOT NULL, payload text) PARTITION BY RANGE (created_at)",
                "COMMENT ON TABLE " + schema + ".events_partitioned IS 'partitionkit: strategy copy is filling this table from \""
                        + schema + "\".\"events\" (key span 1 2)'");

        assertRefusedAndUntouched(db, schema, convert(schema, "copy"), "\"" + schema + "\".\"events_partitioned\" (owner intruder) exists, "
                + "but is not the partitioned table for a copy of \"" + schema + "\".\"events\" left by an earlier run of this change: its "
                + "owner is intruder");
    }

    @Test
    void aPlainCopyWithAHighKeyAnotherRoleCreatedIsRefusedAndTheTableKeepsItsRows(TestDatabase db) {
        String schema = events(db, "target");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog(schema + ".xml", convert(schema, "attach")));
        RowFingerprint rows = db.fingerprint(schema + ".events");
        asIntruder(db, "CREATE TABLE " + schema + ".events_unpartitioned (id bigint, created_at timestamptz NOT NULL, payload text)",
                "ALTER TABLE " + schema + ".events_unpartitioned ADD PRIMARY KEY (id)",
                "INSERT INTO " + schema + ".events_unpartitioned SELECT 9223372036854775807, now(), 'planted'");

        assertThatThrownBy(() -> liquibase.rollbackCount(schema + ".xml", 1)).hasMessageContaining("\"" + schema
                + "\".\"events_unpartitioned\" (owner intruder) exists, but is not the plain copy for a revert of");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint(schema + ".events")).isEqualTo(rows);
    }

    @Test
    void aLegacyTableWithoutTheNoteIsNeitherFoldedInNorDropped(TestDatabase db) {
        String schema = events(db, "legacy");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog(schema + ".xml", convert(schema, "attach").replace("premake=\"2\"",
                "premake=\"2\" legacyTableName=\"events_old\""));
        liquibase.update(changelog);
        db.execute("ALTER TABLE " + schema + ".events DETACH PARTITION " + schema + ".events_old",
                "DROP TABLE " + schema + ".events_old");
        RowFingerprint rows = db.fingerprint(schema + ".events");
        asIntruder(db, "CREATE TABLE " + schema + ".events_old (id bigint, created_at timestamptz NOT NULL, payload text)",
                "INSERT INTO " + schema + ".events_old SELECT 424242, timestamptz '2026-11-20 00:00+00', 'planted'");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint(schema + ".events")).as("no planted row folded in").isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM " + schema + ".events_old")).as("left alone").isEqualTo(1);
    }

    @Test
    void captureFunctionsAreExecutableByNoOtherRole(TestDatabase db) {
        String schema = events(db, "execute");
        Plan plan = Plans.conversion(db, ConversionOptions.parse(schema, "events", "created_at", "day", 2, "copy", null, null, null, null, 100), NOON);
        int capture = Plans.indexOf(plan, "log the key of every row written");
        Plans.runFirst(db, plan, capture + 1);

        assertThat(db.value("SELECT has_function_privilege('" + INTRUDER + "', '" + schema + ".events_convert_capture()', 'EXECUTE')"))
                .isEqualTo("false");
        assertThat(db.value("SELECT tgenabled FROM pg_trigger WHERE tgname = 'events_convert_capture'")).as("enabled ALWAYS").isEqualTo("A");
        assertThat(db.value("SELECT relacl IS NULL OR NOT EXISTS (SELECT 1 FROM aclexplode(relacl) WHERE grantee <> relowner) "
                + "FROM pg_class WHERE oid = '" + schema + ".events_convert_log'::regclass")).as("no grant on the log").isEqualTo("true");
    }

    @Test
    void aResumedRevertRefusesWhenItsCaptureTriggerIsDisabledOrGone(TestDatabase db) {
        String schema = events(db, "trigger");
        Plans.run(db, Plans.conversion(db, conversionOptions(schema, "copy"), NOON), new PlanExecutor.Listener() { });
        Plan revert = Plans.revert(db, RevertOptions.parse(schema, "events", null, 100, null, null));
        Plans.runFirst(db, revert, Plans.indexOf(revert, "copy the rows of") + 1);

        db.execute("ALTER TABLE " + schema + ".events DISABLE TRIGGER events_revert_capture");
        assertThatThrownBy(() -> Plans.revert(db, RevertOptions.parse(schema, "events", null, 100, null, null)))
                .hasMessageContaining("the trigger events_revert_capture that logs writes to \"" + schema + "\".\"events\" is disabled");
        db.execute("ALTER TABLE " + schema + ".events ENABLE TRIGGER events_revert_capture");
        assertThatThrownBy(() -> Plans.revert(db, RevertOptions.parse(schema, "events", null, 100, null, null)))
                .hasMessageContaining("is not enabled ALWAYS");
        db.execute("DROP TRIGGER events_revert_capture ON " + schema + ".events");
        assertThatThrownBy(() -> Plans.revert(db, RevertOptions.parse(schema, "events", null, 100, null, null)))
                .hasMessageContaining("the trigger events_revert_capture that logs writes to \"" + schema + "\".\"events\" is gone");
    }

    private static void assertRefusedAndUntouched(TestDatabase db, String schema, String changeSet, String expected) {
        RowFingerprint rows = db.fingerprint(schema + ".events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog(schema + ".xml", changeSet);

        assertThatThrownBy(() -> liquibase.update(changelog)).hasMessageContaining(expected);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint(schema + ".events")).isEqualTo(rows);
        assertThat(db.column("SELECT tgname FROM pg_trigger WHERE tgrelid = '" + schema + ".events'::regclass")).as("nothing created").isEmpty();
    }

    /** {@code <schema>.events} with 600 rows over the days before noon, 21 November 2026; the intruder may create in the schema. */
    private static String events(TestDatabase db, String name) {
        String schema = "planted_" + name;
        db.execute("CREATE SCHEMA " + schema, "GRANT CREATE, USAGE ON SCHEMA " + schema + " TO " + INTRUDER,
                "CREATE TABLE " + schema + ".events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload text)",
                "INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '10 minutes', 'row ' || i "
                        + "FROM generate_series(1, 600) i");
        return schema;
    }

    private static String convert(String schema, String strategy) {
        return """
                <changeSet id="convert-%1$s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%1$s" tableName="events" column="created_at" interval="day"
                      premake="2" strategy="%2$s"/>
                </changeSet>""".formatted(schema, strategy);
    }

    private static ConversionOptions conversionOptions(String schema, String strategy) {
        return ConversionOptions.parse(schema, "events", "created_at", "day", 2, strategy, null, null, null, null, 100);
    }

    private static void asIntruder(TestDatabase db, String... statements) {
        for (String statement : statements) {
            db.execute("SET ROLE " + INTRUDER + "; " + statement);
        }
    }
}
