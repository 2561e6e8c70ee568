package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The SQL that loads one key range of a live table into a standalone table: rows in (partition key,
 * primary key) order, one committed batch at a time, resuming after the last row already loaded.
 * Rows written meanwhile are not its concern: the capture trigger logs them for the replay. Reports
 * progress with NOTICEs: rows, rows/s, and an estimate of what is left of the whole table.
 */
final class RangeCopy {

    /** How often a long range reports progress; every range reports when it is done. */
    private static final String PROGRESS_EVERY = "interval '10 seconds'";

    private final TableSnapshot source;
    private final QualifiedName shadow;
    private final List<Column> order;
    private final String columns;
    private final int batchSize;

    /** {@code shadow}: the partitioned table whose attached partitions count as copied already. */
    RangeCopy(TableSnapshot source, QualifiedName shadow, String partitionKey, List<String> primaryKey, int batchSize) {
        this.source = source;
        this.shadow = shadow;
        this.order = keyOrder(partitionKey, primaryKey).stream().map(name -> source.column(name).orElseThrow()).toList();
        this.columns = Ddl.storedColumns(source, "");
        this.batchSize = batchSize;
    }

    /** The order rows are copied in: the partition key, then the primary key's other columns. */
    static List<String> keyOrder(String partitionKey, List<String> primaryKey) {
        return Stream.concat(Stream.of(partitionKey), primaryKey.stream().filter(c -> !c.equals(partitionKey))).toList();
    }

    /**
     * @param into      the standalone table for the range
     * @param inRange   the condition on the partition key that selects the range's rows
     * @param position  "3 of 40": where this range stands in the copy, for progress messages
     */
    String copy(QualifiedName into, String inRange, String position) {
        String ascending = orderBy("", "");
        String variables = variables();
        String what = Sql.literal(source.name() + " into " + into + " (range " + position + ")");
        List<String> lines = new ArrayList<>();
        lines.add("DECLARE");
        for (int i = 0; i < order.size(); i++) {
            lines.add("  pk_key_" + i + " " + order.get(i).type() + ";");
        }
        lines.add("  pk_started boolean;");
        lines.add("  pk_batch bigint;");
        lines.add("  pk_rows bigint := 0;");
        lines.add("  pk_began timestamptz := clock_timestamp();");
        lines.add("  pk_reported timestamptz := clock_timestamp();");
        lines.add("  pk_rate numeric;");
        lines.add("  pk_total numeric;");
        lines.add("  pk_done numeric;");
        lines.add("BEGIN");
        lines.add("  SELECT " + orderBy("", "") + " INTO " + variables + " FROM " + into.sql() + " ORDER BY " + orderBy("", " DESC")
                + " LIMIT 1;");
        lines.add("  pk_started := FOUND;");
        lines.add("  LOOP");
        lines.add("    PERFORM pg_catalog.set_config('row_security', 'off', true);");
        lines.add("    pk_batch := NULL;");
        lines.add("    IF pk_started THEN");
        lines.add("      " + batch(into, inRange + " AND (" + ascending + ") > (" + variables + ")"));
        lines.add("    ELSE");
        lines.add("      " + batch(into, inRange));
        lines.add("    END IF;");
        lines.add("    EXIT WHEN pk_batch IS NULL;");
        lines.add("    pk_started := true;");
        lines.add("    pk_rows := pk_rows + pk_batch;");
        lines.add("    COMMIT;");
        lines.add("    IF clock_timestamp() - pk_reported > " + PROGRESS_EVERY + " THEN");
        lines.addAll(progress(what, "copying"));
        lines.add("      pk_reported := clock_timestamp();");
        lines.add("    END IF;");
        lines.add("  END LOOP;");
        lines.addAll(progress(what, "copied"));
        lines.add("END");
        return "DO " + Sql.dollarQuoted("\n" + String.join("\n", lines) + "\n");
    }

    private String batch(QualifiedName into, String where) {
        return "WITH b AS (SELECT " + columns + " FROM " + source.name().sql() + " WHERE " + where + " ORDER BY "
                + orderBy("", "") + " LIMIT " + batchSize + "),\n"
                + "           c AS (INSERT INTO " + into.sql() + " (" + columns + ") SELECT " + columns + " FROM b)\n"
                + "      SELECT " + orderBy("b.", "") + ", count(*) OVER () INTO " + variables() + ", pk_batch FROM b ORDER BY "
                + orderBy("b.", " DESC") + " LIMIT 1;";
    }

    /**
     * Rows of this range so far and their rate; for the whole table, the rows in partitions already
     * attached to the shadow against the planner's row estimate (both from pg_class, so approximate).
     */
    private List<String> progress(String what, String verb) {
        return List.of(
                "      pk_rate := round(pk_rows / greatest(extract(epoch FROM clock_timestamp() - pk_began), 0.001));",
                "      SELECT greatest(reltuples, 0) INTO pk_total FROM pg_catalog.pg_class WHERE oid = " + source.name().regclassLiteral()
                        + "::regclass;",
                "      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pk_rows INTO pk_done FROM pg_catalog.pg_inherits i "
                        + "JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = " + shadow.regclassLiteral() + "::regclass;",
                "      RAISE NOTICE 'partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left', "
                        + Sql.literal(verb) + ", " + what + ", pk_rows, date_trunc('second', clock_timestamp() - pk_began), pk_rate, "
                        + "round(least(pk_done, greatest(pk_total, pk_done))), round(greatest(pk_total, pk_done)), "
                        + "CASE WHEN pk_rate > 0 THEN date_trunc('second', make_interval(secs => greatest(pk_total - pk_done, 0) / pk_rate))::text "
                        + "ELSE 'unknown' END;");
    }

    private String variables() {
        List<String> variables = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            variables.add("pk_key_" + i);
        }
        return String.join(", ", variables);
    }

    private String orderBy(String prefix, String direction) {
        return order.stream().map(c -> prefix + Sql.ident(c.name()) + direction).collect(Collectors.joining(", "));
    }
}
