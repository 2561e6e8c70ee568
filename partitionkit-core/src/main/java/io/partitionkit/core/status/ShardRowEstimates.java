package io.partitionkit.core.status;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.sql.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The planner's row estimates of a Citus distributed table's partitions, summed over their shards:
 * the coordinator's {@code reltuples} of a distributed partition stays 0, the rows' statistics live
 * on the nodes holding the shards. One command goes to every node (the coordinator too, which may
 * hold shards) and returns the {@code reltuples} of the table's shards there, keyed by shard id (the
 * digits Citus appends to a shard's name); a shard placed on several nodes counts once.
 */
final class ShardRowEstimates {

    /** Runs on each node: {"shard id": reltuples} for the table's shards there (named by their schema and the id Citus appends). */
    private static final String NODE_COMMAND = """
            SELECT pg_catalog.format($command$
                SELECT coalesce(pg_catalog.json_object_agg(s.shardid, greatest(c.reltuples, 0)), '{}')
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL (SELECT pg_catalog.substring(c.relname, '_([0-9]+)$')::bigint AS shardid) s
                WHERE n.nspname = ANY (%L::text[]) AND c.relkind = 'r' AND c.relname ~ '_[0-9]+$' AND s.shardid = ANY (%L::bigint[])
                $command$, pg_catalog.array_agg(DISTINCT n.nspname), pg_catalog.array_agg(d.shardid))
            FROM pg_catalog.pg_partition_tree(?::pg_catalog.oid) t
            JOIN pg_catalog.pg_class c ON c.oid = t.relid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_dist_shard d ON d.logicalrelid = t.relid
            """;

    private static final String SUMS = """
            WITH shard_rows AS (
                SELECT e.key::bigint AS shardid, max(e.value::float8) AS estimated_rows
                FROM pg_catalog.unnest(?::text[]) r(node), pg_catalog.json_each_text(r.node::json) e
                GROUP BY 1)
            SELECT n.nspname, c.relname, coalesce(sum(r.estimated_rows), 0)::bigint
            FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL pg_catalog.pg_partition_tree(c.oid) t
            LEFT JOIN pg_catalog.pg_dist_shard s ON s.logicalrelid = t.relid
            LEFT JOIN shard_rows r ON r.shardid = s.shardid
            WHERE i.inhparent = ?
            GROUP BY 1, 2
            """;

    private ShardRowEstimates() {
    }

    /** Each partition of the table with the rows its shards hold, as the nodes' planners estimate them. */
    static Map<QualifiedName, Long> read(Connection connection, long table) {
        try {
            List<String> perNode = nodeResults(connection, table);
            Map<QualifiedName, Long> rows = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(SUMS)) {
                Array results = connection.createArrayOf("text", perNode.toArray());
                statement.setArray(1, results);
                statement.setLong(2, table);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.put(new QualifiedName(result.getString(1), result.getString(2)), result.getLong(3));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new CatalogException("cannot read the row estimates of the shards: " + e.getMessage(), e);
        }
    }

    /** What each node answered; a node that failed stops the read, its error named. */
    private static List<String> nodeResults(Connection connection, long table) throws SQLException {
        List<String> results = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT n.nodeid, n.success, n.result FROM pg_catalog.run_command_on_all_nodes((" + NODE_COMMAND + ")) n")) {
            statement.setLong(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (!result.getBoolean(2)) {
                        throw new SQLException("node " + result.getInt(1) + " answered: " + result.getString(3));
                    }
                    results.add(result.getString(3));
                }
            }
        }
        return results;
    }
}
