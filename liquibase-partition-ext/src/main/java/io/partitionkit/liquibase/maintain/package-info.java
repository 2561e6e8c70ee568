/**
 * Running only the maintenance changesets of a changelog (those made only of
 * {@code ensurePartitions}), or printing what they would do: the one implementation behind
 * {@code mvn partition:maintain}, {@code liquibase partition-maintain} and an application's own
 * scheduler. {@link io.partitionkit.liquibase.maintain.PartitionMaintenance},
 * {@link io.partitionkit.liquibase.maintain.MaintenanceOutcome} and
 * {@link io.partitionkit.liquibase.maintain.ChangeSetFailure} are public API; the rest is not.
 *
 * <p>Depends on Liquibase, the change types in {@code io.partitionkit.liquibase} and {@code core.run}.
 */
package io.partitionkit.liquibase.maintain;
