package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.plan.maintain.RestoreFacts;
import io.partitionkit.core.plan.maintain.RestoreOptions;
import io.partitionkit.core.plan.maintain.RestorePlanner;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.MaintenanceRunner;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Roles;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.StepKiller;
import io.partitionkit.it.support.StepKiller.PausePoint;
import io.partitionkit.it.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cold storage: retention's archive mode moves expired partitions, their indexes with them, to
 * archiveTablespace after the archive schema, reporting size and time; a run stopped between the two
 * is completed by the next; restorePartitions attaches archived partitions again, proving their
 * bounds with a validated CHECK so that ATTACH reads none of their rows.
 *
 * <p>A tablespace needs a directory on the server's machine that the server's OS user owns: the
 * embedded server runs on this machine as this JVM's user, so a temporary directory does. Against
 * an external server ({@code -Dpartition.test.url}) these tests are skipped.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColdStorageIT {

    private static final String COLD = "cold";
    private static final String OWNER = "cold_owner";
    private static final String PASSWORD = "pk-Cold-Storage-7781";
    private static final List<String> EXPIRED = List.of("events_14", "events_15");

    @BeforeAll
    void tablespace(TestDatabase db) throws Exception {
        String external = System.getProperty("partition.test.url", "");
        assumeTrue(external.isBlank(), "a tablespace needs a directory the server's OS user owns on the server's machine; "
                + "-Dpartition.test.url points at an external server (" + external + ") where this test cannot make one");
        assumeTrue(Files.isDirectory(Path.of(db.value("SELECT current_setting('data_directory')"))),
                "the server's data directory is not on this machine");
        if (db.longValue("SELECT count(*) FROM pg_tablespace WHERE spcname = '" + COLD + "'") == 0) {
            Path directory = Files.createTempDirectory("partitionkit-cold");
            directory.toFile().deleteOnExit();
            db.execute("CREATE TABLESPACE " + COLD + " LOCATION '" + directory + "'");
        }
        Roles.login(db, OWNER, PASSWORD);
        // Liquibase's own tables, whoever of the two creates them first.
        db.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + OWNER, "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO "
                + OWNER);
    }

    @Test
    void archivedPartitionsAndTheirIndexesMoveToTheTablespaceWithEveryRow(TestDatabase db) {
        createEvents(db, "moved");
        Map<String, RowFingerprint> expired = fingerprints(db, "moved");

        Maintenance.Run run = maintain(liquibase(db), "moved", " archiveTablespace=\"" + COLD + "\"").succeeded();

        assertThat(run.report().failed()).as(run.report().summary()).isFalse();
        assertThat(run.report().count(MaintenancePlan.Effect.ARCHIVE)).isEqualTo(2);
        for (String partition : EXPIRED) {
            String archived = "moved_attic." + partition;
            assertThat(db.fingerprint(archived)).as(partition + " whole").isEqualTo(expired.get(partition));
            assertThat(tablespaces(db, archived)).as("the table, its TOAST table and its indexes").containsOnly(COLD).hasSize(4);
            assertThat(db.value("SELECT obj_description('" + archived + "'::regclass, 'pg_class')"))
                    .isEqualTo("partitionkit: archived partition of \"moved\".\"events\" FOR VALUES FROM ('2026-11-" + partition.substring(7)
                            + " 00:00:00+00') TO ('2026-11-" + (Integer.parseInt(partition.substring(7)) + 1) + " 00:00:00+00')");
            assertThat(run.log()).as("the run reports size and time").anyMatch(line -> line.matches(
                    "(?s).*partitionkit: moved \"moved_attic\".\"" + partition + "\" \\(\\d+ bytes, [^)]+\\) to tablespace cold in \\d+ ms.*"));
        }
        assertThat(tablespaces(db, "moved.events_16")).as("partitions kept stay where they are").containsOnly("pg_default");
    }

    /**
     * The archive commits before the move: a run whose session is terminated in the middle of the
     * move (its table rewritten, its indexes not yet) leaves the partition archived in its old
     * tablespace, rows intact; the next run finds it by partitionkit's note and finishes the move.
     */
    @Test
    void aRunStoppedBetweenTheArchiveAndTheMoveIsCompletedByTheNext(TestDatabase db) {
        createEvents(db, "stopped");
        Map<String, RowFingerprint> expired = fingerprints(db, "stopped");
        MaintenancePlan plan = Maintenance.plan(db, options("stopped", COLD), NOON);
        MaintenancePlan.Unit archive = plan.units().get(0);
        assertThat(archive.name()).startsWith("archive \"stopped\".\"events_14\"");
        MaintenancePlan onlyArchive = new MaintenancePlan(plan.table(), plan.summary(), plan.lock(), List.of(archive), plan.record(), plan.unlock(),
                plan.notes(), plan.retentionWithheld());

        StepKiller.Killed killed;
        try (StepKiller killer = new StepKiller(db, "stopped")) {
            killed = killer.kill(archive.steps().get(1), new PausePoint(1, "ddl", "ALTER TABLE"),
                    connection -> new MaintenanceRunner(connection, outcome -> { }).run(onlyArchive));
        } finally {
            StepKiller.uninstall(db); // the table owner's runs in this database have no access to it
        }

        assertThat(((MaintenanceReport) killed.result()).failed()).as("the move was stopped").isTrue();
        assertThat(tablespaces(db, "stopped_attic.events_14")).as("archived, not moved").containsOnly("pg_default");
        assertThat(db.fingerprint("stopped_attic.events_14")).isEqualTo(expired.get("events_14"));

        Maintenance.Run rerun = maintain(liquibase(db), "stopped", " archiveTablespace=\"" + COLD + "\"")
                .succeeded();

        assertThat(rerun.report().failed()).as(rerun.report().summary()).isFalse();
        assertThat(rerun.report().count(MaintenancePlan.Effect.MOVE)).as("the stopped move").isEqualTo(1);
        assertThat(rerun.report().count(MaintenancePlan.Effect.ARCHIVE)).as("the other expired partition").isEqualTo(1);
        assertThat(rerun.report().summary()).contains("moved 1 archived partition(s) to the archive tablespace");
        for (String partition : EXPIRED) {
            assertThat(tablespaces(db, "stopped_attic." + partition)).containsOnly(COLD);
            assertThat(db.fingerprint("stopped_attic." + partition)).isEqualTo(expired.get(partition));
        }
    }

    /**
     * Whoever may create tables in the archive schema can write partitionkit's note on one: a table
     * the partitioned table's owner does not own is no archived partition, and no run moves it into a
     * tablespace its owner may not use.
     */
    @Test
    void aTableOfAnotherOwnerCarryingTheNoteIsNotMoved(TestDatabase db) {
        createEvents(db, "planted");
        Roles.create(db, "cold_intruder");
        db.execute("CREATE TABLE planted_attic.events_01 (id bigint, at timestamptz, note text)",
                "COMMENT ON TABLE planted_attic.events_01 IS 'partitionkit: archived partition of \"planted\".\"events\" "
                        + "FOR VALUES FROM (''2026-11-01 00:00:00+00'') TO (''2026-11-02 00:00:00+00'')'",
                "ALTER TABLE planted_attic.events_01 OWNER TO cold_intruder");

        Maintenance.Run run = maintain(liquibase(db), "planted", " archiveTablespace=\"" + COLD + "\"").succeeded();

        assertThat(run.report().count(MaintenancePlan.Effect.ARCHIVE)).isEqualTo(2);
        assertThat(run.report().count(MaintenancePlan.Effect.MOVE)).as("the planted table").isZero();
        assertThat(tablespaces(db, "planted_attic.events_01")).containsOnly("pg_default");
    }

    @Test
    void aMissingTablespaceOrOneTheMigratorMayNotUseIsRefusedBeforeAnyStatement(TestDatabase db) {
        createEvents(db, "refused");
        db.execute("ALTER SCHEMA refused OWNER TO " + OWNER, "ALTER SCHEMA refused_attic OWNER TO " + OWNER,
                "DO $$ DECLARE t regclass; BEGIN FOR t IN SELECT oid FROM pg_class WHERE relnamespace = 'refused'::regnamespace "
                        + "AND relkind IN ('r', 'p') LOOP EXECUTE format('ALTER TABLE %s OWNER TO " + OWNER + "', t); END LOOP; END $$");
        List<String> partitions = db.partitions("refused.events");

        Maintenance.Run missing = maintain(liquibase(db), "refused", " archiveTablespace=\"nowhere\"");
        Maintenance.Run notGranted = maintain(liquibase(db).as(OWNER, PASSWORD), "refused", " archiveTablespace=\"" + COLD + "\"");
        LiquibaseRunner detaching = liquibase(db);
        Maintenance.Run notArchiving = Maintenance.update(detaching, detaching.xmlChangelog("refused-detach.xml",
                Maintenance.changeSet("detach", "schemaName=\"refused\" tableName=\"events\" column=\"at\" interval=\"day\" premake=\"2\" "
                        + "retention=\"5 days\" retentionMode=\"detach\" archiveTablespace=\"" + COLD + "\"")));

        assertThat(failure(missing)).contains("archiveTablespace 'nowhere' does not exist; create it first");
        assertThat(failure(notGranted)).contains("archiveTablespace 'cold': this role may not create in it; a superuser "
                + "grants it with GRANT CREATE ON TABLESPACE \"cold\" TO <the migrator>");
        assertThat(failure(notArchiving)).contains("archiveTablespace 'cold' is only used with retentionMode archive");
        assertThat(db.partitions("refused.events")).as("nothing changed").isEqualTo(partitions);

        db.execute("GRANT CREATE ON TABLESPACE " + COLD + " TO " + OWNER);
        try {
            Maintenance.Run granted = maintain(liquibase(db).as(OWNER, PASSWORD), "refused", " archiveTablespace=\"" + COLD + "\"").succeeded();
            assertThat(granted.report().failed()).as(granted.report().summary()).isFalse();
            assertThat(tablespaces(db, "refused_attic.events_14")).as("the owner, no superuser, archives into it").containsOnly(COLD);
        } finally {
            db.execute("REVOKE CREATE ON TABLESPACE " + COLD + " FROM " + OWNER);
        }
    }

    /**
     * Restored partitions are tables of the partitioned table again, with their rows, seen by queries
     * through it; the ATTACH reads none of their rows (PostgreSQL says at DEBUG1 that the CHECK implies
     * the partition constraint), the validation before it reads the archived table alone.
     */
    @Test
    void restoredPartitionsAreAttachedWithTheirRowsWithoutAScanAtAttach(TestDatabase db) throws Exception {
        createEvents(db, "restored");
        Map<String, RowFingerprint> expired = fingerprints(db, "restored");
        String restoredRange = "(SELECT * FROM restored.events WHERE at >= '2026-11-14 00:00+00' AND at < '2026-11-16 00:00+00')";
        RowFingerprint rowsOfTheRange = db.fingerprint(restoredRange);
        maintain(liquibase(db), "restored", " archiveTablespace=\"" + COLD + "\"").succeeded();
        assertThat(partitionNames(db, "restored.events")).doesNotContain("restored.events_14", "restored.events_15");
        Roles.create(db, "cold_reader");
        db.execute("GRANT SELECT ON restored_attic.events_14 TO cold_reader");

        Plan plan = restorePlan(db, RestoreOptions.parse("restored", "events", "at", "day", "2026-11-14", "2026-11-15T06:00",
                "restored_attic", null, null, null));
        Map<String, List<String>> messages = Plans.debugMessagesByStep(db, plan);

        assertThat(partitionNames(db, "restored.events")).contains("restored.events_14", "restored.events_15");
        for (String partition : EXPIRED) {
            assertThat(db.fingerprint("restored." + partition)).isEqualTo(expired.get(partition));
            assertThat(tablespaces(db, "restored." + partition)).as("left in the archive tablespace").containsOnly(COLD);
            assertThat(db.value("SELECT obj_description('restored." + partition + "'::regclass, 'pg_class')")).isNull();
            assertThat(db.column("SELECT conname FROM pg_constraint WHERE conrelid = 'restored." + partition + "'::regclass"))
                    .as("the CHECK is gone").isEmpty();
            List<String> attach = stepMessages(messages, "attach \"restored_attic\".\"" + partition + "\"");
            assertThat(attach).contains("partition constraint for table \"" + partition + "\" is implied by existing constraints")
                    .noneMatch(message -> message.equals("verifying table \"" + partition + "\""));
            assertThat(stepMessages(messages, "validate CHECK " + partition + "_partition_bound"))
                    .contains("verifying table \"" + partition + "\"");
        }
        assertThat(db.fingerprint(restoredRange)).as("queries through the table see the rows").isEqualTo(rowsOfTheRange);
        assertThat(db.value("SELECT has_table_privilege('cold_reader', 'restored.events_14', 'SELECT')"))
                .as("what was granted on it while archived goes: a partition has its owner's privileges only").isEqualTo("false");
        assertThat(String.join("\n", db.column("EXPLAIN SELECT * FROM restored.events WHERE at >= '2026-11-14 00:00+00' "
                + "AND at < '2026-11-15 00:00+00'"))).contains("on events_14").doesNotContain("events_15", "events_default");
    }

    @Test
    void restoreRefusesOverlapsTablesItDidNotArchiveAndDefaultRowsOfTheRange(TestDatabase db) {
        createEvents(db, "unsure");
        maintain(liquibase(db), "unsure", "").succeeded();
        db.execute("CREATE TABLE unsure.events_14b PARTITION OF unsure.events FOR VALUES FROM ('2026-11-14 00:00+00') TO ('2026-11-14 12:00+00')",
                "INSERT INTO unsure.events VALUES (-1, '2026-11-15 08:00+00', 'written since')",
                "CREATE TABLE unsure_attic.events_10 (LIKE unsure.events)");
        List<String> partitions = db.partitions("unsure.events");

        assertThat(restoreRefusal(db, "2026-11-14", "2026-11-15")).contains("\"unsure_attic\".\"events_14\" (FOR VALUES FROM "
                + "('2026-11-14 00:00:00+00:00') TO ('2026-11-15 00:00:00+00:00')) overlaps partition \"unsure\".\"events_14b\"");
        assertThat(restoreRefusal(db, "2026-11-15", "2026-11-16")).contains("the DEFAULT partition \"unsure\".\"events_default\" holds "
                + "1 row(s) with at in the range of \"unsure_attic\".\"events_15\"");
        assertThat(restoreRefusal(db, "2026-11-10", "2026-11-11")).contains("schema \"unsure_attic\" holds no table that retention "
                + "archived from \"unsure\".\"events\" with keys from 2026-11-10 to 2026-11-11");
        assertThat(db.partitions("unsure.events")).as("nothing changed").isEqualTo(partitions);
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE connamespace = 'unsure_attic'::regnamespace AND contype = 'c'"))
                .isEmpty();
    }

    @Test
    void updateSqlShowsTheMoveAndTheRestoreAndChangesNothing(TestDatabase db) {
        createEvents(db, "shown");
        LiquibaseRunner liquibase = liquibase(db);
        String archiveSql = liquibase.updateSql(changelog(liquibase, "shown", " archiveTablespace=\"" + COLD + "\""));
        assertThat(archiveSql).contains("SET SCHEMA \"shown_attic\"", "ALTER TABLE \"shown_attic\".\"events_14\" SET TABLESPACE \"cold\"",
                "' SET TABLESPACE \"cold\"'", "-- partitionkit: move \"shown_attic\".\"events_14\" and its indexes to tablespace \"cold\"");
        assertThat(partitionNames(db, "shown.events")).contains("shown.events_14");

        Maintenance.update(liquibase, changelog(liquibase, "shown", " archiveTablespace=\"" + COLD + "\"")).succeeded();
        String restoreSql = liquibase.updateSql(restoreChangelog(liquibase, "shown", "2026-11-14", "2026-11-16", " tablespace=\"pg_default\""));
        assertThat(restoreSql).containsSubsequence("SET TABLESPACE \"pg_default\"",
                "ADD CONSTRAINT \"events_14_partition_bound\" CHECK (\"at\" IS NOT NULL AND \"at\" >= '2026-11-14 00:00:00+00:00' AND "
                        + "\"at\" < '2026-11-15 00:00:00+00:00') NOT VALID",
                "VALIDATE CONSTRAINT \"events_14_partition_bound\"",
                "ATTACH PARTITION \"shown\".\"events_14\" FOR VALUES FROM ('2026-11-14 00:00:00+00:00') TO ('2026-11-15 00:00:00+00:00')",
                "DROP CONSTRAINT \"events_14_partition_bound\"");
        assertThat(partitionNames(db, "shown.events")).doesNotContain("shown.events_14");

        liquibase.update(restoreChangelog(liquibase, "shown", "2026-11-14", "2026-11-16", " tablespace=\"pg_default\""));
        assertThat(partitionNames(db, "shown.events")).contains("shown.events_14", "shown.events_15");
        assertThat(tablespaces(db, "shown.events_15")).as("moved back").containsOnly("pg_default");
    }

    private static String restoreRefusal(TestDatabase db, String from, String to) {
        LiquibaseRunner liquibase = liquibase(db);
        try {
            liquibase.update(restoreChangelog(liquibase, "unsure", from, to, ""));
        } catch (RuntimeException refused) {
            return messages(refused);
        }
        throw new AssertionError("restore from " + from + " to " + to + " was not refused");
    }

    private static String failure(Maintenance.Run run) {
        assertThat(run.failure()).as("the update failed").isNotNull();
        return messages(run.failure());
    }

    /** The messages of an exception and its causes, a line each. */
    private static String messages(Throwable failure) {
        List<String> lines = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            lines.add(String.valueOf(cause.getMessage()));
        }
        return String.join("\n", lines);
    }

    private static String restoreChangelog(LiquibaseRunner liquibase, String schema, String from, String to, String more) {
        return liquibase.xmlChangelog(schema + "-restore-" + from + "-" + to + ".xml", """
                <changeSet id="restore-%1$s-%2$s-%3$s" author="test" runInTransaction="false">
                  <partition:restorePartitions schemaName="%1$s" tableName="events" column="at" interval="day" from="%2$s" to="%3$s"
                      archiveSchema="%1$s_attic"%4$s/>
                </changeSet>""".formatted(schema, from, to, more));
    }

    private static Plan restorePlan(TestDatabase db, RestoreOptions options) throws Exception {
        try (Connection connection = db.connect()) {
            return RestorePlanner.plan(RestoreFacts.read(new CatalogReader(connection), options), options);
        }
    }

    private static List<String> stepMessages(Map<String, List<String>> messages, String descriptionStart) {
        List<String> found = messages.entrySet().stream().filter(e -> e.getKey().startsWith(descriptionStart)).flatMap(e -> e.getValue().stream())
                .toList();
        assertThat(messages.keySet()).as("a step starting " + descriptionStart).anyMatch(d -> d.startsWith(descriptionStart));
        return found;
    }

    private static List<String> partitionNames(TestDatabase db, String table) {
        return db.partitions(table).stream().map(partition -> partition.substring(0, partition.indexOf(' '))).toList();
    }

    /** Where the table, its TOAST table and each of its indexes live, by tablespace name. */
    private static List<String> tablespaces(TestDatabase db, String table) {
        return db.column("SELECT COALESCE(t.spcname, 'pg_default') FROM pg_class c LEFT JOIN pg_tablespace t ON t.oid = c.reltablespace "
                + "WHERE c.oid = '" + table + "'::regclass OR c.oid = (SELECT reltoastrelid FROM pg_class WHERE oid = '" + table
                + "'::regclass) OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = '" + table + "'::regclass)");
    }

    private static LiquibaseRunner liquibase(TestDatabase db) {
        return new LiquibaseRunner(db).withClock(NOON);
    }

    private static Maintenance.Run maintain(LiquibaseRunner liquibase, String schema, String more) {
        return Maintenance.update(liquibase, changelog(liquibase, schema, more));
    }

    private static String changelog(LiquibaseRunner liquibase, String schema, String more) {
        return liquibase.xmlChangelog(schema + "-maintain" + more.hashCode() + ".xml", Maintenance.changeSet("maintain-" + schema,
                "schemaName=\"" + schema + "\" tableName=\"events\" column=\"at\" interval=\"day\" premake=\"2\" retention=\"5 days\" "
                        + "retentionMode=\"archive\" archiveSchema=\"" + schema + "_attic\"" + more));
    }

    private static MaintenanceOptions options(String schema, String tablespace) {
        return MaintenanceOptions.parse(schema, "events", "at", "day", 2, "5 days", "archive", schema + "_attic", null, null, null, null,
                null, null, null, null, null, tablespace, null);
    }

    private static Map<String, RowFingerprint> fingerprints(TestDatabase db, String schema) {
        Map<String, RowFingerprint> fingerprints = new LinkedHashMap<>();
        EXPIRED.forEach(partition -> fingerprints.put(partition, db.fingerprint(schema + "." + partition)));
        return fingerprints;
    }

    /**
     * Daily partitions from 14 to 20 November (a nullable key, an index on id and one on note, wide
     * notes stored in TOAST), a row every 10 minutes; at noon on 21 November, 5 days of retention
     * expire the partitions of 14 and 15 November.
     */
    private static void createEvents(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema, "CREATE SCHEMA " + schema + "_attic",
                "CREATE TABLE " + schema + ".events (id bigint, at timestamptz, note text) PARTITION BY RANGE (at)",
                "CREATE INDEX ON " + schema + ".events (id)", "CREATE INDEX ON " + schema + ".events (at)");
        Partitions.createDailyInNovember(db, schema + ".events", 14, 20);
        db.execute("INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-14 00:00+00' + i * interval '10 minutes', "
                + "'row ' || i || repeat('x', CASE WHEN i % 100 = 0 THEN 5000 ELSE 10 END) FROM generate_series(0, 1007) i");
    }
}
