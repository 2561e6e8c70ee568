package io.partitionkit.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Promtool;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code liquibase partition-maintain} and {@code liquibase partition-status} through the CLI's own
 * launcher, the extension in {@code lib/}: listed by {@code --help}, the same report and failures
 * as the Maven goals, exit code 1 where a goal fails the build. Each test works in a schema of its
 * own.
 */
@ExtendWith(PostgresExtension.class)
class PartitionCommandsCliIT {

    private static final String MAINTAIN = """
            <changeSet id="maintain-%1$s" author="ops" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions schemaName="%1$s" tableName="%2$s" column="created_at" interval="day" premake="2"/>
            </changeSet>
            """;

    @Test
    void helpListsBothCommandsAndTheirArguments() {
        LiquibaseCli liquibase = LiquibaseCli.inNewDirectory();

        LiquibaseCli.Result help = liquibase.run("--help");
        LiquibaseCli.Result maintainHelp = liquibase.run("partition-maintain", "--help");
        LiquibaseCli.Result statusHelp = liquibase.run("partition-status", "--help");

        assertThat(help.exitCode()).as("%s", help).isZero();
        assertThat(help.stdout()).as("%s", help)
                .containsPattern("partition-maintain\\s+Run only the partition maintenance changesets\\s+\\(ensurePartitions\\)")
                .containsPattern("partition-status\\s+Report the health of every partitioned table");
        assertThat(maintainHelp.stdout()).as("%s", maintainHelp).contains("--changelog-file", "--dry-run", "--url");
        assertThat(statusHelp.stdout()).as("%s", statusHelp).contains("--changelog-file", "--fail-on-warning", "--url");
    }

