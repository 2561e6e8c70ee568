package io.partitionkit.core.sql;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one place identifiers and literals are quoted. Identifiers are always double-quoted, so
 * case, spaces, keywords and quotes in names survive; literals never depend on
 * {@code standard_conforming_strings}.
 */
public final class Sql {

    private Sql() {
    }

    /** A double-quoted identifier: {@code we"ird} becomes {@code "we""ird"}. */
    public static String ident(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an SQL identifier cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an SQL identifier cannot contain a NUL character: " + name);
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Comma-separated quoted identifiers. */
    public static String idents(Collection<String> names) {
        return names.stream().map(Sql::ident).collect(Collectors.joining(", "));
    }

    /** A string literal; {@code E'...'} with doubled backslashes when the text has a backslash. */
    public static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an SQL literal cannot contain a NUL character");
        }
        String quoted = text.replace("'", "''");
        if (quoted.indexOf('\\') >= 0) {
            return "E'" + quoted.replace("\\", "\\\\") + '\'';
        }
        return '\'' + quoted + '\'';
    }

    /**
     * An SQL line comment holding {@code text}. Its line breaks become spaces: a carriage return ends
     * a comment as a line feed does, and what followed would run as SQL.
     */
    public static String lineComment(String text) {
        return "-- " + text.replace('\r', ' ').replace('\n', ' ');
    }

    /** A literal, or {@code NULL} for a null text. */
    public static String literalOrNull(String text) {
        return text == null ? "NULL" : literal(text);
    }

    /**
     * Dollar-quotes {@code body} with a tag that does not occur in it, so the body can hold any text,
     * including other dollar-quoted strings.
     */
    public static String dollarQuoted(String body) {
        String tag = "pkit";
        // The closing delimiter must first occur right after the body, never inside or across its end.
        for (int n = 1; (body + "$" + tag + "$").indexOf("$" + tag + "$") != body.length(); n++) {
            tag = "pkit" + n;
        }
        return "$" + tag + "$" + body + "$" + tag + "$";
    }
}
