package io.partitionkit.core.status;

/**
 * How much one partition holds, summed over its own partitions when it is sub-partitioned.
 *
 * @param estimatedRows the planner's estimate ({@code reltuples}); 0 for a table never analyzed
 * @param bytes         table, indexes and TOAST
 */
public record PartitionVolume(long estimatedRows, long bytes) {

    public static final PartitionVolume UNKNOWN = new PartitionVolume(0, 0);
}
