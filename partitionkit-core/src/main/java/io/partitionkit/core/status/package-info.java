/**
 * {@code partition:status}: reads every partitioned table (with the time its maintenance last
 * succeeded, noted in its comment), judges its health against its {@code ensurePartitions} settings,
 * and reports it as text for people, as one JSON document or as Prometheus metrics, written to the
 * log or replacing a file in one rename.
 *
 * <p>Depends on {@code core.catalog}, {@code core.grid}, and on {@code core.plan} for the
 * ensurePartitions options it judges against, the checks maintenance shares and the maintenance
 * record, and on {@code core.run} for the lines it reports. Writes JSON itself (the product jars
 * depend on nothing but the tools they extend). Not public API.
 */
package io.partitionkit.core.status;
