/**
 * {@code revertPartitioning}: a plain copy of a partitioned table filled online, and the switch to it.
 *
 * <p>Depends on {@code core.plan} and what it depends on; on {@code core.plan.convert} only for the
 * names a conversion gives what it keeps aside. Not public API.
 */
package io.partitionkit.core.plan.revert;
