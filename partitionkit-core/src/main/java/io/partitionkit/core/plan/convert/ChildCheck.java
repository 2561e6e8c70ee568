package io.partitionkit.core.plan.convert;

import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range of keys an inheritance child's CHECK constraint holds it to, read from the constraint as
 * PostgreSQL prints it ({@code pg_get_constraintdef}, TimeZone UTC, DateStyle ISO):
 * {@code CHECK (((created_at >= '2016-08-01 00:00:00+00'::timestamp with time zone) AND (created_at <
 * '2016-08-02 00:00:00+00'::timestamp with time zone)))}. Only that shape is read: a lower bound with
 * {@code >=} and an upper bound with {@code <} on the key itself, nothing else in the expression.
 *
 * Its constants must be of the key's own type (any integer type for an integer key): a date constant
 * against a timestamptz key, for one, means another instant in every time zone, and proves nothing to
 * PostgreSQL's attach.
 *
 * @param range             the keys the constraint admits
 * @param provesWithoutScan whether PostgreSQL's attach can take it as proof of the partition's bounds:
 *                          it is validated (a {@code NOT VALID} one admits rows it never checked)
 */
public record ChildCheck(PartitionRange range, boolean provesWithoutScan) {

    private static final Pattern CHECK = Pattern.compile("(?s)^CHECK \\((.*)\\)(?: NOT VALID)?$");
    private static final Pattern TERM = Pattern.compile(
            "^\\(?((?:\"(?:[^\"]|\"\")+\")|[a-z_][a-z0-9_$]*) (>=|<) ('(?:[^']|'')*'::[a-z ]+|-?[0-9]+|\\(-[0-9]+\\))\\)?$");
    private static final Pattern TYPED = Pattern.compile("^'((?:[^']|'')*)'::([a-z ]+)$");

    /**
     * The range a CHECK on {@code column} admits, or empty when the constraint is not of the shape
     * read here (other columns or operators, OR, functions) or its constants do not read as the key's.
     */
    public static Optional<ChildCheck> read(String definition, boolean validated, String column, PartitionGrid grid) {
        Matcher check = CHECK.matcher(definition.trim());
        if (!check.matches()) {
            return Optional.empty();
        }
        String expression = unwrap(check.group(1).trim());
        List<String> terms = List.of(expression.split("\\) AND \\("));
        if (terms.size() != 2) {
            return Optional.empty();
        }
        Optional<Term> first = Term.read(unwrap(terms.get(0)), grid);
        Optional<Term> second = Term.read(unwrap(terms.get(1)), grid);
        if (first.isEmpty() || second.isEmpty() || !first.get().column().equals(column) || !second.get().column().equals(column)) {
            return Optional.empty();
        }
        Term lower = first.get().lower() ? first.get() : second.get();
        Term upper = first.get().lower() ? second.get() : first.get();
        if (!lower.lower() || upper.lower() || !lower.value().isBefore(upper.value())) {
            return Optional.empty();
        }
        return Optional.of(new ChildCheck(new PartitionRange(lower.value(), upper.value()), validated));
    }

    /** Without the parentheses PostgreSQL puts around a whole expression, when they enclose all of it. */
    private static String unwrap(String expression) {
        String text = expression;
        while (text.startsWith("(") && text.endsWith(")") && closes(text)) {
            text = text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    /** Whether the first parenthesis closes at the last character. */
    private static boolean closes(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /**
     * {@code column >= constant} or {@code column < constant}, the constant of the key's own type (any
     * integer type for an integer key: PostgreSQL compares them exactly).
     */
    private record Term(String column, boolean lower, Bound value) {

        static Optional<Term> read(String text, PartitionGrid grid) {
            Matcher term = TERM.matcher(text);
            if (!term.matches()) {
                return Optional.empty();
            }
            String quoted = term.group(1);
            String column = quoted.startsWith("\"") ? quoted.substring(1, quoted.length() - 1).replace("\"\"", "\"") : quoted;
            Matcher typed = TYPED.matcher(term.group(3));
            String value = typed.matches() ? typed.group(1).replace("''", "'") : term.group(3).replace("(", "").replace(")", "");
            KeyType type = typed.matches() ? typeNamed(typed.group(2)).orElse(null) : KeyType.INTEGER;
            boolean ofKeyType = type == grid.keyType() || type != null && !type.isTime() && !grid.keyType().isTime();
            if (!ofKeyType) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Term(column, ">=".equals(term.group(2)), grid.parse(value)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** The key type of a cast as PostgreSQL prints it ({@code timestamp with time zone}, {@code uuid}). */
        private static Optional<KeyType> typeNamed(String name) {
            return Arrays.stream(KeyType.values()).filter(type -> type.sqlName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
        }
    }
}
