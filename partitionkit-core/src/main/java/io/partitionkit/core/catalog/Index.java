package io.partitionkit.core.catalog;

import java.util.List;

/**
 * An index.
 *
 * @param usingClause     everything {@code pg_get_indexdef} prints after {@code USING }: access method,
 *                        columns with collation, operator class and order, INCLUDE, WITH, WHERE; it names
 *                        no table, so the same index can be recreated on another table
 * @param keyColumns      the key columns in order, null for an expression
 * @param constraintName  the constraint it backs, if any
 * @param parentIndex     the index of the partitioned table it is attached to, when it is a partition's
 */
public record Index(String name, boolean unique, boolean primary, boolean valid, String usingClause,
                    List<String> keyColumns, boolean partial, boolean hasExpressions, String constraintName,
                    String comment, String tablespace, String parentIndex) {

    public boolean backsConstraint() {
        return constraintName != null;
    }
}
