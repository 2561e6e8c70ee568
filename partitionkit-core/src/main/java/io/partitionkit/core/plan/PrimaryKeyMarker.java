package io.partitionkit.core.plan;

import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A note in the comment of a partitioned table's primary key, left by a conversion that widened the
 * key with the partition column, so that reverting can restore the original key without being told.
 * The user's own comment on the key, if any, is kept above the note.
 */
public final class PrimaryKeyMarker {

    private static final String PREFIX = "partitionkit: primary key was (";
    private static final String SUFFIX = ") before the partition key was added";

    /** What the marker records. */
    public record Parsed(List<String> originalColumns, String originalComment) {
    }

    private PrimaryKeyMarker() {
    }

    /**
     * {@code PRIMARY KEY (id)} becomes {@code PRIMARY KEY (id, "created_at")}; what follows the column
     * list (INCLUDE, WITH, tablespace) stays.
     */
    public static String widen(String definition, String partitionKey) {
        String prefix = "PRIMARY KEY (";
        int close = definition.startsWith(prefix) ? endOfColumnList(definition, prefix.length()) : -1;
        if (close < 0) {
            throw new IllegalStateException("unexpected primary key definition: " + definition);
        }
        return definition.substring(0, close) + ", " + Sql.ident(partitionKey) + definition.substring(close);
    }

    /** The parenthesis closing a list of column names; one inside a quoted name, such as {@code "a)"}, does not. */
    private static int endOfColumnList(String definition, int from) {
        boolean quoted = false;
        for (int i = from; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ')' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    public static String comment(String originalComment, List<String> originalColumns) {
        return CommentNote.below(originalComment, PREFIX + Sql.idents(originalColumns) + SUFFIX);
    }

    public static Optional<Parsed> parse(String comment) {
        return CommentNote.find(comment, PREFIX).filter(note -> note.rest().endsWith(SUFFIX)).flatMap(note ->
                identifiers(note.rest().substring(0, note.rest().length() - SUFFIX.length()))
                        .map(columns -> new Parsed(columns, note.originalComment())));
    }

    /** Reads {@code "a", "b""c"} back into names. */
    private static Optional<List<String>> identifiers(String list) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < list.length()) {
            if (list.charAt(i) != '"') {
                return Optional.empty();
            }
            StringBuilder name = new StringBuilder();
            i++;
            while (true) {
                if (i >= list.length()) {
                    return Optional.empty();
                }
                char c = list.charAt(i++);
                if (c == '"') {
                    if (i < list.length() && list.charAt(i) == '"') {
                        name.append('"');
                        i++;
                    } else {
                        break;
                    }
                } else {
                    name.append(c);
                }
            }
            names.add(name.toString());
            if (list.startsWith(", ", i)) {
                i += 2;
            } else if (i != list.length()) {
                return Optional.empty();
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }
}
