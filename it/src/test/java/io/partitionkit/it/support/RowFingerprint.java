package io.partitionkit.it.support;

import java.math.BigDecimal;

/** Number of rows and the sum of their 64-bit text hashes; see {@link TestDatabase#fingerprint}. */
public record RowFingerprint(long rows, BigDecimal checksum) {

    /** The fingerprint of these rows once the rows of {@code part}, which must be among them, are gone. */
    /** The fingerprint of both sets of rows together. */
    public RowFingerprint plus(RowFingerprint other) {
        return new RowFingerprint(rows + other.rows, checksum.add(other.checksum));
    }

    public RowFingerprint without(RowFingerprint part) {
        return new RowFingerprint(rows - part.rows, checksum.subtract(part.checksum));
    }
}
