package io.partitionkit.core.status;

import java.util.Locale;

/**
 * Something about a table that needs attention: its kind, whose code is stable (JSON's
 * {@code code}, Prometheus's {@code kind} label: alerts and scripts key on it), and a sentence for
 * people, which may change.
 */
public record StatusWarning(Kind kind, String message) {

    /** The kinds of warning, each with its code. */
    public enum Kind {
        /** Rows in the DEFAULT partition. */
        DEFAULT_ROWS,
        /** A partition left half-detached ({@code DETACH ... CONCURRENTLY} interrupted). */
        DETACH_PENDING,
        /** The table's ensurePartitions change does not describe its key. */
        POLICY_MISMATCH,
        /** Partitions off the interval's grid. */
        MISALIGNED,
        /** A hole between two partitions. */
        GAP,
        /** No partition covers now. */
        UNCOVERED,
        /** Fewer partitions ahead of the current one than half of premake (or none, without a policy). */
        PREMADE_LOW,
        /** Retention holds back: the key head looks like an outlier. */
        RETENTION_WITHHELD,
        /** Partitions retention should already have removed. */
        EXPIRED,
        /** The last successful maintenance is older than the threshold. */
        MAINTENANCE_STALE,
        /** A table with an ensurePartitions change has no successful maintenance recorded. */
        MAINTENANCE_NEVER,
        /** A revert stopped after making the legacy partition the DEFAULT; maintenance refuses the table until it finishes. */
        REVERT_UNFINISHED,
        /** The table could not be read. */
        UNREADABLE,
        /** An ensurePartitions change names a table that is not partitioned here. */
        NOT_PARTITIONED;

        /** The stable code: the constant's name in lower case ({@code default_rows}). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return message;
    }
}
