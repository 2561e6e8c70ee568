package io.partitionkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.sql.QualifiedName;
import org.junit.jupiter.api.Test;

/** How a new table becomes a Citus table of the kind of the table it joins. */
class CitusDdlTest {

    private static final QualifiedName PARTITION = new QualifiedName("app", "events_p20261123");
    private static final QualifiedName TABLE = new QualifiedName("app", "events");

    @Test
    void aDistributedTablesPartitionIsDistributedOnTheSameColumnColocated() {
        assertThat(Ddl.makeCitusTable(PARTITION, new CitusTable(CitusTable.Kind.DISTRIBUTED, "Tenant Id", 4), TABLE)).contains(
                "SELECT pg_catalog.create_distributed_table('\"app\".\"events_p20261123\"', 'Tenant Id', colocate_with => "
                        + "'\"app\".\"events\"')");
    }

    @Test
    void aSingleShardTablesPartitionGetsItsShardUnlessItsSchemaGaveItOne() {
        assertThat(Ddl.makeCitusTable(PARTITION, new CitusTable(CitusTable.Kind.SINGLE_SHARD, null, 7), TABLE)).contains(
                "SELECT pg_catalog.create_distributed_table('\"app\".\"events_p20261123\"', NULL, colocate_with => '\"app\".\"events\"') "
                        + "WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition d WHERE d.logicalrelid = "
                        + "'\"app\".\"events_p20261123\"'::regclass)");
    }

    @Test
    void aLocalTablesPartitionJoinsTheMetadataAndAReferenceTableHasNone() {
        assertThat(Ddl.makeCitusTable(PARTITION, new CitusTable(CitusTable.Kind.LOCAL, null, 0), TABLE))
                .contains("SELECT pg_catalog.citus_add_local_table_to_metadata('\"app\".\"events_p20261123\"')");
        assertThat(Ddl.makeCitusTable(PARTITION, new CitusTable(CitusTable.Kind.REFERENCE, null, 2), TABLE)).isEmpty();
    }
}
