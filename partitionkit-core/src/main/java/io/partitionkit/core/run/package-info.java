/**
 * Runs steps over JDBC: a step at a time with the server's messages passed on as they come, and
 * maintenance under its advisory lock, unit by unit, reporting what each did.
 *
 * <p>Depends on {@code core.plan}. Not public API.
 */
package io.partitionkit.core.run;
