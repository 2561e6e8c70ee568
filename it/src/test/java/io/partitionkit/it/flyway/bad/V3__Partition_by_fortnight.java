package io.partitionkit.it.flyway.bad;

import io.partitionkit.flyway.PartitionMigration;
import io.partitionkit.flyway.Partitioning;

/** An interval no key has, and a strategy that does not exist. */
public class V3__Partition_by_fortnight extends PartitionMigration {
    public V3__Partition_by_fortnight() {
        super(Partitioning.convertToRangePartitioned("audit").column("created_at").interval("fortnight").strategy("move"));
    }
}
