/**
 * The one place identifiers and literals are quoted, and names fitted to 63 bytes; lock_timeout values in PostgreSQL's
 * notation, as the catalog reads them and the options accept them.
 *
 * <p>Depends on nothing of partitionkit. Not public API.
 */
package io.partitionkit.core.sql;
