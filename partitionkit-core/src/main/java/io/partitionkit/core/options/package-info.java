/**
 * Parsing and checking of attribute values: every problem collected with the attribute, the value
 * and what is accepted, and the limits and defaults several changes share.
 *
 * <p>Depends on {@code core.grid} and {@code core.sql}. Not public API.
 */
package io.partitionkit.core.options;
