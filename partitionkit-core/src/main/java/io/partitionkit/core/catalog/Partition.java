package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * A partition of a partitioned table with its bound as the catalog prints it (read with TimeZone
 * UTC and DateStyle ISO, so the text is the same whatever the session's settings).
 *
 * @param lower         the lower bound literal ({@code MINVALUE}, {@code '2026-01-01 00:00:00+00'}, {@code 100}),
 *                      null for the DEFAULT partition and for non-range bounds
 * @param upper         the upper bound literal, likewise
 * @param partitioned   whether it is itself partitioned (sub-partitioning)
 * @param detachPending whether a DETACH ... CONCURRENTLY did not finish
 * @param grantees      roles other than its owner holding a privilege on it or a column (null for PUBLIC); not read
 *                      (null, and the accessor throws) when a read left them out (see {@link PartitionedTableRead})
 * @param rowSecurity   whether row-level security is enabled on it
 * @param oid           its OID, which renaming, moving or re-attaching does not change
 * @param comment       its own comment (COMMENT ON TABLE), or null
 */
public record Partition(QualifiedName name, String boundText, boolean isDefault, String lower, String upper,
                        boolean partitioned, List<String> reloptions, List<String> toastReloptions, boolean detachPending,
                        long estimatedRows, List<String> grantees, boolean rowSecurity, long oid,
                        String comment) {

    public List<String> grantees() {
        if (grantees == null) {
            throw new IllegalStateException("the grantees of partition " + name + " were not read");
        }
        return grantees;
    }
}
