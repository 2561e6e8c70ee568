package io.partitionkit.it.citus;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.CitusCluster;
import io.partitionkit.it.support.CitusExtension;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * convertToRangePartitioned and its rollback on a Citus cluster (a coordinator and two workers): a
 * table distributed on tenant_id becomes a partitioned table distributed on tenant_id, co-located with
 * it, every partition distributed, every row kept, and the rollback gives the plain distributed table
 * back; what Citus cannot do this way is refused before anything changes.
 */
@ExtendWith(CitusExtension.class)
class CitusConversionIT {


    /** A table distributed on tenant_id, one row a minute for 5,000 minutes up to 2026-11-21 11:00 UTC, ten tenants. */
    private static void createEvents(TestDatabase db, String schema) {
        CitusCluster.freshSchema(db, schema);
        db.execute("CREATE TABLE " + schema + ".events (tenant_id bigint NOT NULL, id bigint NOT NULL, created_at timestamptz NOT NULL, "
                        + "note text, PRIMARY KEY (tenant_id, id))",
                "CREATE INDEX events_tenant_created_idx ON " + schema + ".events (tenant_id, created_at)",
                "SELECT create_distributed_table('" + schema + ".events', 'tenant_id')",
                "INSERT INTO " + schema + ".events SELECT i % 10, i, timestamptz '2026-11-21 11:00+00' - i * interval '1 minute', 'event ' || i "
                        + "FROM generate_series(1, 5000) i");
    }

    /** A changeset converting the table events of {@code schema} by day, premaking 2, and reverting it on rollback. */
    static String conversion(String schema, String strategy) {
        return """
                <changeSet id="convert-%s-%s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%s" tableName="events" column="created_at" interval="day"
                      premake="2" strategy="%s"/>
                  <rollback>
                    <partition:revertPartitioning schemaName="%s" tableName="events"/>
                  </rollback>
                </changeSet>""".formatted(schema, CitusCluster.RUN, schema, strategy, schema);
    }

