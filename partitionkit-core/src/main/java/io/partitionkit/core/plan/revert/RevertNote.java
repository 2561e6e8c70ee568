package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The note on the plain copy a revert fills: whose copy it is, by which key, and of which partitions
 * (their OIDs, which renaming or moving does not change). The copy holds the rows of exactly those
 * partitions, plus the writes logged since; a partition attached since brought rows nobody logged,
 * one detached since took rows the copy still has. The note is written, and compared with the
 * partitions there are now, by the database itself, so the statements are the same wherever they run.
 */
record RevertNote(QualifiedName table, List<String> key) {

    String prefix() {
        return "partitionkit: the plain copy of " + table + " that revertPartitioning is filling";
    }

    /** The note as it reads for the partitions of {@code partitioned} now. */
    String forPartitionsOf(TableSnapshot partitioned) {
        return withKey() + partitioned.partitioning().partitions().stream().map(Partition::oid).sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** PL/pgSQL that writes the note on {@code target}, with the partitions the table has as it runs. */
    String write(QualifiedName target) {
        return "EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', " + Sql.literal(target.sql()) + ", " + sql() + ");";
    }

    /** PL/pgSQL that stops the transaction when the note on {@code target} no longer fits the partitions there are. */
    List<String> check(QualifiedName target) {
        return List.of("IF pg_catalog.obj_description(" + target.regclassLiteral() + "::regclass, 'pg_class') IS DISTINCT FROM " + sql()
                        + " THEN",
                "  " + DoBlock.raiseWithHint("EXCEPTION", "partitionkit: partitions of % were attached or detached since the revert began "
                                + "copying it; its copy would miss or resurrect their rows",
                        "Nothing was switched or dropped. Drop the plain copy (" + target + ") and the log of written keys, and run the "
                                + "change again to copy the table as it is now.", Sql.literal(table.toString())),
                "END IF;");
    }

    private String withKey() {
        return prefix() + " with primary key (" + Sql.idents(key) + ") from partitions ";
    }

    private String sql() {
        return Sql.literal(withKey()) + " || (SELECT coalesce(string_agg(i.inhrelid::text, ',' ORDER BY i.inhrelid), '') "
                + "FROM pg_catalog.pg_inherits i WHERE i.inhparent = " + table.regclassLiteral() + "::regclass)";
    }
}
