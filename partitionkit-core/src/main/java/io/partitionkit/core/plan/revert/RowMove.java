package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.LiveTableCopy;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Moves the rows of a partition that was just detached into the legacy partition, which is the
 * table's DEFAULT by then, so they stay visible through the table when the transaction commits.
 * The legacy partition's triggers (clones of the table's) are switched off for the move and back on,
 * each as it was, before anyone else can see them: a move is not a write of the application's, and a
 * BEFORE trigger would change the rows. Row security is off, so a policy that would hide a row makes
 * the move fail instead of leaving the row behind.
 */
final class RowMove {

    static final String DISABLE = "pkit_disable_triggers";
    static final String ENABLE = "pkit_enable_triggers";

    private final TableSnapshot table;
    private final QualifiedName legacy;
    private final List<String> primaryKey;

    RowMove(TableSnapshot table, QualifiedName legacy, List<String> primaryKey) {
        this.table = table;
        this.legacy = legacy;
        this.primaryKey = primaryKey;
    }

    /** What a transaction that moves rows needs before its attempts begin. */
    void prepare(LockedTransaction transaction) {
        transaction.setting("row_security", "off");
        transaction.declare(DISABLE, DoBlock.TEXT);
        transaction.declare(ENABLE, DoBlock.TEXT);
    }

    /**
     * Stops the transaction when the table's columns are no longer those the plan lists: a column
     * added since would lose its values in the move.
     */
    void checkColumns(LockedTransaction transaction) {
        String planned = table.columns().stream().filter(c -> !c.isGenerated()).map(Column::name).collect(Collectors.joining(","));
        transaction.plpgsql("IF (SELECT pg_catalog.string_agg(a.attname::text, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a WHERE "
                        + "a.attrelid = " + table.name().regclassLiteral() + "::regclass AND a.attnum > 0 AND NOT a.attisdropped AND "
                        + "a.attgenerated = '') IS DISTINCT FROM " + Sql.literal(planned) + " THEN",
                "  " + DoBlock.raiseWithHint("EXCEPTION", "partitionkit: the columns of % changed since the revert was planned",
                        "Nothing was moved. Run the change again.", Sql.literal(table.name().toString())),
                "END IF;");
    }

    /** Inserts every row of {@code from}, detached by now, into the legacy partition, then drops it. */
    void moveAndDrop(LockedTransaction transaction, QualifiedName from) {
        transaction.plpgsql("SELECT pg_catalog.string_agg(pg_catalog.format('DISABLE TRIGGER %I', t.tgname), ', ' ORDER BY t.tgname),",
                "       pg_catalog.string_agg(pg_catalog.format(CASE t.tgenabled WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER %I' "
                        + "WHEN 'R' THEN 'ENABLE REPLICA TRIGGER %I' ELSE 'ENABLE TRIGGER %I' END, t.tgname), ', ' ORDER BY t.tgname)",
                "  INTO " + DISABLE + ", " + ENABLE + " FROM pg_catalog.pg_trigger t",
                "  WHERE t.tgrelid = " + legacy.regclassLiteral() + "::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D';",
                "IF " + DISABLE + " IS NOT NULL THEN",
                "  EXECUTE " + Sql.literal("ALTER TABLE " + legacy.sql() + " ") + " || " + DISABLE + ";",
                "END IF;");
        String columns = Ddl.storedColumns(table, "");
        transaction.plpgsql("BEGIN",
                "  " + DoBlock.execute("INSERT INTO " + legacy.sql() + " (" + columns + ") OVERRIDING SYSTEM VALUE SELECT " + columns
                        + " FROM ONLY " + from.sql()),
                "EXCEPTION WHEN unique_violation THEN",
                "  " + LiveTableCopy.duplicateKey(Sql.literal(table.name().toString()), primaryKey, "nothing of this step was applied, "
                        + "and every row is still in the table."),
                "END;");
        transaction.plpgsql("IF " + ENABLE + " IS NOT NULL THEN",
                "  EXECUTE " + Sql.literal("ALTER TABLE " + legacy.sql() + " ") + " || " + ENABLE + ";",
                "END IF;");
        transaction.sql(Ddl.dropTable(from));
    }
}
