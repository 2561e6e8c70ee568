/**
 * Liquibase's snapshot, diff and generated changelogs with partitioned tables: on PostgreSQL a
 * partitioned table is one table, its partitions (and their indexes and keys, and the foreign keys
 * PostgreSQL derives for them) are no tables or objects of their own; a partitioned table whose
 * partitions follow one interval is generated as {@code createTable} followed by
 * {@code convertToRangePartitioned} and a {@code runAlways} {@code ensurePartitions} changeset,
 * written with the partition namespace.
 *
 * <p>Depends on the core (catalog reads, the interval inference of status), the change types, and
 * Liquibase's snapshot, diff-output and serializer extension points. Writes no SQL.
 */
package io.partitionkit.liquibase.snapshot;
