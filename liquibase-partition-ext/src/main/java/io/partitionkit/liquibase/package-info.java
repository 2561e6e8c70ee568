/**
 * The Liquibase extension: the change types {@code convertToRangePartitioned},
 * {@code revertPartitioning}, {@code ensurePartitions} and {@code restorePartitions} (their names and attributes, in every
 * changelog format, are the public interface; the classes are not), and the statements that run a
 * plan. Thin: it parses attributes, asks the core to plan and hands Liquibase the steps; it writes
 * no SQL.
 *
 * <p>Depends on the core and Liquibase.
 */
package io.partitionkit.liquibase;
