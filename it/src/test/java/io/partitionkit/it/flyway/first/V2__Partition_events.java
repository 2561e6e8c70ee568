package io.partitionkit.it.flyway.first;

import io.partitionkit.flyway.PartitionMigration;
import io.partitionkit.flyway.Partitioning;

/** The README's Flyway migration, in this test's package. */
public class V2__Partition_events extends PartitionMigration {
    public V2__Partition_events() {
        super(Partitioning.convertToRangePartitioned("events").column("created_at").interval("day").premake(7));
    }
}
