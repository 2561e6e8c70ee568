package io.partitionkit.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Liquibase command line with the extension jar dropped into {@code lib/}, as most teams run it:
 * update-sql, update, status, tag and rollback of a populated table's conversion, and a bad attribute
 * value refused with a non-zero exit code. Each test works in a schema of its own.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseCliIT {

    private static final String CONVERT = """
            <changeSet id="convert-events" author="test" runInTransaction="false">
              <partition:convertToRangePartitioned schemaName="%1$s" tableName="events" column="created_at" interval="%2$s" premake="3"/>
            </changeSet>
            """;

    private static final String MAINTAIN = """
            <changeSet id="maintain-events" author="test" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions schemaName="%1$s" tableName="events" column="created_at" interval="day" premake="3"/>
            </changeSet>
            """;

    /** The Liquibase the build asked for (-Pliquibase-5 switches it), with the extension and the driver in lib/. */
    @Test
    void runsTheRequestedLiquibaseWithTheExtensionInLib() {
        LiquibaseCli.Result result = LiquibaseCli.inNewDirectory().run("--version");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).as("%s", result).contains("Liquibase Version: " + System.getProperty("liquibase.test.version"))
                .containsPattern("lib/liquibase-partition-ext-.*\\.jar").contains("lib/postgresql.jar");
    }

    @Test
    void updateSqlPrintsTheConversionAndChangesNothing(TestDatabase db) {
        createEvents(db, "preview");
        Map<String, Object> before = SchemaState.of(db, "preview");
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("preview.xml", changelog(CONVERT, "preview", "day"));

        LiquibaseCli.Result result = liquibase.run("update-sql", "--changelog-file=preview.xml");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).as("%s", result).contains("-- partitionkit: ")
                .contains("CREATE TABLE \"preview\".\"events\"").contains("ATTACH PARTITION \"preview\".\"events_legacy\"")
                .contains("INSERT INTO public.databasechangelog");
        assertThat(SchemaState.of(db, "preview")).as("update-sql changed nothing").isEqualTo(before);
    }

    @Test
    void updateConvertsTheTableKeepingEveryRow(TestDatabase db) {
        createEvents(db, "converted");
        RowFingerprint rows = db.fingerprint("converted.events");
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("converted.xml", changelog(CONVERT + MAINTAIN, "converted", "day"));

        LiquibaseCli.Result result = liquibase.run("update", "--changelog-file=converted.xml");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(relkind(db, "converted.events")).isEqualTo("p");
        assertThat(db.partitions("converted.events")).as("%s", result).hasSizeGreaterThan(2);
        assertThat(db.fingerprint("converted.events")).isEqualTo(rows);
    }

    /** status names the changesets update would run; after it, only the runAlways maintenance, which every update runs again. */
    @Test
    void statusListsPendingChangesetsThenOnlyTheRunAlwaysOne(TestDatabase db) {
        createEvents(db, "status");
        // Options on the command line, without liquibase.properties.
        LiquibaseCli liquibase = LiquibaseCli.inNewDirectory().file("status.xml", changelog(CONVERT + MAINTAIN, "status", "day"));

        LiquibaseCli.Result pending = liquibase.run(arguments("status", db, "--verbose"));
        assertThat(pending.exitCode()).as("%s", pending).isZero();
        assertThat(pending.stdout()).as("%s", pending).contains("2 changesets have not been applied")
                .contains("status.xml::convert-events::test").contains("status.xml::maintain-events::test");

        assertThat(liquibase.run(arguments("update", db))).extracting(LiquibaseCli.Result::exitCode).isEqualTo(0);

        LiquibaseCli.Result after = liquibase.run(arguments("status", db, "--verbose"));
        assertThat(after.exitCode()).as("%s", after).isZero();
        assertThat(after.stdout()).as("%s", after).contains("1 changeset has not been applied")
                .contains("status.xml::maintain-events::test").doesNotContain("convert-events");
    }

    @Test
    void rollbackToATagRevertsToAPlainTableWithEveryRow(TestDatabase db) {
        createEvents(db, "reverted");
        RowFingerprint rows = db.fingerprint("reverted.events");
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("reverted.xml", changelog(CONVERT + MAINTAIN, "reverted", "day"));
        // tag marks the last changeset run, so one has run before the changelog's own.
        liquibase.file("seed.xml", LiquibaseRunner.xmlChangelogText("""
                <changeSet id="seed" author="test"><sql>SELECT 1</sql></changeSet>"""));
        assertThat(liquibase.run("update", "--changelog-file=seed.xml")).extracting(LiquibaseCli.Result::exitCode).isEqualTo(0);
        LiquibaseCli.Result tag = liquibase.run("tag", "--tag=before-partitioning");
        assertThat(tag.exitCode()).as("%s", tag).isZero();
        assertThat(liquibase.run("update", "--changelog-file=reverted.xml")).extracting(LiquibaseCli.Result::exitCode).isEqualTo(0);
        assertThat(relkind(db, "reverted.events")).isEqualTo("p");

        LiquibaseCli.Result rollback = liquibase.run("rollback", "--changelog-file=reverted.xml", "--tag=before-partitioning");

        assertThat(rollback.exitCode()).as("%s", rollback).isZero();
        assertThat(relkind(db, "reverted.events")).isEqualTo("r");
        assertThat(db.fingerprint("reverted.events")).isEqualTo(rows);
        assertThat(db.column("SELECT id FROM databasechangelog WHERE filename = 'reverted.xml'")).isEmpty();
    }

    @Test
    void aBadAttributeValueFailsWithAMessageNamingTheParameter(TestDatabase db) {
        createEvents(db, "refused");
        Map<String, Object> before = SchemaState.of(db, "refused");
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("refused.xml", changelog(CONVERT, "refused", "fortnight"));

        LiquibaseCli.Result result = liquibase.run("update", "--changelog-file=refused.xml");

        assertThat(result.exitCode()).as("%s", result).isNotZero();
        assertThat(result.stderr()).as("%s", result).contains("convertToRangePartitioned").contains("interval 'fortnight'");
        assertThat(SchemaState.of(db, "refused")).isEqualTo(before);
    }

    /** {@code schema}.events: a row every 15 minutes over the ten days before the server's now. */
    private static void createEvents(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload text)",
                "INSERT INTO " + schema + ".events SELECT i, now() - i * interval '15 minutes', 'event ' || i FROM generate_series(1, 960) i");
    }

    private static String changelog(String changeSets, String schema, String interval) {
        return LiquibaseRunner.xmlChangelogText(changeSets.formatted(schema, interval));
    }

    private static String[] arguments(String command, TestDatabase db, String... options) {
        List<String> arguments = new java.util.ArrayList<>(List.of(command, "--changelog-file=status.xml"));
        arguments.addAll(LiquibaseCli.connection(db));
        arguments.addAll(List.of(options));
        return arguments.toArray(String[]::new);
    }

    private static String relkind(TestDatabase db, String table) {
        return db.value("SELECT relkind FROM pg_class WHERE oid = '" + table + "'::regclass");
    }
}
