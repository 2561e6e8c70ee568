/**
 * partitionkit for Flyway: {@link io.partitionkit.flyway.Partitioning} builds the changes,
 * {@link io.partitionkit.flyway.PartitionMigration} runs one as a Java migration and
 * {@link io.partitionkit.flyway.MaintenanceCallback} runs maintenance after every {@code migrate}.
 *
 * <p>Depends on the core (which plans and runs everything over JDBC) and on Flyway's API; needs no
 * Liquibase. Writes no SQL. Public API.
 */
package io.partitionkit.flyway;
