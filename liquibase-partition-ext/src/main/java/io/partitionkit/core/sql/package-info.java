/**
 * The one place identifiers and literals are quoted, and names fitted to 63 bytes.
 *
 * <p>Depends on nothing of partitionkit. Not public API.
 */
package io.partitionkit.core.sql;
