package db.migration;

import io.partitionkit.flyway.PartitionMigration;
import io.partitionkit.flyway.Partitioning;

/** Daily partitions on placed_at, a week ahead; the rows stay where they are (strategy attach). */
public class V2__Partition_orders extends PartitionMigration {
    public V2__Partition_orders() {
        super(Partitioning.convertToRangePartitioned("orders").column("placed_at").interval("day").premake(7));
    }
}
