/**
 * The Maven plugin: goals {@code partition:maintain}, {@code partition:status} and
 * {@code partition:help} with their {@code partition.*} parameters (the public interface; the
 * classes are not). Thin: it resolves credentials, selects changesets and reports; the core and
 * the Liquibase extension do the work.
 *
 * <p>Depends on the Maven plugin API, Liquibase, the extension and the core.
 */
package io.partitionkit.maven;
