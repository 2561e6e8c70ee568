package io.partitionkit.it.flyway.revert;

import io.partitionkit.flyway.PartitionMigration;
import io.partitionkit.flyway.Partitioning;

/** Flyway Community has no undo: a later migration reverts. */
public class V3__Revert_events extends PartitionMigration {
    public V3__Revert_events() {
        super(Partitioning.revertPartitioning("events"));
    }
}
