package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * A constraint of the table itself: primary key ({@code p}), unique ({@code u}), check ({@code c}),
 * exclusion ({@code x}) or foreign key ({@code f}, pointing out of the table).
 *
 * @param definition          {@code pg_get_constraintdef}, e.g. {@code PRIMARY KEY (id)}
 * @param indexName           the backing index of p, u and x constraints
 * @param referencedTable     the table a foreign key points at
 * @param exclusionOperators  the operator of each column of an exclusion constraint
 * @param parentConstraint    whether a partition inherited it from its partitioned table
 * @param deferrable          whether it is DEFERRABLE
 */
public record Constraint(String name, char type, String definition, boolean validated, List<String> columns,
                         String indexName, String comment, QualifiedName referencedTable,
                         List<String> referencedColumns, List<String> exclusionOperators,
                         boolean parentConstraint, boolean deferrable) {

    public boolean isPrimaryKey() {
        return type == 'p';
    }

    public boolean isUnique() {
        return type == 'u';
    }

    public boolean isCheck() {
        return type == 'c';
    }

    public boolean isExclusion() {
        return type == 'x';
    }

    public boolean isForeignKey() {
        return type == 'f';
    }

    /** Whether an index backs it (its name is then also a relation name in the schema). */
    public boolean isIndexBacked() {
        return type == 'p' || type == 'u' || type == 'x';
    }
}
