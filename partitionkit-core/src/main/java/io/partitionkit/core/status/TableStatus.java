package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The health of one partitioned table.
 *
 * @param partitionedBy   the partition key as status describes it, e.g. {@code range on created_at (timestamp with time zone)}
 * @param column          the partition key's column, null when the key has several columns or an expression
 * @param interval        the partition width status checked against, null when unknown
 * @param intervalLength  how long one interval of a time key lasts at its longest (a month: 31 days); empty for integer
 *                        keys and unknown widths
 * @param intervalSource  where that width came from
 * @param policy          the table's {@code ensurePartitions} policy when one applied
 * @param coverage        how far partitions reach past now, null when not checked
 * @param lastMaintenance when maintenance of the table last succeeded, empty when none is recorded
 * @param warnings        what needs attention, each of a stable kind
 * @param notes           what is worth knowing but needs no action
 * @param defaultRowsNotUuidv7 for a uuid key, how many rows of the DEFAULT partition (as counted) are no UUIDv7
 */
public record TableStatus(QualifiedName table, String partitionedBy, String column, String interval, Optional<Duration> intervalLength, IntervalSource intervalSource,
                          StatusPolicy policy, List<PartitionStatus> partitions, Coverage coverage, Optional<Instant> lastMaintenance,
                          List<StatusWarning> warnings,
                          List<String> notes, Optional<Long> defaultRowsNotUuidv7) {

    /** Where the partition width status used came from. */
    public enum IntervalSource {
        /** The table's {@code ensurePartitions} change. */
        POLICY,
        /** Every bounded partition is exactly one hour, day, ..., or one integer width. */
        INFERRED,
        /** Neither: the bounds follow no single width (or not a UTC calendar), or the key is not checked. */
        UNKNOWN
    }

    public TableStatus {
        partitions = List.copyOf(partitions);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
