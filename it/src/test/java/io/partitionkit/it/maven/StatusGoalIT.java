package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code mvn partition:status}, forked for real against PostgreSQL holding two day-partitioned
 * tables: {@code readings}, healthy, and {@code alerts}, whose DEFAULT partition holds rows.
 */
@ExtendWith(PostgresExtension.class)
class StatusGoalIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static CiRole role;

    @BeforeAll
    static void createTables(TestDatabase database) {
        role = CiRole.owning(database);
        dailyTable("readings", -2, 8);
        dailyTable("alerts", 0, 8);
        role.execute("INSERT INTO alerts VALUES (1, '2001-01-01 00:00:00+00'), (2, '2001-01-02 00:00:00+00')");
    }

    /** Day partitions from today + {@code from} days up to (excluding) today + {@code to} days, and a DEFAULT. */
    private static void dailyTable(String name, int from, int to) {
        List<String> sql = new ArrayList<>(List.of(
                "CREATE TABLE " + name + " (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)",
                "CREATE TABLE " + name + "_default PARTITION OF " + name + " DEFAULT"));
        for (int day = from; day < to; day++) {
            LocalDate date = TODAY.plusDays(day);
            sql.add("CREATE TABLE " + name + "_p" + date.toString().replace("-", "") + " PARTITION OF " + name
                    + " FOR VALUES FROM ('" + date + " 00:00:00+00') TO ('" + date.plusDays(1) + " 00:00:00+00')");
        }
        // Maintained a moment ago, as partitionkit notes it in the comment, so that no warning says it never was.
        sql.add("DO $$BEGIN EXECUTE format('COMMENT ON TABLE " + name + " IS %L', 'partitionkit: last successful maintenance ' "
                + "|| to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')); END$$");
        role.execute(sql.toArray(String[]::new));
    }

    private static final String POLICIES = """
            <changeSet id="readings-maintenance" author="ops" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions tableName="readings" column="created_at" interval="day" premake="7" retention="30 days"/>
            </changeSet>
            <changeSet id="alerts-maintenance" author="ops" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions tableName="alerts" column="created_at" interval="day" premake="7"/>
            </changeSet>
            """;

    @Test
    void printsEveryTableCheckedAgainstItsEnsurePartitionsChange() {
        PluginProject project = PluginProject.named("status-report").withPom().withChangelog(POLICIES);

        BuildResult build = MavenBuild.of(project, "partition:status").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();

        String today = "readings_p" + TODAY.toString().replace("-", "");
        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains(
                "2 partitioned table(s), 1 warning(s)",
                "\"public\".\"readings\": range on created_at (timestamp with time zone); interval day (ensurePartitions), premake 7, "
                        + "retention 30 days, time zone UTC",
                "\"public\".\"" + today + "\"  " + TODAY + " 00:00:00+00:00  " + TODAY.plusDays(1) + " 00:00:00+00:00",
                "is in \"public\".\"" + today + "\"; partitions reach " + TODAY.plusDays(8) + " 00:00:00+00:00, 7 beyond it",
                "[WARNING]   the DEFAULT partition \"public\".\"alerts_default\" holds 2 row(s)");
    }

    @Test
    void failOnWarningFailsTheBuildWhenTheDefaultPartitionHoldsRows() {
        PluginProject project = PluginProject.named("status-fail-on-warning").withPom().withChangelog(POLICIES);

        BuildResult build = MavenBuild.of(project, "partition:status").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).property("partition.failOnWarning", "true").run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        assertThat(build.output()).contains("partition:status found 1 warning(s) (partition.failOnWarning)",
                "\"public\".\"alerts\": the DEFAULT partition \"public\".\"alerts_default\" holds 2 row(s)");
    }

    @Test
    void withoutAChangelogOrAProjectTheIntervalIsInferred() {
        PluginProject directory = PluginProject.named("status-without-project");

        BuildResult build = MavenBuild.of(directory, "io.partitionkit:partition-maven-plugin:" + PluginProject.pluginVersion() + ":status")
                .connectingAs(role).run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("\"public\".\"readings\": range on created_at (timestamp with time zone); "
                + "interval day (inferred from the bounds)", "retention is not checked");
    }

    @Test
    void helpDescribesEveryGoal() {
        PluginProject project = PluginProject.named("status-help").withPom();

        BuildResult build = MavenBuild.of(project, "partition:help").run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("partition:maintain", "partition:status", "partition:help");
    }
}
