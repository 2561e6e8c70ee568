/**
 * The key axis partitions are cut on: bounds, intervals, time and integer grids, where "now" lies on
 * the axis (the clock, or the head of an integer key) and where retention cuts. Used by the
 * planners and by status.
 *
 * <p>Depends on {@code core.catalog} (to read a key head) and {@code core.sql}. Not public API.
 */
package io.partitionkit.core.grid;
