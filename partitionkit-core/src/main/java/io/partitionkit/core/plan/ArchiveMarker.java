package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;
import java.util.Optional;

/**
 * The note retention's archive mode writes in the comment of a partition it detaches and moves to
 * the archive schema: which table it was a partition of, and its bound. It is how a later run finds
 * its own archived tables (to finish moving them to the archive tablespace, to restore them) and
 * never another table of that schema. The user's own comment on the partition, if any, is kept above
 * the note, and given back when the table is restored.
 */
public final class ArchiveMarker {

    /** What every note starts with; a catalog read looks for tables whose comment holds it. */
    public static final String PREFIX = "partitionkit: archived partition of ";

    /**
     * What a note records.
     *
     * @param parent          the partitioned table, quoted and qualified as {@link QualifiedName#sql()} spells it
     * @param bound           the bound it had, {@code FOR VALUES FROM (...) TO (...)}
     * @param originalComment the comment it had before, or null
     */
    public record Parsed(String parent, String bound, String originalComment) {

        public boolean of(QualifiedName table) {
            return parent.equals(table.sql());
        }
    }

    private ArchiveMarker() {
    }

    public static String comment(String originalComment, QualifiedName parent, String bound) {
        return CommentNote.below(originalComment, PREFIX + parent.sql() + " " + bound);
    }

    public static Optional<Parsed> parse(String comment) {
        return CommentNote.find(comment, PREFIX).flatMap(note -> {
            int bound = note.rest().lastIndexOf(" FOR VALUES ");
            return bound < 0 ? Optional.empty()
                    : Optional.of(new Parsed(note.rest().substring(0, bound), note.rest().substring(bound + 1), note.originalComment()));
        });
    }
}
