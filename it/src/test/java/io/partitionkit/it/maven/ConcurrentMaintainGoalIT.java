package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.Awaiting;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.ServerActivity;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two {@code mvn partition:maintain} at once (an hourly job whose previous run is still busy, two
 * CI pipelines): each table is maintained by exactly one of them, no run fails, every row stays.
 * The overlap is made, not hoped for: a transaction locking the first table holds the first run
 * inside it (lock_timeout is long, so it waits in one attempt) until the second run is seen
 * waiting for DATABASECHANGELOGLOCK, which the first holds; then the transaction ends.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentMaintainGoalIT {

    private static final List<String> TABLES = List.of("alpha", "beta", "gamma");

    @Test
    void twoRunsAtOnceMaintainEachTableOnce(TestDatabase db) throws Exception {
        CiRole role = CiRole.owning(db);
        StringBuilder changeSets = new StringBuilder();
        Map<String, RowFingerprint> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            // 100 rows of today waiting in DEFAULT, and an expired partition to drop; maintenance also fills the
            // three days before today (premake + 1 intervals back).
            role.execute("CREATE TABLE " + table + " (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) "
                            + "PARTITION BY RANGE (created_at)",
                    "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT",
                    "CREATE TABLE " + table + "_20200101 PARTITION OF " + table
                            + " FOR VALUES FROM ('2020-01-01 00:00:00+00') TO ('2020-01-02 00:00:00+00')",
                    "INSERT INTO " + table + " SELECT i, date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + i * interval '1 second' "
                            + "FROM generate_series(1, 100) i");
            rows.put(table, db.fingerprint(table));
            changeSets.append("""
                    <changeSet id="%s-maintenance" author="ops" runAlways="true" runInTransaction="false">
                      <partition:ensurePartitions tableName="%s" column="created_at" interval="day" premake="2" retention="30 days"
                          lockTimeout="2min"/>
                    </changeSet>
                    """.formatted(table, table));
        }
        MavenBuild firstBuild = maintain(role, "maintain-concurrently-first", changeSets.toString());
        MavenBuild secondBuild = maintain(role, "maintain-concurrently-second", changeSets.toString());

        ExecutorService builds = Executors.newFixedThreadPool(2);
        BuildResult first;
        BuildResult second;
        try (Connection blocker = db.connect(); Statement statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("LOCK TABLE alpha IN SHARE MODE");
            Future<BuildResult> firstRun = builds.submit(firstBuild::run);
            ServerActivity.awaitWaitingStep(db, "drop expired partition \"public\".\"alpha_20200101\"", "Lock", firstRun);
            Future<BuildResult> secondRun = builds.submit(secondBuild::run);
            Awaiting.until(() -> secondBuild.outputSoFar().contains("Waiting for changelog lock"),
                    "the second run waited for DATABASECHANGELOGLOCK", secondRun);
            blocker.commit();
            first = firstRun.get(5, TimeUnit.MINUTES);
            second = secondRun.get(5, TimeUnit.MINUTES);
        } finally {
            builds.shutdownNow();
        }

        assertThat(first.succeeded()).as("%s", first).isTrue();
        assertThat(second.succeeded()).as("%s", second).isTrue();
        for (String table : TABLES) {
            String name = "\"public\".\"" + table + "\": ";
            assertThat(first.output()).contains(name + "created 6 partition(s), moved 100 row(s) out of DEFAULT, dropped 1,");
            assertThat(second.output()).contains(name + "created 0 partition(s), moved 0 row(s) out of DEFAULT, dropped 0,");
            assertThat(db.column("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                    + "WHERE i.inhparent = '" + table + "'::regclass ORDER BY c.relname"))
                    .containsExactlyElementsOf(Stream.concat(Stream.of(table + "_default"),
                            IntStream.rangeClosed(-3, 2).mapToObj(day -> table + "_" + MaintainGoalIT.day(day))).toList());
            assertThat(db.fingerprint(table)).isEqualTo(rows.get(table));
            assertThat(db.longValue("SELECT count(*) FROM ONLY " + table + "_default")).isZero();
        }
        assertThat(second.output()).as("the waiting run says for whom").contains("DATABASECHANGELOGLOCK is held by",
                "partition:maintain waits for it");
        assertThat(first.output()).doesNotContain("DATABASECHANGELOGLOCK is held by");
    }

    /** partition:maintain in a checkout of its own (two CI pipelines, two job containers), polling for Liquibase's lock every second. */
    private static MavenBuild maintain(CiRole role, String checkout, String changeSets) {
        PluginProject project = PluginProject.named(checkout).withPom().withChangelog(changeSets);
        return MavenBuild.of(project, "partition:maintain").connectingAs(role).property("partition.changeLogFile", PluginProject.CHANGELOG)
                .property("liquibase.changelogLockPollRate", "1");
    }
}
