package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;

/**
 * Moves a table that no query reaches through a partitioned table (an archived partition, one about
 * to be restored) to another tablespace: the table with its TOAST table, then each of its indexes.
 * Each is rewritten under ACCESS EXCLUSIVE on the table, so whoever reads that table directly waits
 * for the copy; the wait for the lock itself is bounded by lock_timeout and retried. Moving to the
 * tablespace a relation is in already does nothing, so running it again after an interruption
 * finishes what is left. It reports the size it moved and how long it took.
 */
public final class TablespaceMove {

    private TablespaceMove() {
    }

    public static Step step(QualifiedName table, String tablespace, RetryPolicy retry) {
        String regclass = table.regclassLiteral() + "::pg_catalog.regclass";
        LockedTransaction move = new LockedTransaction("move " + table + " and its indexes to tablespace " + Sql.ident(tablespace)
                + " (rewrites them; readers of " + table + " wait)", retry);
        move.declare("pkit_bytes", DoBlock.BIGINT).declare("pkit_started", DoBlock.TIMESTAMPTZ).declare("pkit_index", DoBlock.TEXT);
        move.plpgsql("pkit_bytes := pg_catalog.pg_total_relation_size(" + regclass + ");",
                "pkit_started := pg_catalog.clock_timestamp();");
        move.sql(Ddl.setTablespace(table, tablespace));
        move.plpgsql("FOR pkit_index IN SELECT i.indexrelid::pg_catalog.regclass::pg_catalog.text FROM pg_catalog.pg_index i "
                        + "WHERE i.indrelid = " + regclass + " ORDER BY 1 LOOP",
                "  EXECUTE 'ALTER INDEX ' || pkit_index || " + Sql.literal(" SET TABLESPACE " + Sql.ident(tablespace)) + ";",
                "END LOOP;",
                DoBlock.raise("NOTICE", "partitionkit: moved % (% bytes, %) to tablespace % in % ms", Sql.literal(table.toString()),
                        "pkit_bytes", "pg_catalog.pg_size_pretty(pkit_bytes)", Sql.literal(tablespace),
                        "pg_catalog.round(1000 * pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - pkit_started))"));
        return move.toStep(LockMode.ACCESS_EXCLUSIVE);
    }
}
