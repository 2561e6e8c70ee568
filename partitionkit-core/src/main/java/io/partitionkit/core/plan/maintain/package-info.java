/**
 * {@code ensurePartitions}: units of maintenance (create, move rows out of DEFAULT, drop, detach or
 * archive, move archived partitions to the archive tablespace, delete expired rows, freeze or
 * unfreeze old partitions), each run on its own; and {@code restorePartitions}, which attaches
 * archived partitions again.
 *
 * <p>Depends on {@code core.plan} and what it depends on. Not public API.
 */
package io.partitionkit.core.plan.maintain;
