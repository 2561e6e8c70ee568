package io.partitionkit.it.support;

import java.math.BigDecimal;

/** Number of rows and the sum of their 64-bit text hashes; see {@link TestDatabase#fingerprint}. */
public record RowFingerprint(long rows, BigDecimal checksum) {
}
