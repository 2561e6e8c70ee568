package io.partitionkit.core.plan;

import java.util.Optional;

/**
 * A note partitionkit writes in an object's comment, below the user's own comment if there is one,
 * and reads back: what it left there to find later, without losing what the user wrote.
 */
final class CommentNote {

    /** What follows the note's prefix, and the user's comment above the note (null for none). */
    record Found(String rest, String originalComment) {
    }

    private CommentNote() {
    }

    static String below(String originalComment, String note) {
        return originalComment == null ? note : originalComment + "\n" + note;
    }

    /** The last note starting with {@code prefix} at the start of the comment or of a line of it. */
    static Optional<Found> find(String comment, String prefix) {
        if (comment == null) {
            return Optional.empty();
        }
        int start = comment.lastIndexOf(prefix);
        if (start < 0 || (start > 0 && comment.charAt(start - 1) != '\n')) {
            return Optional.empty();
        }
        return Optional.of(new Found(comment.substring(start + prefix.length()), start == 0 ? null : comment.substring(0, start - 1)));
    }
}
