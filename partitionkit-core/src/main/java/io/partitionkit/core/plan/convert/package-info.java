/**
 * {@code convertToRangePartitioned}: strategies attach and empty (the table swapped in place) and
 * copy (ranges loaded into a new partitioned table while writes are logged), and the switch they
 * end with.
 *
 * <p>Depends on {@code core.plan} and what it depends on. Not public API.
 */
package io.partitionkit.core.plan.convert;