    /** Connection from liquibase.properties, as a CLI user's project keeps it. */
    @Test
    void partitionMaintainRunsOnlyTheMaintenanceChangesetsAndReportsThem(TestDatabase db) {
        dailyTable(db, "maintained", "events");
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("changelog.xml", LiquibaseRunner.xmlChangelogText("""
                <changeSet id="create-audit" author="ops">
                  <createTable schemaName="maintained" tableName="audit"><column name="id" type="bigint"/></createTable>
                </changeSet>
                """ + MAINTAIN.formatted("maintained", "events")));

        LiquibaseCli.Result result = liquibase.run("partition-maintain", "--changelog-file=changelog.xml");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).as("%s", result).contains("partition-maintain ran 1 maintenance changeset(s)",
                "\"maintained\".\"events\": created 3 partition(s)",
                "WARNING: 1 pending changeset(s) are not maintenance; partition-maintain left them for liquibase update:",
                "WARNING:   changelog.xml::create-audit::ops");
        assertThat(partitions(db, "maintained.events")).containsExactlyInAnyOrder("events_" + day(0), "events_" + day(1),
                "events_" + day(2), "events_default");
        assertThat(db.value("SELECT to_regclass('maintained.audit') IS NULL")).as("the other changeset did not run").isEqualTo("true");
        assertThat(db.column("SELECT exectype FROM databasechangelog WHERE id = 'maintain-maintained'")).containsExactly("EXECUTED");
    }

    @Test
    void aDryRunPrintsTheSqlAndChangesNothing(TestDatabase db) {
        dailyTable(db, "dry", "events");
        LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("changelog.xml",
                LiquibaseRunner.xmlChangelogText(MAINTAIN.formatted("dry", "events")));

        LiquibaseCli.Result result = liquibase.run("partition-maintain", "--changelog-file=changelog.xml", "--dry-run=true");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).as("%s", result).contains("-- Changeset changelog.xml::maintain-dry::ops",
                "ALTER TABLE \"dry\".\"events\" ATTACH PARTITION \"dry\".\"events_" + day(2) + "\"",
                "partition-maintain would run 1 maintenance changeset(s) (dry run: nothing was changed)");
        assertThat(partitions(db, "dry.events")).containsExactly("events_default");
    }

    /** Connection on the command line, as the README shows it. */
    @Test
    void aFailedMaintenanceChangesetExitsWithOneAfterTheOthersRan(TestDatabase db) {
        db.execute("CREATE SCHEMA failing", "CREATE TABLE failing.plain (id bigint, created_at timestamptz)");
        dailyTable(db, "failing", "metrics");
        LiquibaseCli liquibase = LiquibaseCli.inNewDirectory().file("changelog.xml", LiquibaseRunner.xmlChangelogText(
                MAINTAIN.formatted("failing", "plain").replace("maintain-failing", "maintain-plain")
                        + MAINTAIN.formatted("failing", "metrics")));

        LiquibaseCli.Result result = liquibase.run(arguments(db, "partition-maintain", "--changelog-file=changelog.xml"));

        assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
        assertThat(result.stdout() + result.stderr()).as("%s", result).contains("partition-maintain: 1 maintenance changeset(s) failed:",
                "changelog.xml::maintain-plain::ops: ", "is not partitioned; convert it first");
        assertThat(partitions(db, "failing.metrics")).as("the table after the failure").hasSize(4);
    }

    @Test
    void partitionStatusReportsAndExitsWithOneOnAWarningWhenAsked(TestDatabase db) {
        dailyTable(db, "watched", "alerts");
        db.execute("INSERT INTO watched.alerts VALUES (1, '2001-01-01 00:00:00+00')");
        LiquibaseCli liquibase = LiquibaseCli.inNewDirectory().file("changelog.xml",
                LiquibaseRunner.xmlChangelogText(MAINTAIN.formatted("watched", "alerts")));

        LiquibaseCli.Result report = liquibase.run(arguments(db, "partition-status", "--changelog-file=changelog.xml"));
        LiquibaseCli.Result failing = liquibase.run(arguments(db, "partition-status", "--fail-on-warning=true"));

        assertThat(report.exitCode()).as("%s", report).isZero();
        assertThat(report.stdout()).as("%s", report).contains(
                "\"watched\".\"alerts\": range on created_at (timestamp with time zone); interval day (ensurePartitions), premake 2",
                "WARNING:   the DEFAULT partition \"watched\".\"alerts_default\" holds 1 row(s)");
        assertThat(failing.exitCode()).as("%s", failing).isEqualTo(1);
        assertThat(failing.stdout() + failing.stderr()).as("%s", failing).contains("partition-status found", "(--fail-on-warning)",
                "the DEFAULT partition \"watched\".\"alerts_default\" holds 1 row(s)");
    }

    /**
     * {@code partition-status --format=prometheus --report-file=...} after {@code partition-maintain}:
     * the metrics pass promtool, with the time of that maintenance; a bad format is refused naming
     * the option, the value and what is accepted, and writes nothing.
     */
    @Test
    void partitionStatusWritesMetricsToAReportFile(TestDatabase db) throws IOException {
        Promtool promtool = Promtool.installed();
        dailyTable(db, "scraped", "events");
        LiquibaseCli liquibase = LiquibaseCli.inNewDirectory().file("changelog.xml",
                LiquibaseRunner.xmlChangelogText(MAINTAIN.formatted("scraped", "events")));
        assertThat(liquibase.run(arguments(db, "partition-maintain", "--changelog-file=changelog.xml")).exitCode()).isZero();
        Path file = liquibase.workingDirectory().resolve("partitionkit.prom");

        LiquibaseCli.Result written = liquibase.run(arguments(db, "partition-status", "--changelog-file=changelog.xml",
                "--format=prometheus", "--report-file=" + file));
        LiquibaseCli.Result refused = liquibase.run(arguments(db, "partition-status", "--format=xml", "--report-file=other.prom",
                "--max-maintenance-age=soon"));

        assertThat(written.exitCode()).as("%s", written).isZero();
        String metrics = Files.readString(file);
        assertThat(promtool.checkMetrics(metrics)).extracting(Promtool.Result::exitCode).isEqualTo(0);
        String comment = db.value("SELECT obj_description('scraped.events'::regclass, 'pg_class')");
        assertThat(metrics).contains("partitionkit_default_rows{schema=\"scraped\",table=\"events\"} 0\n",
                "partitionkit_last_maintenance_timestamp_seconds{schema=\"scraped\",table=\"events\"} "
                        + Instant.parse(comment.substring(comment.lastIndexOf(' ') + 1)).getEpochSecond() + "\n");
        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(1);
        assertThat(refused.stdout() + refused.stderr()).contains("--format 'xml' is not one of text, json, prometheus",
                "--max-maintenance-age 'soon' is not an age: give a whole number and a unit (s, min, h, d, or seconds, minutes, "
                        + "hours, days), such as 36h or 2 days");
        assertThat(liquibase.workingDirectory().resolve("other.prom")).doesNotExist();
    }

    /** {@code schema.table}: day-partitioned on created_at, a DEFAULT partition and no other partition yet. */
    private static void dailyTable(TestDatabase db, String schema, String table) {
        db.execute("CREATE SCHEMA IF NOT EXISTS " + schema,
                "CREATE TABLE " + schema + "." + table + " (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)",
                "CREATE TABLE " + schema + "." + table + "_default PARTITION OF " + schema + "." + table + " DEFAULT");
    }

    private static List<String> partitions(TestDatabase db, String table) {
        return db.column("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = '" + table + "'::regclass ORDER BY c.relname");
    }

    private static String day(int plusDays) {
        return "p" + LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString().replace("-", "");
    }

    private static String[] arguments(TestDatabase db, String... command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.addAll(LiquibaseCli.connection(db));
        return arguments.toArray(String[]::new);
    }
}
