package io.partitionkit.it.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * update-sql of a master changelog that holds a table's conversion and its runAlways maintenance,
 * before the conversion ran: it prints the conversion, and for the maintenance a comment saying
 * that it is planned when it runs and what it then does (its plan needs the partitions the
 * conversion creates); it changes nothing. After update, update-sql prints the maintenance's real
 * plan. A maintenance changeset of a plain table that no earlier changeset converts is refused as
 * before, also right after a preview that converted it, in the same JVM. Each test works in a schema
 * of its own.
 */
@ExtendWith(PostgresExtension.class)
class MasterChangelogPreviewIT {

    private static final String CREATE = """
            <changeSet id="create-events" author="app">
              <createTable schemaName="%1$s" tableName="events">
                <column name="id" type="bigint"><constraints primaryKey="true"/></column>
                <column name="created_at" type="timestamptz"><constraints nullable="false"/></column>
                <column name="payload" type="text"/>
              </createTable>
            </changeSet>""";

    private static final String CONVERT = """
            <changeSet id="tag-before-events-partitioning" author="ops">
              <tagDatabase tag="before-%1$s-events-partitioning"/>
            </changeSet>
            <changeSet id="partition-events" author="ops" runInTransaction="false">
              <partition:convertToRangePartitioned schemaName="%1$s" tableName="events" column="created_at" interval="day" premake="7"/>
            </changeSet>""";

    private static final String MAINTAIN = """
            <changeSet id="events-maintenance" author="ops" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions schemaName="%1$s" tableName="events" column="created_at" interval="day" premake="7"
                  retention="30 days"/>
            </changeSet>""";

    private static final String NOT_PARTITIONED = "\"%s\".\"events\" is not partitioned; convert it first with convertToRangePartitioned";

    @Test
    void theCommandLinePreviewsConversionAndMaintenanceThenUpdateRunsThem(TestDatabase db) {
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db);
        changelogs("cli", CREATE, CONVERT, MAINTAIN).forEach(liquibase::file);
        db.execute("CREATE SCHEMA cli");
        assertSucceeded(liquibase.run("update-count", "--count=1", "--changelog-file=cli-master.xml"));
        fill(db, "cli");
        Map<String, Object> before = SchemaState.of(db, "cli");

        LiquibaseCli.Result preview = liquibase.run("update-sql", "--changelog-file=cli-master.xml");

        assertSucceeded(preview);
        assertPreviewsConversionAndMaintenance(preview.stdout(), "cli", "changeset cli-1.xml::partition-events::ops");
        assertThat(SchemaState.of(db, "cli")).as("update-sql changed nothing").isEqualTo(before);
        assertThat(LiquibaseRunner.recorded(db, "cli-1.xml")).isEmpty();

        assertSucceeded(liquibase.run("update", "--changelog-file=cli-master.xml"));
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'cli.events'::regclass")).isEqualTo("p");

        LiquibaseCli.Result again = liquibase.run("update-sql", "--changelog-file=cli-master.xml");
        assertSucceeded(again);
        assertPrintsTheMaintenancePlan(again.stdout(), "cli");
    }

    @Test
    void liquibasesCommandApiPreviewsTheSameAndLeavesNothingForTheNextRun(TestDatabase db) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        changelogs("api", CREATE, CONVERT, MAINTAIN).forEach(liquibase::changelog);
        db.execute("CREATE SCHEMA api");
        liquibase.update("api-0.xml");
        fill(db, "api");
        Map<String, Object> before = SchemaState.of(db, "api");

        String preview = liquibase.updateSql("api-master.xml");

        assertPreviewsConversionAndMaintenance(preview, "api", "changeset api-1.xml::partition-events::ops");
        assertThat(SchemaState.of(db, "api")).as("update-sql changed nothing").isEqualTo(before);
        // What that preview learned stays with it: on its own, the maintenance of the plain table is refused, as update would.
        assertThatThrownBy(() -> liquibase.updateSql("api-2.xml")).hasStackTraceContaining(NOT_PARTITIONED.formatted("api"));

        liquibase.update("api-master.xml");
        assertPrintsTheMaintenancePlan(liquibase.updateSql("api-master.xml"), "api");
    }

    @Test
    void theMaintenanceOfAPlainTableThatNoEarlierChangesetConvertsIsRefused(TestDatabase db) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        changelogs("plain", CREATE, MAINTAIN).forEach(liquibase::changelog);
        db.execute("CREATE SCHEMA plain");
        liquibase.update("plain-0.xml");

        assertThatThrownBy(() -> liquibase.updateSql("plain-master.xml")).hasStackTraceContaining(NOT_PARTITIONED.formatted("plain"));
    }

    /**
     * As a project lays them out: {@code <schema>-<i>.xml} holding the i-th changesets (numbered from
     * 0), and {@code <schema>-master.xml} including them in order.
     */
    private static Map<String, String> changelogs(String schema, String... parts) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder includes = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            files.put(schema + "-" + i + ".xml", LiquibaseRunner.xmlChangelogText(parts[i].formatted(schema)));
            includes.append("<include file=\"").append(schema).append('-').append(i).append(".xml\" relativeToChangelogFile=\"true\"/>\n");
        }
        files.put(schema + "-master.xml", LiquibaseRunner.xmlChangelogText(includes.toString()));
        return files;
    }

    /** A row every 15 minutes over the 40 days before the server's now: some are past the maintenance's retention. */
    private static void fill(TestDatabase db, String schema) {
        db.execute("INSERT INTO " + schema + ".events SELECT i, now() - i * interval '15 minutes', 'event ' || i "
                + "FROM generate_series(1, 3840) i");
    }

    private static void assertPreviewsConversionAndMaintenance(String output, String schema, String conversion) {
        String table = "\"" + schema + "\".\"events\"";
        assertThat(PrintedSql.partitionkitStatements(output)).as(output)
                .anyMatch(sql -> sql.contains("ATTACH PARTITION \"" + schema + "\".\"events_legacy\""))
                .noneMatch(sql -> sql.contains("pg_try_advisory_lock"));
        assertThat(output).contains("-- partitionkit: ensurePartitions of " + table + " is planned when it runs: " + conversion
                + " converts it earlier in this update; it then creates the day partitions missing up to 7 ahead of the current one, ")
                .contains("drops partitions whose rows are all older than 30 days");
        assertThat(output.indexOf("ATTACH PARTITION")).as("the conversion comes first").isLessThan(output.indexOf("ensurePartitions of"));
    }

    private static void assertPrintsTheMaintenancePlan(String output, String schema) {
        assertThat(output).doesNotContain("is planned when it runs");
        assertThat(PrintedSql.partitionkitStatements(output)).as(output)
                .anyMatch(sql -> sql.startsWith("-- partitionkit: take the maintenance lock of \"" + schema + "\".\"events\""));
    }

    private static void assertSucceeded(LiquibaseCli.Result result) {
        assertThat(result.exitCode()).as("%s", result).isZero();
    }
}
