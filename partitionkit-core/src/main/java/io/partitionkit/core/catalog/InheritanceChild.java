package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * A table that inherits from another ({@code INHERITS}), not as a partition: a child of a table
 * partitioned the way it was done before PostgreSQL 10.
 *
 * @param checks      its CHECK constraints, as {@code pg_get_constraintdef} prints them (TimeZone UTC,
 *                    DateStyle ISO), inherited ones included
 * @param hasChildren whether it has children of its own
 */
public record InheritanceChild(QualifiedName name, String owner, long estimatedRows, List<Check> checks, boolean hasChildren) {

    public InheritanceChild {
        checks = List.copyOf(checks);
    }

    /** A CHECK constraint, and whether every row was checked against it. */
    public record Check(String name, String definition, boolean validated) {
    }
}
