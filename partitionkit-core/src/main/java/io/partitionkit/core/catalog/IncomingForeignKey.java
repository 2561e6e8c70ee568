package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/** A foreign key of another table that references this one. */
public record IncomingForeignKey(QualifiedName table, String name, String definition, boolean validated,
                                 List<String> columns, List<String> referencedColumns, String comment) {
}