    @Test
    void attachMakesADistributedPartitionedTableColocatedWithTheOldOneKeepingEveryRow(TestDatabase db, CitusCluster cluster) {
        createEvents(db, "attached");
        String colocation = CitusCluster.colocation(db, "attached.events");
        RowFingerprint rows = db.fingerprint("attached.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("attach.xml", conversion("attached", "attach"));

        String sql = PrintedSql.previewChangingNothing(db, liquibase, "attached", changelog);
        liquibase.update(changelog);

        assertThat(sql).contains("SELECT pg_catalog.create_distributed_table('\"attached\".\"events\"', 'tenant_id', "
                + "colocate_with => '\"attached\".\"events_legacy\"')",
                "set_config('citus.propagate_set_commands', 'local', true)", "EXECUTE 'SET LOCAL lock_timeout = ''5s''';");
        assertThat(db.partitions("attached.events")).containsExactly(
                "attached.events_default DEFAULT",
                "attached.events_legacy FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00+00')",
                "attached.events_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')");
        assertThat(CitusCluster.tables(db, "attached")).as("distributed (h), all in the old table's co-location group").containsExactly(
                Map.entry("attached.events", "h " + colocation), Map.entry("attached.events_default", "h " + colocation),
                Map.entry("attached.events_legacy", "h " + colocation), Map.entry("attached.events_p20261123", "h " + colocation));
        assertThat(db.fingerprint("attached.events")).isEqualTo(rows);
        // The new partition's shards exist on the workers, spread over both.
        List<String> shards = db.column("SELECT shard_name(logicalrelid, shardid) FROM pg_dist_shard "
                + "WHERE logicalrelid = 'attached.events_p20261123'::regclass");
        long found = 0;
        for (TestDatabase worker : cluster.workers()) {
            long here = 0;
            for (String shard : shards) {
                here += worker.longValue("SELECT count(*) FROM (SELECT to_regclass('" + shard + "') AS shard) s WHERE shard IS NOT NULL");
            }
            assertThat(here).as("shards on " + worker.jdbcUrl()).isPositive();
            found += here;
        }
        assertThat(found).isEqualTo(shards.size());

        // Rows written since the conversion, in the new day and in DEFAULT, go back too.
        db.execute("INSERT INTO attached.events SELECT i % 10, 10000 + i, timestamptz '2026-11-23 06:00+00' + i * interval '1 hour', 'new' "
                + "FROM generate_series(1, 40) i");
        RowFingerprint everything = db.fingerprint("attached.events");

        Map<String, Object> converted = SchemaState.of(db, "attached");
        String rollbackSql = String.join("\n", PrintedSql.partitionkitStatements(liquibase.rollbackCountSql(changelog, 1)));
        assertThat(SchemaState.of(db, "attached")).as("rollback-sql changed nothing").isEqualTo(converted);
        assertThat(rollbackSql).contains("set_config('citus.propagate_set_commands', 'local', true)",
                "EXECUTE 'SET LOCAL lock_timeout = ''5s''';",
                "ALTER INDEX \"attached\".\"events_legacy_tenant_created_idx\" RENAME TO \"events_tenant_created_idx\"");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'attached.events'::regclass")).isEqualTo("r");
        assertThat(CitusCluster.tables(db, "attached")).as("a plain table distributed as before, in the same co-location group")
                .containsExactly(Map.entry("attached.events", "h " + colocation));
        assertThat(db.value("SELECT column_to_column_name(logicalrelid, partkey) FROM pg_dist_partition "
                + "WHERE logicalrelid = 'attached.events'::regclass")).isEqualTo("tenant_id");
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'attached.events'::regclass "
                + "AND contype = 'p'")).isEqualTo("PRIMARY KEY (tenant_id, id)");
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'attached.events'::regclass ORDER BY 1"))
                .as("the indexes under their names").containsExactly("attached.events_pkey", "attached.events_tenant_created_idx");
        assertThat(db.fingerprint("attached.events")).isEqualTo(everything);
    }

    @Test
    void emptyStartsADistributedPartitionedTableAndKeepsTheOldOneAsideDistributed(TestDatabase db) {
        createEvents(db, "started");
        String colocation = CitusCluster.colocation(db, "started.events");
        RowFingerprint rows = db.fingerprint("started.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        String changelog = liquibase.xmlChangelog("empty.xml", conversion("started", "empty"));
        liquibase.update(changelog);

        assertThat(db.partitions("started.events")).containsExactly(
                "started.events_default DEFAULT",
                "started.events_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00+00') TO ('2026-11-22 00:00:00+00')",
                "started.events_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00+00') TO ('2026-11-23 00:00:00+00')",
                "started.events_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')");
        assertThat(CitusCluster.tables(db, "started")).as("the new table and the old one, co-located").containsExactly(
                Map.entry("started.events", "h " + colocation), Map.entry("started.events_default", "h " + colocation),
                Map.entry("started.events_legacy", "h " + colocation), Map.entry("started.events_p20261121", "h " + colocation),
                Map.entry("started.events_p20261122", "h " + colocation), Map.entry("started.events_p20261123", "h " + colocation));
        assertThat(db.longValue("SELECT count(*) FROM started.events")).isZero();
        assertThat(db.fingerprint("started.events_legacy")).isEqualTo(rows);
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'started.events'::regclass ORDER BY 1"))
                .as("the new table has the old one's index names").containsExactly("started.events_pkey", "started.events_tenant_created_idx");

        // Reverting would copy the partitioned table's rows into a new table while a trigger logs writes; Citus runs no such trigger.
        Map<String, Object> converted = SchemaState.of(db, "started");
        assertThatThrownBy(() -> liquibase.rollbackCount(changelog, 1)).hasMessageContaining("\"started\".\"events\" is a distributed "
                + "table of Citus (on column 'tenant_id'): it is reverted by its legacy partition only, since a revert by copying builds "
                + "the plain table outside Citus and logs the writes made during the copy with a trigger, which Citus does not run on "
                + "distributed tables; it has no partition named events_legacy");
        assertThat(SchemaState.of(db, "started")).isEqualTo(converted);
    }

    @Test
    void copyAndReferenceTablesAreRefusedBeforeAnythingChanges(TestDatabase db) {
        createEvents(db, "refused");
        db.execute("CREATE TABLE refused.regions (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                "SELECT create_reference_table('refused.regions')");
        Map<String, Object> before = SchemaState.of(db, "refused");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("copy.xml", conversion("refused", "copy"))))
                .hasMessageContaining("\"refused\".\"events\" is a distributed table of Citus (on column 'tenant_id'): strategy copy "
                        + "builds the new table outside Citus and logs the writes made during the copy with a trigger, which Citus does not "
                        + "run on distributed tables; use strategy attach");
        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("reference.xml", conversion("refused", "attach")
                .replace("tableName=\"events\"", "tableName=\"regions\"").replace("convert-refused", "convert-regions"))))
                .hasMessageContaining("\"refused\".\"regions\" is a reference table of Citus: Citus does not partition reference tables");
        assertThat(SchemaState.of(db, "refused")).isEqualTo(before);
    }
}
