/**
 * Support shared by the tests of every module: fixed clocks. Shipped as this module's test jar, which holds only this package,
 * so the integration tests plan against the same moment as the unit tests. Not public API.
 */
package io.partitionkit.testing;
