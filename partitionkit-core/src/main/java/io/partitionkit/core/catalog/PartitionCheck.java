package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;

/**
 * A CHECK constraint a partition has of its own (not one it inherits from its partitioned table).
 *
 * @param validated whether PostgreSQL has checked every row against it (only then does the planner use it)
 * @param comment   its comment, null without one
 */
public record PartitionCheck(QualifiedName partition, String name, boolean validated, String comment) {
}
