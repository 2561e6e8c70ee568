package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * A function without arguments, as far as deciding whether it is one partitionkit created: its
 * owner, the note in its comment, how it runs and who may execute it.
 *
 * @param config     its {@code SET} clauses, such as {@code search_path=pg_catalog, pg_temp}
 * @param executors  roles other than the owner that may execute it ({@code PUBLIC} for everyone)
 */
public record FunctionSnapshot(QualifiedName name, String owner, String comment, boolean securityDefiner, String source,
                               String language, boolean returnsTrigger, List<String> config, List<String> executors) {
}
