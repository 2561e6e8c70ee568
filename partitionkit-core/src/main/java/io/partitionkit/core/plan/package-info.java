/**
 * What every operation plans with: a {@link io.partitionkit.core.plan.Plan} of
 * {@link io.partitionkit.core.plan.Step}s with their locks, DO blocks with a fixed search_path,
 * transactions under lock_timeout with retries, the DDL text, the properties a replacement table
 * carries, the access partitions get, the capture of writes during a live copy, and the checks of
 * what an earlier run left. The operations are its sub-packages; SQL is written here and in them,
 * nowhere else.
 *
 * <p>Depends on {@code core.catalog}, {@code core.grid}, {@code core.options} and {@code core.sql}.
 * Not public API.
 */
package io.partitionkit.core.plan;
