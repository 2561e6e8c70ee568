/**
 * {@code partition:status}: reads every partitioned table, judges its health against its
 * {@code ensurePartitions} settings, and reports it.
 *
 * <p>Depends on {@code core.catalog}, {@code core.grid}, and on {@code core.plan} for the
 * ensurePartitions options it judges against and the checks maintenance shares, and on {@code core.run} for the lines it reports. Not public API.
 */
package io.partitionkit.core.status;
