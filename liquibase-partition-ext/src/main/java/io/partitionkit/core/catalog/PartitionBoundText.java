package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a partition bound ({@code pg_get_expr(relpartbound)}) into its lower and upper
 * literals. Only single-column range bounds are split; other bounds keep just their text.
 */
final class PartitionBoundText {

    private static final Pattern RANGE = Pattern.compile("FOR VALUES FROM \\((.*)\\) TO \\((.*)\\)", Pattern.DOTALL);

    private PartitionBoundText() {
    }

    static Partition partition(QualifiedName name, String bound, boolean partitioned, List<String> reloptions,
                               List<String> toastReloptions, boolean detachPending, long estimatedRows, List<String> grantees,
                               boolean rowSecurity, long oid) {
        if ("DEFAULT".equals(bound)) {
            return new Partition(name, bound, true, null, null, partitioned, reloptions, toastReloptions, detachPending, estimatedRows,
                    grantees, rowSecurity, oid);
        }
        Matcher matcher = RANGE.matcher(bound);
        String lower = null;
        String upper = null;
        if (matcher.matches() && isSingleValue(matcher.group(1)) && isSingleValue(matcher.group(2))) {
            lower = matcher.group(1);
            upper = matcher.group(2);
        }
        return new Partition(name, bound, false, lower, upper, partitioned, reloptions, toastReloptions, detachPending, estimatedRows,
                grantees, rowSecurity, oid);
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
