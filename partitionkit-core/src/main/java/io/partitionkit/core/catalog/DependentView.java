package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * A view that reads the table. Views bind to the table's OID, so after a rename they would keep
 * reading the renamed table; the planner recreates them over the replacement.
 *
 * @param definition  {@code pg_get_viewdef}, fully qualified
 * @param options     the view's reloptions (check_option, security_barrier, security_invoker)
 */
public record DependentView(QualifiedName name, String definition, List<String> options) {
}
