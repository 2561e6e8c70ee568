package io.partitionkit.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.run.ReportLine;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.LiquibaseRunner.LiquibaseFailure;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import io.partitionkit.liquibase.maintain.MaintenanceOutcome;
import io.partitionkit.liquibase.maintain.PartitionMaintenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Maintenance and status outside {@code liquibase update}, from an application's own scheduler
 * ({@link PartitionMaintenance} over a DataSource) and from Liquibase's commands
 * ({@code partition-maintain}, {@code partition-status}): the same run as {@code partition:maintain},
 * the same report and failures. Each test has tables and changeset ids of its own, since the class
 * shares one database.
 */
@ExtendWith(PostgresExtension.class)
class MaintenanceEntryPointsIT {

    private static TestDatabase db;
    private static LiquibaseRunner liquibase;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        liquibase = new LiquibaseRunner(database);
    }

    /** A day-partitioned table with a DEFAULT partition and no other partition yet. */
    private static void dailyTable(String name) {
        db.execute("CREATE TABLE " + name + " (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)",
                "CREATE TABLE " + name + "_default PARTITION OF " + name + " DEFAULT");
    }

    private static String maintenance(String id, String table) {
        return """
                <changeSet id="%s" author="ops" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="%s" column="created_at" interval="day" premake="2"/>
                </changeSet>
                """.formatted(id, table);
    }

    private static String otherChangeSet(String table) {
        return """
                <changeSet id="create-%1$s" author="ops">
                  <createTable tableName="%1$s"><column name="id" type="bigint"/></createTable>
                </changeSet>
                """.formatted(table);
    }

    private static List<String> changelogRows(String id) {
        boolean exists = db.value("SELECT to_regclass('public.databasechangelog') IS NOT NULL").equals("true");
        return exists ? db.column("SELECT id || ' ' || exectype FROM databasechangelog WHERE id = '" + id + "'") : List.of();
    }

    private static List<String> partitionNames(String table) {
        return db.column("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = '" + table + "'::regclass ORDER BY c.relname");
    }

    private static String day(int plusDays) {
        return "p" + LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString().replace("-", "");
    }

    private static PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.jdbcUrl());
        dataSource.setUser(db.username());
        dataSource.setPassword(db.password());
        return dataSource;
    }

    @Test
    void anApplicationRunsItsChangelogsMaintenanceOverADataSourceAsTheGoalDoes(@TempDir Path resources)
            throws Exception {
        dailyTable("app_events");
        Files.createDirectories(resources.resolve("db"));
        Files.writeString(resources.resolve("db/changelog.xml"),
                LiquibaseRunner.xmlChangelogText(otherChangeSet("app_audit") + maintenance("app-events-maintenance", "app_events")));
        List<ReportLine> report = new ArrayList<>();
        PartitionMaintenance maintenance = PartitionMaintenance.of("db/changelog.xml")
                .resourceAccessor(new DirectoryResourceAccessor(resources)).reportTo(report::add);

        MaintenanceOutcome first = maintenance.run(dataSource());

        assertThat(first.failed()).isFalse();
        assertThat(first.succeeded()).containsExactly("db/changelog.xml::app-events-maintenance::ops");
        assertThat(first.otherPending()).containsExactly("db/changelog.xml::create-app_audit::ops");
        assertThat(partitionNames("app_events")).containsExactlyInAnyOrder("app_events_" + day(0), "app_events_" + day(1),
                "app_events_" + day(2), "app_events_default");
        assertThat(changelogRows("app-events-maintenance")).containsExactly("app-events-maintenance EXECUTED");
        assertThat(db.value("SELECT to_regclass('public.app_audit') IS NULL")).as("the other changeset did not run").isEqualTo("true");
        assertThat(report).extracting(ReportLine::text).contains("partitionkit maintenance ran 1 maintenance changeset(s)",
                "  \"public\".\"app_events\": created 3 partition(s), moved 0 row(s) out of DEFAULT, dropped 0, detached 0, archived 0 "
                        + "expired partition(s), deleted 0 expired row(s) in " + first.reports().get(0).took().toMillis() + " ms",
                "  db/changelog.xml::create-app_audit::ops");

        maintenance.run(dataSource());

        assertThat(changelogRows("app-events-maintenance")).as("a runAlways changeset keeps one row").containsExactly(
                "app-events-maintenance RERAN");
    }

    @Test
    void settingsGivenInCodeRunWithoutAChangelogAndOneFailingTableDoesNotStopTheOthers() throws Exception {
        dailyTable("code_events");
        db.execute("CREATE TABLE code_plain (id bigint, created_at timestamptz)");
        boolean hadChangelogTable = db.value("SELECT to_regclass('public.databasechangelog') IS NOT NULL").equals("true");

        MaintenanceOutcome outcome = PartitionMaintenance.of(ensure("code_plain"), ensure("code_events")).reportTo(line -> { })
                .run(dataSource());

        assertThat(outcome.succeeded()).containsExactly("ensurePartitions code_events");
        assertThat(outcome.failureMessage("scheduled maintenance")).hasValueSatisfying(message -> assertThat(message).contains(
                "scheduled maintenance: 1 maintenance changeset(s) failed", "ensurePartitions code_plain: ",
                "is not partitioned; convert it first"));
        assertThat(db.partitions("public.code_events")).hasSize(4);
        assertThat(db.value("SELECT to_regclass('public.databasechangelog') IS NOT NULL"))
                .as("nothing is recorded in DATABASECHANGELOG").isEqualTo(String.valueOf(hadChangelogTable));
    }

    @Test
    void settingsGivenInCodeAreValidatedBeforeAnyRuns() {
        dailyTable("code_checked");
        EnsurePartitionsChange bad = ensure("code_checked");
        bad.setInterval("fortnight");

        assertThatThrownBy(() -> PartitionMaintenance.of(ensure("code_checked"), bad).run(dataSource()))
                .hasMessageContaining("invalid ensurePartitions settings")
                .hasMessageContaining("ensurePartitions code_checked: ensurePartitions: interval 'fortnight' is not one of");
        assertThat(partitionNames("code_checked")).containsExactly("code_checked_default");
    }

    private static EnsurePartitionsChange ensure(String table) {
        EnsurePartitionsChange change = new EnsurePartitionsChange();
        change.setTableName(table);
        change.setColumn("created_at");
        change.setInterval("day");
        change.setPremake(2);
        return change;
    }

    @Test
    void thePartitionMaintainCommandRunsOnlyMaintenanceAndReportsAsTheGoalDoes() {
        dailyTable("cli_events");
        String changelog = liquibase.xmlChangelog("cli-maintain.xml", otherChangeSet("cli_audit") + maintenance("cli-events-maintenance",
                "cli_events"));

        String output = liquibase.partitionMaintain(changelog, false);

        assertThat(output).contains("partition-maintain ran 1 maintenance changeset(s)", "\"public\".\"cli_events\": created 3 partition(s)",
                "WARNING: 1 pending changeset(s) are not maintenance; partition-maintain left them for liquibase update:",
                "WARNING:   cli-maintain.xml::create-cli_audit::ops");
        assertThat(db.partitions("public.cli_events")).hasSize(4);
        assertThat(changelogRows("cli-events-maintenance")).containsExactly("cli-events-maintenance EXECUTED");
    }

    @Test
    void aPartitionMaintainDryRunPrintsTheSqlAndChangesNothing() {
        dailyTable("cli_clicks");
        String changelog = liquibase.xmlChangelog("cli-dry.xml", maintenance("cli-clicks-maintenance", "cli_clicks"));

        String output = liquibase.partitionMaintain(changelog, true);

        assertThat(output).contains("-- Changeset cli-dry.xml::cli-clicks-maintenance::ops",
                "ALTER TABLE \"public\".\"cli_clicks\" ATTACH PARTITION \"public\".\"cli_clicks_" + day(2) + "\"",
                "partition-maintain would run 1 maintenance changeset(s) (dry run: nothing was changed)");
        assertThat(partitionNames("cli_clicks")).containsExactly("cli_clicks_default");
        assertThat(changelogRows("cli-clicks-maintenance")).isEmpty();
    }

    @Test
    void aFailingMaintenanceChangeSetFailsTheCommandAfterTheOthersRan() {
        db.execute("CREATE TABLE cli_plain (id bigint, created_at timestamptz)");
        dailyTable("cli_metrics");
        String changelog = liquibase.xmlChangelog("cli-failing.xml", maintenance("cli-plain-maintenance", "cli_plain")
                + maintenance("cli-metrics-maintenance", "cli_metrics"));

        assertThatThrownBy(() -> liquibase.partitionMaintain(changelog, false)).isInstanceOf(LiquibaseFailure.class)
                .hasMessageContaining("partition-maintain: 1 maintenance changeset(s) failed:")
                .hasMessageContaining("cli-failing.xml::cli-plain-maintenance::ops: ")
                .hasMessageContaining("is not partitioned; convert it first");
        assertThat(db.partitions("public.cli_metrics")).as("the table after the failure").hasSize(4);
    }

    @Test
    void thePartitionStatusCommandReportsAndFailsOnWarningsWhenAsked() {
        dailyTable("cli_alerts");
        db.execute("INSERT INTO cli_alerts VALUES (1, '2001-01-01 00:00:00+00')");
        String changelog = liquibase.xmlChangelog("cli-status.xml", maintenance("cli-alerts-maintenance", "cli_alerts"));

        String output = liquibase.partitionStatus(Map.of("changelogFile", changelog));

        assertThat(output).contains("\"public\".\"cli_alerts\": range on created_at (timestamp with time zone); interval day "
                + "(ensurePartitions), premake 2", "WARNING:   the DEFAULT partition \"public\".\"cli_alerts_default\" holds 1 row(s)");
        assertThatThrownBy(() -> liquibase.partitionStatus(Map.of("changelogFile", changelog, "failOnWarning", true)))
                .isInstanceOf(LiquibaseFailure.class)
                .hasMessageContaining("partition-status found")
                .hasMessageContaining("(--fail-on-warning)")
                .hasMessageContaining("the DEFAULT partition \"public\".\"cli_alerts_default\" holds 1 row(s)");
    }
}
