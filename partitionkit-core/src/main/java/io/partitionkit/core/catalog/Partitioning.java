package io.partitionkit.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * How a partitioned table is partitioned.
 *
 * @param strategy    {@code r} range, {@code l} list, {@code h} hash
 * @param keyColumns  the key columns, null for an expression
 */
public record Partitioning(char strategy, List<String> keyColumns, List<Partition> partitions) {

    public boolean isRange() {
        return strategy == 'r';
    }

    public Optional<Partition> defaultPartition() {
        return partitions.stream().filter(Partition::isDefault).findFirst();
    }
}
