package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a partition bound ({@code pg_get_expr(relpartbound)}) into its lower and upper
 * literals. Only single-column range bounds are split; other bounds keep just their text.
 */
public final class PartitionBoundText {

    private static final Pattern RANGE = Pattern.compile("FOR VALUES FROM \\((.*)\\) TO \\((.*)\\)", Pattern.DOTALL);

    private PartitionBoundText() {
    }

    static Partition partition(QualifiedName name, String bound, boolean partitioned, List<String> reloptions,
                               List<String> toastReloptions, boolean detachPending, long estimatedRows, List<String> grantees,
                               boolean rowSecurity, long oid, String comment) {
        if ("DEFAULT".equals(bound)) {
            return new Partition(name, bound, true, null, null, partitioned, reloptions, toastReloptions, detachPending, estimatedRows,
                    grantees, rowSecurity, oid, comment);
        }
        Optional<List<String>> range = rangeLiterals(bound);
        return new Partition(name, bound, false, range.map(r -> r.get(0)).orElse(null), range.map(r -> r.get(1)).orElse(null),
                partitioned, reloptions, toastReloptions, detachPending, estimatedRows, grantees, rowSecurity, oid, comment);
    }

    /** The lower and upper literals of a single-column range bound, such as one a note recorded; empty for any other bound. */
    public static Optional<List<String>> rangeLiterals(String bound) {
        Matcher matcher = RANGE.matcher(bound);
        if (matcher.matches() && isSingleValue(matcher.group(1)) && isSingleValue(matcher.group(2))) {
            return Optional.of(List.of(matcher.group(1), matcher.group(2)));
        }
        return Optional.empty();
    }

    /** One value: a quoted literal (no unquoted comma outside it), a number, MINVALUE or MAXVALUE. */
    private static boolean isSingleValue(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
