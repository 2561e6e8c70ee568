package io.partitionkit.it.citus;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.status.TableStatus;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.CitusCluster;
import io.partitionkit.it.support.CitusExtension;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Citus tables that are not distributed on a column: a table of a schema Citus shards (each
 * tenant's schema one shard group), a single-shard table outside one, and a Citus local table on the
 * coordinator. Each is converted by attach, maintained and rolled back, and every table partitionkit
 * makes of it is a Citus table of the same kind, in the same co-location group, every row kept.
 */
@ExtendWith(CitusExtension.class)
class CitusTableKindsIT {

    /** events with a row a minute for 5,000 minutes up to 2026-11-21 11:00 UTC; {@code citusCall} makes it a Citus table. */
    private static void createEvents(TestDatabase db, String schema, String... citusCalls) {
        db.execute("CREATE TABLE " + schema + ".events (id bigint NOT NULL, created_at timestamptz NOT NULL, note text, PRIMARY KEY (id))",
                "CREATE INDEX events_created_idx ON " + schema + ".events (created_at)");
        db.execute(citusCalls);
        db.execute("INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-21 11:00+00' - i * interval '1 minute', 'event ' || i "
                + "FROM generate_series(1, 5000) i");
    }

    private static String changelog(String schema) {
        return CitusConversionIT.conversion(schema, "attach") + Maintenance.changeSet("maintain-" + schema + "-" + CitusCluster.RUN,
                "schemaName=\"" + schema + "\" tableName=\"events\" column=\"created_at\" interval=\"day\" premake=\"4\"");
    }

    /**
     * Converts, maintains and rolls back the table of {@code schema}, checking after each that every
     * table of the schema is a Citus table of method {@code method} in the table's co-location group.
     */
    private static void convertMaintainAndRollBack(TestDatabase db, String schema, String method) {
        String group = method + " " + CitusCluster.colocation(db, schema + ".events");
        RowFingerprint rows = db.fingerprint(schema + ".events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog(schema + ".xml", changelog(schema));

        MaintenanceReport maintenance = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(maintenance.count(MaintenancePlan.Effect.CREATE)).as(maintenance.summary()).isEqualTo(2);
        assertThat(db.partitions(schema + ".events")).hasSize(5).contains(schema + ".events_legacy FOR VALUES FROM (MINVALUE) TO "
                + "('2026-11-23 00:00:00+00')", schema + ".events_p20261125 FOR VALUES FROM ('2026-11-25 00:00:00+00') TO "
                + "('2026-11-26 00:00:00+00')");
        assertThat(CitusCluster.tables(db, schema)).as("every table of the conversion and the maintenance").containsExactly(
                Map.entry(schema + ".events", group), Map.entry(schema + ".events_default", group),
                Map.entry(schema + ".events_legacy", group), Map.entry(schema + ".events_p20261123", group),
                Map.entry(schema + ".events_p20261124", group), Map.entry(schema + ".events_p20261125", group));
        assertThat(db.fingerprint(schema + ".events")).isEqualTo(rows);
        db.execute("ANALYZE " + schema + ".events");
        TableStatus status = CitusMaintenanceIT.status(db, schema).tables().get(0);
        assertThat(status.partitions()).as("rows and size measured on the shards")
                .filteredOn(partition -> partition.name().name().equals("events_legacy"))
                .singleElement().satisfies(legacy -> {
                    assertThat(legacy.rows()).isEqualTo(5000);
                    assertThat(legacy.bytes()).isEqualTo(db.longValue("SELECT citus_total_relation_size('" + schema + ".events_legacy')"));
                });

        db.execute("INSERT INTO " + schema + ".events SELECT 10000 + i, timestamptz '2026-11-23 06:00+00' + i * interval '1 hour', 'new' "
                + "FROM generate_series(1, 100) i");
        RowFingerprint everything = db.fingerprint(schema + ".events");

        liquibase.rollbackCount(changelog, 2);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".events'::regclass")).isEqualTo("r");
        assertThat(CitusCluster.tables(db, schema)).containsExactly(Map.entry(schema + ".events", group));
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = '" + schema + ".events'::regclass "
                + "ORDER BY 1")).containsExactly(schema + ".events_created_idx", schema + ".events_pkey");
        assertThat(db.fingerprint(schema + ".events")).isEqualTo(everything);
    }

    @Test
    void aTableOfASchemaCitusShardsStaysInItsSchemasShardGroup(TestDatabase db) {
        CitusCluster.freshSchema(db, "tenant_sharded");
        db.execute("SELECT citus_schema_distribute('tenant_sharded')");
        createEvents(db, "tenant_sharded");

        convertMaintainAndRollBack(db, "tenant_sharded", "n");
    }

    @Test
    void aSingleShardTableKeepsItsShardsTogether(TestDatabase db) {
        CitusCluster.freshSchema(db, "single_shard");
        createEvents(db, "single_shard", "SELECT create_distributed_table('single_shard.events', NULL)");

        convertMaintainAndRollBack(db, "single_shard", "n");
    }

    @Test
    void aCitusLocalTableStaysInCitusMetadataOnTheCoordinator(TestDatabase db) {
        CitusCluster.freshSchema(db, "local_kept");
        createEvents(db, "local_kept", "SELECT citus_add_local_table_to_metadata('local_kept.events')");

        convertMaintainAndRollBack(db, "local_kept", "n");
    }
}
