package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.Partitioning;
import io.partitionkit.core.sql.QualifiedName;
import java.util.Optional;

/**
 * The note a revert leaves on the legacy partition of an attach conversion once it has made that
 * partition the table's DEFAULT: from then on the DEFAULT holds the table's history on purpose, and
 * only the revert may touch it. Maintenance refuses the table and status reports the unfinished
 * revert while the note is there; the revert's last step removes it with the partitioned table.
 */
public final class RevertMarker {

    private static final String PREFIX = "partitionkit: revertPartitioning is turning this partition back into the plain table ";

    private RevertMarker() {
    }

    /** The partition's comment with the note below what the user wrote. */
    public static String comment(String originalComment, QualifiedName table) {
        return CommentNote.below(originalComment, note(table));
    }

    /** Whether {@code partition} is the DEFAULT of {@code table} that an unfinished revert made of its legacy partition. */
    public static boolean marks(Partition partition, QualifiedName table) {
        return partition.isDefault() && CommentNote.find(partition.comment(), PREFIX).filter(found -> found.rest().equals(rest(table)))
                .isPresent();
    }

    /**
     * Why a table is not to be maintained, for maintenance's refusal and status's warning: an
     * unfinished revert made the legacy partition its DEFAULT, which holds the table's history; moving
     * rows out of it, or creating a partition (PostgreSQL scans the DEFAULT under lock), is the revert's
     * business alone.
     */
    public static Optional<String> unfinishedRevert(QualifiedName table, Partitioning partitioning) {
        if (partitioning == null) {
            return Optional.empty();
        }
        return partitioning.defaultPartition().filter(partition -> marks(partition, table))
                .map(partition -> "a revert of " + table + " to a plain table is unfinished: its DEFAULT partition " + partition.name()
                        + " holds the table's old rows, which only the revert may move. Run the revert again (liquibase rollback, "
                        + "or the revertPartitioning change) to finish it");
    }

    private static String note(QualifiedName table) {
        return PREFIX + rest(table);
    }

    /** What follows the prefix: which table, and what to do. */
    private static String rest(QualifiedName table) {
        return table + "; run the revert again to finish it";
    }
}
