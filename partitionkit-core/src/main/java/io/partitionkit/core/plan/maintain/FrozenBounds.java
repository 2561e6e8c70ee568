package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionCheck;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The rules of frozen partitions, each stated once: which partitions are old enough, which columns
 * can be frozen, the CHECK constraint that freezes a column of a partition, its name, and the note
 * (comment) that marks it as partitionkit's, so that a user's own CHECK is never taken for one.
 */
public final class FrozenBounds {

    /** Types (the typname of the column's type, or of a domain's base type) whose values btree orders. */
    static final Set<String> ORDERED_TYPES = Set.of("int2", "int4", "int8", "numeric", "float4", "float8", "money", "date", "time",
            "timetz", "timestamp", "timestamptz", "interval", "text", "varchar", "bpchar", "uuid", "inet", "cidr", "oid");

    static final String ACCEPTED_TYPES = "smallint, integer, bigint, numeric, real, double precision, money, date, time, timetz, "
            + "timestamp, timestamptz, interval, text, varchar, char, uuid, inet, cidr or oid";

    private static final String MARKER_START = "partitionkit: frozen bounds of column ";
    private static final String MARKER_END = " (ensurePartitions freezeColumns; dropped when the column is no longer listed)";
    private static final String NAME_SUFFIX = "_frozen";

    private FrozenBounds() {
    }

    /**
     * The partitions older than the {@code after}-th newest partition that holds rows, newest first.
     * {@code holdsRows} is asked only of the partitions up to that one, so a caller that reads it from
     * the table reads few.
     */
    public static List<Partition> oldEnough(List<Partition> newestFirst, int after, Predicate<Partition> holdsRows) {
        List<Partition> old = new ArrayList<>();
        int newerWithRows = 0;
        for (Partition partition : newestFirst) {
            if (newerWithRows >= after) {
                old.add(partition);
            } else if (holdsRows.test(partition)) {
                newerWithRows++;
            }
        }
        return old;
    }

    /** Why a column cannot be frozen; empty when it can. */
    static Optional<String> refusal(TableSnapshot table, String column) {
        Optional<Column> found = table.column(column);
        if (found.isEmpty()) {
            return Optional.of("freezeColumns names column '" + column + "', which " + table.name() + " does not have; its columns are "
                    + table.columns().stream().map(Column::name).toList() + " (names are case-sensitive)");
        }
        if (!ORDERED_TYPES.contains(found.get().baseTypeName())) {
            return Optional.of("freezeColumns names column '" + column + "' of type " + found.get().type() + ", whose values have no "
                    + "order a range can bound; freeze columns of type " + ACCEPTED_TYPES);
        }
        return Optional.empty();
    }

    /** The columns of the options that can be frozen. */
    static List<String> freezable(TableSnapshot table, MaintenanceOptions options) {
        return options.freezeColumns().stream().filter(column -> refusal(table, column).isEmpty()).toList();
    }

    /** {@code <partition>_<column>_frozen}, fitted to 63 bytes. */
    static String constraintName(QualifiedName partition, String column) {
        return Names.fit(partition.name() + "_" + column, NAME_SUFFIX);
    }

    /** The comment partitionkit writes on the constraint freezing {@code column}. */
    static String marker(String column) {
        return MARKER_START + column + MARKER_END;
    }

    /** The column a CHECK freezes, when partitionkit made it: its note and its name both say so. */
    static Optional<String> frozenColumn(PartitionCheck check) {
        String comment = check.comment();
        if (comment == null || !comment.startsWith(MARKER_START) || !comment.endsWith(MARKER_END)
                || comment.length() < MARKER_START.length() + MARKER_END.length()) {
            return Optional.empty();
        }
        String column = comment.substring(MARKER_START.length(), comment.length() - MARKER_END.length());
        return check.name().equals(constraintName(check.partition(), column)) ? Optional.of(column) : Optional.empty();
    }

    /** By partition, the columns partitionkit's CHECKs freeze (only the validated ones, when asked). */
    static Map<QualifiedName, Set<String>> frozenColumns(List<PartitionCheck> checks, boolean validatedOnly) {
        Map<QualifiedName, Set<String>> frozen = new HashMap<>();
        for (PartitionCheck check : checks) {
            if (check.validated() || !validatedOnly) {
                frozenColumn(check).ifPresent(column -> frozen.computeIfAbsent(check.partition(), p -> new TreeSet<>()).add(column));
            }
        }
        return frozen;
    }

    /**
     * {@code CHECK (col >= min AND col <= max)}; a column whose every value is NULL gets
     * {@code CHECK (col IS NULL)}, one with some NULLs {@code CHECK (col IS NULL OR (...))}.
     */
    static String check(Column column, ColumnSpan span) {
        String name = Sql.ident(column.name());
        if (span.lowest() == null) {
            return "CHECK (" + name + " IS NULL)";
        }
        String range = name + " >= " + Sql.literal(span.lowest()) + "::" + column.type() + " AND " + name + " <= "
                + Sql.literal(span.highest()) + "::" + column.type();
        return "CHECK (" + (span.hasNulls() ? name + " IS NULL OR (" + range + ")" : range) + ")";
    }
}
