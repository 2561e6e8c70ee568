package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to the plugin goals, in real forked builds: a goal names every bad parameter at once,
 * with its value and what is accepted, before it connects; a changelog whose maintenance changes
 * have bad attributes stops partition:maintain before any changeset runs. The database is unchanged
 * each time.
 */
@ExtendWith(PostgresExtension.class)
class PluginParametersIT {

    private static final String MAINTENANCE = """
            <changeSet id="events-maintenance" author="ops" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions schemaName="app" tableName="events" column="created_at" interval="day" premake="3"/>
            </changeSet>
            """;

    private static TestDatabase db;
    private static CiRole role;

    private Map<String, Object> before;

    /** A day-partitioned table with rows in its DEFAULT partition, which a maintenance run would move. */
    @BeforeAll
    static void createTable(TestDatabase database) {
        db = database;
        role = CiRole.owning(database);
        role.execute("CREATE SCHEMA app",
                "CREATE TABLE app.events (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) "
                        + "PARTITION BY RANGE (created_at)",
                "CREATE TABLE app.events_default PARTITION OF app.events DEFAULT",
                "INSERT INTO app.events SELECT i, now() - i * interval '1 hour' FROM generate_series(1, 100) i");
    }

    @BeforeEach
    void rememberTheSchema() {
        before = SchemaState.of(db, "app");
    }

    private void assertNothingChanged() {
        assertThat(SchemaState.of(db, "app")).isEqualTo(before);
        assertThat(LiquibaseRunner.recorded(db, PluginProject.CHANGELOG)).isEmpty();
    }

    @Test
    void maintainNamesEveryBadParameterBeforeConnecting() {
        PluginProject project = PluginProject.named("parameters-maintain").withPom().withChangelog(MAINTENANCE);

        BuildResult build = MavenBuild.of(project, "partition:maintain")
                .property("partition.url", "jdbc:mysql://db.example.com/app")
                .property("partition.serverId", "no-such-server")
                .property("partition.changeLogFile", "db/no-such-changelog.xml")
                .property("partition.dryRun", "yes").run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains("partition:maintain cannot run with these parameters:",
                        "  - partition.changeLogFile 'db/no-such-changelog.xml' is not a file under [",
                        "  - partition.dryRun 'yes' is not true or false",
                        "  - partition.url 'jdbc:mysql://db.example.com/app' is not a PostgreSQL JDBC URL; expected "
                                + "jdbc:postgresql://host:port/database",
                        "  - partition.serverId 'no-such-server' names no <server> in settings.xml")
                .doesNotContain("Connecting to");
        assertNothingChanged();
    }

    @Test
    void statusNamesEveryBadParameterAndDoesNotSkipOnAnUnclearSkip() {
        PluginProject project = PluginProject.named("parameters-status").withPom();

        BuildResult build = MavenBuild.of(project, "partition:status")
                .property("partition.skip", "sometimes")
                .property("partition.failOnWarning", "perhaps")
                .property("partition.format", "yaml")
                .property("partition.outputFile", " ")
                .property("partition.maxMaintenanceAge", "2 fortnights").run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains("partition:status cannot run with these parameters:",
                "  - partition.skip 'sometimes' is not true or false",
                "  - partition.failOnWarning 'perhaps' is not true or false",
                "  - partition.format 'yaml' is not one of text, json, prometheus",
                "  - partition.outputFile is empty; give a file to write the report to, or leave it out for the log",
                "  - partition.maxMaintenanceAge '2 fortnights' is not an age: give a whole number and a unit (s, min, h, d, or seconds, "
                        + "minutes, hours, days), such as 36h or 2 days",
                "  - partition.url is required: the JDBC URL of the database").doesNotContain("skipped (partition.skip)");
        assertNothingChanged();
    }

    @Test
    void anUnknownUserIsNamedWithWhereThePasswordCameFromAndTheServersReason() {
        PluginProject project = PluginProject.named("parameters-user").withPom().withChangelog(MAINTENANCE);

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.username", "no_such_user")
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains("cannot connect to " + role.url() + " as no_such_user (password from property "
                + "partition.password): FATAL: password authentication failed for user \"no_such_user\"");
        assertNothingChanged();
    }

    @Test
    void maintainRefusesBadAttributesBeforeAnyChangeSetRuns() {
        PluginProject project = PluginProject.named("parameters-attributes").withPom().withChangelog(MAINTENANCE + """
                <changeSet id="events-misconfigured" author="ops" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions schemaName="app" tableName="events" column="created_at" interval="day"
                      premake="seven" retention="3 fortnights" retentionMode="purge" moveDefaultRows="yes"/>
                </changeSet>
                """);

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains(
                "ensurePartitions: premake 'seven' is not a whole number from 0 to 1000, db/changelog.xml::events-misconfigured::ops",
                "ensurePartitions: moveDefaultRows 'yes' is not true or false",
                "ensurePartitions: retention '3 fortnights' is not a positive whole number followed by hours, days, weeks, months or years",
                "ensurePartitions: retentionMode 'purge' is not one of drop, detach, archive");
        assertNothingChanged();
    }
}
