package io.partitionkit.it.citus;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.status.StatusAnalysis;
import io.partitionkit.core.status.StatusPolicy;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.core.status.TableMetrics;
import io.partitionkit.core.status.TableStatus;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.CitusCluster;
import io.partitionkit.it.support.CitusExtension;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ensurePartitions and status on a partitioned table Citus distributes on tenant_id: new partitions
 * are distributed and co-located with the table, rows waiting in DEFAULT move shard to shard,
 * expired partitions are dropped and expired rows deleted on the workers, and status measures the
 * shards, not the coordinator's empty shells.
 */
@ExtendWith(CitusExtension.class)
class CitusMaintenanceIT {


    /** Days 2026-11-17 to 2026-11-21 and a DEFAULT, distributed on tenant_id; a row a minute up to 11:00 on the 21st, 30 on the 23rd. */
    private static void createEvents(TestDatabase db, String schema) {
        CitusCluster.freshSchema(db, schema);
        db.execute("CREATE TABLE " + schema + ".events (tenant_id bigint NOT NULL, id bigint NOT NULL, created_at timestamptz NOT NULL, "
                        + "note text, PRIMARY KEY (tenant_id, id, created_at)) PARTITION BY RANGE (created_at)");
        for (int day = 17; day <= 21; day++) {
            db.execute("CREATE TABLE " + schema + ".events_p202611" + day + " PARTITION OF " + schema + ".events FOR VALUES FROM ('2026-11-"
                    + day + " 00:00+00') TO ('2026-11-" + (day + 1) + " 00:00+00')");
        }
        db.execute("CREATE TABLE " + schema + ".events_default PARTITION OF " + schema + ".events DEFAULT",
                "SELECT create_distributed_table('" + schema + ".events', 'tenant_id')",
                "INSERT INTO " + schema + ".events SELECT i % 10, i, timestamptz '2026-11-21 11:00+00' - i * interval '1 minute', 'event' "
                        + "FROM generate_series(0, 5759) i",
                "INSERT INTO " + schema + ".events SELECT i % 10, 100000 + i, timestamptz '2026-11-23 06:00+00' + i * interval '1 minute', "
                        + "'early' FROM generate_series(1, 30) i");
    }

    @Test
    void maintenanceDistributesWhatItCreatesAndRemovesWhatExpiredOnTheWorkers(TestDatabase db) {
        createEvents(db, "kept");
        String colocation = CitusCluster.colocation(db, "kept.events");
        RowFingerprint kept = db.fingerprint("(SELECT * FROM kept.events WHERE created_at >= '2026-11-19 12:00+00')");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("maintain.xml", Maintenance.changeSet("maintain-" + CitusCluster.RUN,
                "schemaName=\"kept\" "
                + "tableName=\"events\" column=\"created_at\" interval=\"day\" premake=\"2\" retention=\"2 days\" batchSize=\"500\""));

        MaintenanceReport report = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(report.count(MaintenancePlan.Effect.DROP)).as(report.summary()).isEqualTo(2);
        assertThat(report.count(MaintenancePlan.Effect.CREATE)).isEqualTo(2);
        assertThat(report.rowsDeleted()).as("2026-11-19 before noon, a row a minute").isEqualTo(720);
        assertThat(db.column("SELECT logicalrelid::regclass::text || ' ' || partmethod::text || ' ' || colocationid FROM pg_dist_partition "
                + "WHERE logicalrelid::regclass::text LIKE 'kept.%' ORDER BY 1")).containsExactly(
                "kept.events h " + colocation, "kept.events_default h " + colocation, "kept.events_p20261119 h " + colocation,
                "kept.events_p20261120 h " + colocation, "kept.events_p20261121 h " + colocation, "kept.events_p20261122 h " + colocation,
                "kept.events_p20261123 h " + colocation);
        assertThat(db.longValue("SELECT count(*) FROM kept.events_p20261123 WHERE note = 'early'")).isEqualTo(30);
        assertThat(db.longValue("SELECT count(*) FROM ONLY kept.events_default")).isZero();
        assertThat(db.fingerprint("kept.events")).isEqualTo(kept);

        db.execute("ANALYZE kept.events");
        TableStatus status = status(db, "kept").tables().get(0);
        TableMetrics metrics = TableMetrics.of(status);
        assertThat(status.partitions().stream().filter(p -> !p.name().name().endsWith("default"))
                .map(p -> p.name().name() + " " + p.rows())).as("rows as the workers' planners estimate them, after ANALYZE")
                .containsExactly("events_p20261119 720", "events_p20261120 1440", "events_p20261121 661", "events_p20261122 0",
                        "events_p20261123 30");
        assertThat(status.warnings()).as(status.warnings().toString()).isEmpty();
        assertThat(metrics.bytes()).as("the shards' size").isEqualTo(db.longValue("SELECT sum(citus_total_relation_size(inhrelid)) "
                + "FROM pg_inherits WHERE inhparent = 'kept.events'::regclass"));
        assertThat(metrics.bytes()).isGreaterThan(db.longValue("SELECT sum(pg_total_relation_size(inhrelid)) FROM pg_inherits "
                + "WHERE inhparent = 'kept.events'::regclass"));
    }

