/**
 * Reads PostgreSQL's catalog into immutable records: a table with everything a change must know or
 * keep ({@link io.partitionkit.core.catalog.TableSnapshot}), what the running role may do, the
 * server's clock. Only reads, each under fixed session settings and a lock_timeout.
 *
 * <p>Depends on {@code core.sql} and JDBC only. Not public API: it may change in any release.
 */
package io.partitionkit.core.catalog;
