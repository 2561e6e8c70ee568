package io.partitionkit.core.catalog;

import java.util.Set;

/**
 * Which tables of one schema take part in declarative partitioning, by name.
 *
 * @param partitions        tables that are partitions of another table, at any level (a partition of a partition too),
 *                          whether plain or partitioned themselves
 * @param partitionedTables partitioned tables that are not partitions themselves
 */
public record SchemaPartitions(Set<String> partitions, Set<String> partitionedTables) {

    public SchemaPartitions {
        partitions = Set.copyOf(partitions);
        partitionedTables = Set.copyOf(partitionedTables);
    }

    public boolean isPartition(String table) {
        return partitions.contains(table);
    }

    public boolean isPartitionedTable(String table) {
        return partitionedTables.contains(table);
    }
}
