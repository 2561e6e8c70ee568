package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * A sequence owned by a column: a serial's sequence or an identity column's internal one.
 *
 * @param lastValue   the last value handed out, or null if none was yet (or it cannot be read)
 * @param feedsColumn whether the column takes its values from it: an identity column, or a default that
 *                    calls it (a sequence can be owned by a column whose default no longer uses it)
 * @param grants      privileges on it granted to roles other than its owner
 */
public record OwnedSequence(QualifiedName name, String column, boolean identity, String dataType, long start,
                            long increment, long min, long max, long cache, boolean cycle, Long lastValue,
                            boolean feedsColumn, List<Grant> grants) {
}