    @Test
    void archivedAndFrozenPartitionsStayDistributed(TestDatabase db) {
        createEvents(db, "aged");
        CitusCluster.freshSchema(db, "aged_archive");
        RowFingerprint archived = db.fingerprint("(SELECT * FROM aged.events WHERE created_at < '2026-11-19 00:00+00')");
        RowFingerprint all = db.fingerprint("aged.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("archive.xml", Maintenance.changeSet("archive-" + CitusCluster.RUN,
                "schemaName=\"aged\" "
                + "tableName=\"events\" column=\"created_at\" interval=\"day\" premake=\"2\" retention=\"2 days\" "
                + "retentionMode=\"archive\" archiveSchema=\"aged_archive\" deleteExpiredRows=\"false\" freezeColumns=\"id\" "
                + "freezeAfter=\"1\""));

        MaintenanceReport report = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(report.count(MaintenancePlan.Effect.ARCHIVE)).as(report.summary()).isEqualTo(2);
        assertThat(report.count(MaintenancePlan.Effect.FREEZE)).isPositive();
        assertThat(db.column("SELECT logicalrelid::regclass::text || ' ' || partmethod::text FROM pg_dist_partition "
                + "WHERE logicalrelid::regclass::text LIKE 'aged_archive.%' ORDER BY 1"))
                .containsExactly("aged_archive.events_p20261117 h", "aged_archive.events_p20261118 h");
        assertThat(db.fingerprint("(SELECT * FROM aged_archive.events_p20261117 UNION ALL SELECT * FROM aged_archive.events_p20261118)"))
                .isEqualTo(archived);
        assertThat(db.longValue("SELECT count(*) FROM pg_constraint WHERE conrelid = 'aged.events_p20261119'::regclass AND contype = 'c' "
                + "AND convalidated")).as("the frozen bounds of an old day").isPositive();
        assertThat(db.longValue("SELECT count(*) FROM aged.events") + db.longValue("SELECT count(*) FROM aged_archive.events_p20261117")
                + db.longValue("SELECT count(*) FROM aged_archive.events_p20261118")).isEqualTo(all.rows());
    }

    /**
     * Citus moves a shard with its co-located shards (block_writes, in a transaction kept open: the move
     * holds its locks until then). While it does, Citus refuses to co-locate a new table with the group,
     * so the partitions to create fail at once, changing nothing; the run after the move creates them.
     */
    @Test
    void aShardMoveInProgressStopsTheNewPartitionsUntilTheNextRun(TestDatabase db, CitusCluster cluster) throws SQLException {
        createEvents(db, "moving");
        RowFingerprint rows = db.fingerprint("moving.events");
        List<String> before = db.partitions("moving.events");
        TestDatabase from = cluster.workers().get(0);
        String shard = CitusCluster.firstShardOn(db, from, "moving.events_p20261121");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("moving.xml", Maintenance.changeSet("moving-" + CitusCluster.RUN,
                "schemaName=\"moving\" tableName=\"events\" column=\"created_at\" interval=\"day\" premake=\"2\" lockTimeout=\"200ms\""));

        Maintenance.Run duringMove;
        try (Connection mover = db.connect(); Statement move = mover.createStatement()) {
            mover.setAutoCommit(false);
            move.execute("SELECT citus_move_shard_placement(" + shard + ", " + CitusCluster.hostAndPort(from) + ", "
                    + CitusCluster.hostAndPort(cluster.workers().get(1)) + ", shard_transfer_mode => 'block_writes')");
            duringMove = Maintenance.update(liquibase, changelog);
            mover.rollback();
        }

        assertThat(duringMove.report().failures()).as(duringMove.report().summary()).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.error()).contains("could not acquire the lock required to colocate"));
        assertThat(db.partitions("moving.events")).isEqualTo(before);
        assertThat(db.fingerprint("moving.events")).isEqualTo(rows);

        MaintenanceReport after = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(after.count(MaintenancePlan.Effect.CREATE)).as(after.summary()).isEqualTo(2);
        assertThat(db.longValue("SELECT count(*) FROM moving.events_p20261123 WHERE note = 'early'")).isEqualTo(30);
        assertThat(db.fingerprint("moving.events")).isEqualTo(rows);
    }

    @Test
    void rowsWaitingInADistributedDefaultAreSeenByStatus(TestDatabase db) {
        createEvents(db, "waiting");

        TableStatus status = status(db, "waiting").tables().get(0);

        assertThat(TableMetrics.of(status).defaultRows()).isEqualTo(30);
    }

    /** The status of the table events of {@code schema}, maintained by day with premake 2 and retention 2 days. */
    static StatusReport status(TestDatabase db, String schema) {
        MaintenanceOptions options = MaintenanceOptions.parse(schema, "events", "created_at", "day", 2, "2 days", null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        try (Connection connection = db.connect()) {
            StatusPolicy policy = StatusPolicy.of(options, schema);
            StatusReport report = StatusAnalysis.analyze(new StatusReader(connection).read(), Map.of(policy.table(), policy), NOON);
            return new StatusReport(report.at(), report.tables().stream().filter(t -> t.table().schema().equals(schema)).toList(),
                    List.of());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
