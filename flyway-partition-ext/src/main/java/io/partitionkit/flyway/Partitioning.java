package io.partitionkit.flyway;

/**
 * Where a Flyway user starts: each of partitionkit's changes for a table, as a builder whose methods
 * carry the Liquibase attributes' names.
 *
 * <pre>
 * public class V7__Partition_events extends PartitionMigration {
 *     public V7__Partition_events() {
 *         super(Partitioning.convertToRangePartitioned("events").column("created_at").interval("day").premake(7));
 *     }
 * }
 * </pre>
 */
public final class Partitioning {

    private Partitioning() {
    }

    public static ConvertToRangePartitioned convertToRangePartitioned(String table) {
        return new ConvertToRangePartitioned(table);
    }

    public static RevertPartitioning revertPartitioning(String table) {
        return new RevertPartitioning(table);
    }

    public static EnsurePartitions ensurePartitions(String table) {
        return new EnsurePartitions(table);
    }
}
