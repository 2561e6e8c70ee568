/**
 * Support shared by the tests of every module: fixed clocks, and tables stated as the catalog reads
 * them. Shipped as this module's test jar, which holds only this package, so the integration tests
 * plan against the same moment as the unit tests and prove the stated tables true to a real catalog.
 * Not public API.
 */
package io.partitionkit.testing;
