package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.ChangelogFormat;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code mvn partition:maintain}, forked for real against PostgreSQL: only maintenance changesets
 * run, recorded as Liquibase records runAlways changesets; dry runs change nothing; one failing
 * table fails the build without stopping the others; DATABASECHANGELOGLOCK is respected; a misspelt
 * attribute stops it. Each test has tables and changeset ids of its own, since the class shares one
 * database.
 */
@ExtendWith(PostgresExtension.class)
class MaintainGoalIT {

    private static TestDatabase db;
    private static CiRole role;

    @BeforeAll
    static void createRole(TestDatabase database) {
        db = database;
        role = CiRole.owning(database);
    }

    /** A day-partitioned table with a DEFAULT partition and no other partition yet. */
    private static void dailyTable(String name) {
        role.execute("CREATE TABLE " + name + " (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) "
                        + "PARTITION BY RANGE (created_at)",
                "CREATE TABLE " + name + "_default PARTITION OF " + name + " DEFAULT");
    }

    private static String maintenance(String id, String table, String extraAttributes) {
        return """
                <changeSet id="%s" author="ops" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="%s" column="created_at" interval="day" premake="3"%s/>
                </changeSet>
                """.formatted(id, table, extraAttributes);
    }

    private static List<String> partitions(String table) {
        return db.column("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = '" + table + "'::regclass ORDER BY c.relname");
    }

    private static List<String> changelogRows(String id) {
        boolean exists = db.value("SELECT to_regclass('public.databasechangelog') IS NOT NULL").equals("true");
        return exists ? db.column("SELECT id || ' ' || exectype FROM databasechangelog WHERE id = '" + id + "'") : List.of();
    }

    /** The name suffix maintenance gives the partition of today plus some days, e.g. {@code p20261121}. */
    static String day(int plusDays) {
        return "p" + LocalDate.now(ZoneOffset.UTC).plusDays(plusDays).toString().replace("-", "");
    }

    @Test
    void runsOnlyTheMaintenanceChangeSetsAndRecordsThemAsRunAlways() {
        dailyTable("events");
        PluginProject project = PluginProject.named("maintain-only-maintenance").withPom().withChangelog("""
                <changeSet id="add-audit-table" author="ops">
                  <createTable tableName="audit"><column name="id" type="bigint"/></createTable>
                </changeSet>
                """ + maintenance("events-maintenance", "events", ""));

        BuildResult first = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();

        assertThat(first.succeeded()).as("%s", first).isTrue();
        assertThat(partitions("events")).containsExactlyInAnyOrder("events_" + day(0), "events_" + day(1), "events_" + day(2),
                "events_" + day(3), "events_default");
        assertThat(changelogRows("events-maintenance")).containsExactly("events-maintenance EXECUTED");
        assertThat(db.value("SELECT to_regclass('public.audit') IS NULL")).as("the other changeset did not run").isEqualTo("true");
        assertThat(changelogRows("add-audit-table")).isEmpty();
        assertThat(first.output()).contains("pending changeset(s) are not maintenance; partition:maintain left them for liquibase update",
                "db/changelog.xml::add-audit-table::ops", "\"public\".\"events\": created 4 partition(s)");

        BuildResult second = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();

        assertThat(second.succeeded()).as("%s", second).isTrue();
        assertThat(changelogRows("events-maintenance")).as("a runAlways changeset keeps one row").containsExactly("events-maintenance RERAN");
        assertThat(second.output()).contains("\"public\".\"events\": created 0 partition(s)");
    }

