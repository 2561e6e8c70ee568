/**
 * Liquibase commands, for the CLI and its Docker image: {@code liquibase partition-maintain} and
 * {@code liquibase partition-status} (their names and arguments are the public interface; the
 * classes are not). Thin: each reads its arguments and prints what {@code maintain} or
 * {@code status} reports.
 *
 * <p>Depends on Liquibase's command API, {@code liquibase.maintain}, {@code liquibase.status} and the core.
 */
package io.partitionkit.liquibase.command;
