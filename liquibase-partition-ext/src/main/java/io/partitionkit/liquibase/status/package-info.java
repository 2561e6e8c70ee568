/**
 * Partition health judged against a changelog's {@code ensurePartitions} changes: the one
 * implementation behind {@code mvn partition:status} and {@code liquibase partition-status}. Not
 * public API.
 *
 * <p>Depends on Liquibase's changelog parser, the change types in {@code io.partitionkit.liquibase}
 * and {@code core.status}.
 */
package io.partitionkit.liquibase.status;