    @Test
    void aDryRunPrintsTheSqlAndChangesNothing() {
        dailyTable("clicks");
        PluginProject project = PluginProject.named("maintain-dry-run").withPom()
                .withChangelog(maintenance("clicks-maintenance", "clicks", ""));

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).property("partition.dryRun", "true").run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("-- Changeset db/changelog.xml::clicks-maintenance::ops",
                "CREATE TABLE \"public\".\"clicks_" + day(0) + "\" (LIKE \"public\".\"clicks\"",
                "ALTER TABLE \"public\".\"clicks\" ATTACH PARTITION \"public\".\"clicks_" + day(3) + "\"",
                "partition:maintain would run 1 maintenance changeset(s) (dry run: nothing was changed)");
        assertThat(partitions("clicks")).containsExactly("clicks_default");
        assertThat(changelogRows("clicks-maintenance")).isEmpty();
    }

    @Test
    void aFailingTableFailsTheBuildAfterEveryOtherTableIsMaintained() {
        role.execute("CREATE TABLE plain_orders (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)");
        // An expired partition that cannot go (a login still references its row), while new partitions get made.
        dailyTable("sessions");
        role.execute("CREATE TABLE sessions_20200101 PARTITION OF sessions FOR VALUES FROM ('2020-01-01 00:00:00+00') TO ('2020-01-02 00:00:00+00')",
                "INSERT INTO sessions VALUES (1, '2020-01-01 12:00:00+00')",
                "CREATE TABLE logins (id bigint PRIMARY KEY, session_id bigint, session_at timestamptz, "
                        + "FOREIGN KEY (session_id, session_at) REFERENCES sessions)",
                "INSERT INTO logins VALUES (1, 1, '2020-01-01 12:00:00+00')");
        dailyTable("metrics");
        PluginProject project = PluginProject.named("maintain-failures").withPom().withChangelog(
                maintenance("plain-orders-maintenance", "plain_orders", "")
                        + maintenance("sessions-maintenance", "sessions", " retention=\"30 days\"")
                        + maintenance("metrics-maintenance", "metrics", ""));

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains("partition:maintain: 2 maintenance changeset(s) failed",
                "db/changelog.xml::plain-orders-maintenance::ops: ", "is not partitioned; convert it first",
                "db/changelog.xml::sessions-maintenance::ops: ", "violates foreign key constraint");
        assertThat(partitions("metrics")).as("the table after the failures").hasSize(5);
        assertThat(partitions("sessions")).as("the failing table's other work").contains("sessions_" + day(3), "sessions_20200101");
        assertThat(changelogRows("metrics-maintenance")).containsExactly("metrics-maintenance EXECUTED");
        assertThat(changelogRows("plain-orders-maintenance")).isEmpty();
        assertThat(changelogRows("sessions-maintenance")).isEmpty();
    }

    @Test
    void skipDoesNothing() {
        dailyTable("skipped");
        PluginProject project = PluginProject.named("maintain-skip").withPom()
                .withChangelog(maintenance("skipped-maintenance", "skipped", ""));

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).property("partition.skip", "true").run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("partition:maintain skipped (partition.skip)").doesNotContain("Connecting to");
        assertThat(partitions("skipped")).containsExactly("skipped_default");
    }

    @Test
    void waitsForTheLiquibaseLockLikeLiquibaseDoes() {
        dailyTable("locked");
        role.execute("CREATE TABLE IF NOT EXISTS databasechangeloglock (id integer NOT NULL PRIMARY KEY, locked boolean NOT NULL, "
                        + "lockgranted timestamp, lockedby varchar(255))",
                "INSERT INTO databasechangeloglock VALUES (1, true, now(), 'another deployment (test)') "
                        + "ON CONFLICT (id) DO UPDATE SET locked = true, lockgranted = now(), lockedby = 'another deployment (test)'");
        PluginProject project = PluginProject.named("maintain-locked").withPom()
                .withChangelog(maintenance("locked-maintenance", "locked", ""));
        try {
            BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                    .property("partition.changeLogFile", PluginProject.CHANGELOG)
                    // Liquibase tries once, waits one poll interval, tries again, then gives up.
                    .property("liquibase.changelogLockWaitTimeInMinutes", "0")
                    .property("liquibase.changelogLockPollRate", "1").run();

            assertThat(build.succeeded()).as("%s", build).isFalse();
            assertThat(build.output()).contains("Could not acquire change log lock", "another deployment (test)");
            assertThat(partitions("locked")).containsExactly("locked_default");
        } finally {
            role.execute("UPDATE databasechangeloglock SET locked = false, lockgranted = NULL, lockedby = NULL");
        }
    }

    /**
     * Left to Liquibase, the misspelt retentionMode would be passed over and the expired partition
     * dropped instead of detached; maintenance stops before anything runs, in every changelog format.
     */
    @ParameterizedTest
    @EnumSource(ChangelogFormat.class)
    void aMisspeltAttributeStopsMaintenanceBeforeAnythingRuns(ChangelogFormat format) {
        String table = "kept_" + format.name().toLowerCase(Locale.ROOT);
        dailyTable(table);
        role.execute("CREATE TABLE " + table + "_20200101 PARTITION OF " + table
                        + " FOR VALUES FROM ('2020-01-01 00:00:00+00') TO ('2020-01-02 00:00:00+00')",
                "INSERT INTO " + table + " VALUES (1, '2020-01-01 12:00:00+00')");
        String id = table + "-maintenance";
        String changelog = format.fileName("db/changelog");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("tableName", table);
        attributes.put("column", "created_at");
        attributes.put("interval", "day");
        attributes.put("retention", "30 days");
        attributes.put("retentionMod", "detach");
        PluginProject project = PluginProject.named("maintain-misspelt-" + format.name().toLowerCase(Locale.ROOT)).withPom()
                .withChangelogFile(changelog, format.changelog(id, true, "ensurePartitions", attributes));

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", changelog).run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains("partition:maintain stopped: ", format.refusal("ensurePartitions", "retentionMod", "retentionMode"));
        assertThat(partitions(table)).containsExactly(table + "_20200101", table + "_default");
        assertThat(db.value("SELECT count(*) FROM " + table)).isEqualTo("1");
        assertThat(changelogRows(id)).isEmpty();
    }
}
