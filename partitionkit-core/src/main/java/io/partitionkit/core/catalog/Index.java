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
 */
public record Index(String name, boolean unique, boolean primary, boolean valid, String usingClause,
                    List<String> keyColumns, boolean partial, boolean hasExpressions, String constraintName,
                    String comment, String tablespace) {

    public boolean backsConstraint() {
        return constraintName != null;
    }
}
