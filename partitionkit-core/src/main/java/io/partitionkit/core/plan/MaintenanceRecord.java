package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When maintenance of a table last succeeded, kept as a note in the table's own comment: written by
 * the role that maintains it (only the table's owner, a member of it or a superuser may comment on
 * it, so no application role can make a neglected table look maintained), read by status from the
 * catalog with no privilege at all, and carried with the table wherever it is renamed, moved or
 * restored. One line, below the user's comment, replaced by each successful run:
 * {@code partitionkit: last successful maintenance 2026-11-21T12:00:00Z}.
 */
public final class MaintenanceRecord {

    static final String PREFIX = "partitionkit: last successful maintenance ";

    private MaintenanceRecord() {
    }

    /** The time a comment records, if it holds the note. */
    public static Optional<Instant> read(String comment) {
        return CommentNote.find(comment, PREFIX).flatMap(note -> {
            try {
                return Optional.of(Instant.parse(note.rest().strip()));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        });
    }

    /** The user's comment without the note (null when nothing else is there). */
    public static String withoutNote(String comment) {
        Optional<CommentNote.Found> note = CommentNote.find(comment, PREFIX);
        return note.isPresent() ? note.get().originalComment() : comment;
    }

    /**
     * Replaces the note in the table's comment with {@code at} (to the second), keeping whatever else
     * the comment holds as it is when the step runs. COMMENT takes SHARE UPDATE EXCLUSIVE: no writer
     * waits for it.
     */
    public static Step step(QualifiedName table, Instant at, RetryPolicy retry) {
        return transaction(table, at, retry, "record the successful maintenance of " + table).toStep(LockMode.SHARE_UPDATE_EXCLUSIVE);
    }

    /**
     * The whole run of a table that needs nothing: in one transaction, takes the table's maintenance
     * lock for that transaction only, or says another run holds it and changes nothing, and records
     * the run as {@link #step} does.
     */
    public static Step idleStep(QualifiedName table, long tableOid, Instant at, RetryPolicy retry) {
        LockedTransaction record = new LockedTransaction("nothing else to do: record the successful maintenance of " + table
                + " in its comment (" + note(at) + ") unless another run holds its maintenance lock", retry);
        record.plpgsql(MaintenanceLock.skipWhenHeld(tableOid, table));
        return noted(record, table, at).toStep(LockMode.SHARE_UPDATE_EXCLUSIVE);
    }

    private static LockedTransaction transaction(QualifiedName table, Instant at, RetryPolicy retry, String description) {
        return noted(new LockedTransaction(description + " in its comment (" + note(at) + ")", retry), table, at);
    }

    private static String note(Instant at) {
        return PREFIX + at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static LockedTransaction noted(LockedTransaction record, QualifiedName table, Instant at) {
        String note = note(at);
        record.declare("pkit_comment", DoBlock.TEXT);
        record.plpgsql("pkit_comment := pg_catalog.regexp_replace(COALESCE(pg_catalog.obj_description(" + table.regclassLiteral()
                        + "::regclass, 'pg_class'), ''), " + Sql.literal("(^|\\n)" + PREFIX + "[^\\n]*") + ", '', 'g');",
                "EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', " + Sql.literal(table.sql()) + ", CASE WHEN pkit_comment = '' THEN "
                        + Sql.literal(note) + " ELSE pkit_comment || pg_catalog.chr(10) || " + Sql.literal(note) + " END);");
        return record;
    }
}
