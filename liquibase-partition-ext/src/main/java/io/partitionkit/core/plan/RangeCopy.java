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
        DoBlock block = new DoBlock().setting("row_security", "off");
        for (int i = 0; i < order.size(); i++) {
            block.declare("pk_key_" + i, DoBlock.typeOf(source.name(), order.get(i).name()));
        }
        block.declare("pk_started", DoBlock.BOOLEAN).declare("pk_batch", DoBlock.BIGINT).declare("pk_rows", DoBlock.BIGINT, "0")
                .declare("pk_began", DoBlock.TIMESTAMPTZ).declare("pk_reported", DoBlock.TIMESTAMPTZ).declare("pk_rate", DoBlock.NUMERIC)
                .declare("pk_total", DoBlock.NUMERIC).declare("pk_done", DoBlock.NUMERIC);
        block.line("  pk_began := clock_timestamp();",
                "  pk_reported := pk_began;",
                "  SELECT " + orderBy("", "") + " INTO " + variables + " FROM " + into.sql() + " ORDER BY " + orderBy("", " DESC")
                        + " LIMIT 1;",
                "  pk_started := FOUND;",
                "  LOOP",
                "    pk_batch := NULL;",
                "    IF pk_started THEN",
                "      " + batch(into, inRange + " AND (" + ascending + ") > (" + variables + ")"),
                "    ELSE",
                "      " + batch(into, inRange),
                "    END IF;",
                "    EXIT WHEN pk_batch IS NULL;",
                "    pk_started := true;",
                "    pk_rows := pk_rows + pk_batch;");
        block.commit("    ");
        block.line("    IF clock_timestamp() - pk_reported > " + PROGRESS_EVERY + " THEN");
        block.lines(progress(what, "copying"));
        block.line("      pk_reported := clock_timestamp();",
                "    END IF;",
                "  END LOOP;");
        block.lines(progress(what, "copied"));
        return block.sql();
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
                "      " + DoBlock.raise("NOTICE", "partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left",
                        Sql.literal(verb), what, "pk_rows", "date_trunc('second', clock_timestamp() - pk_began)", "pk_rate",
                        "round(least(pk_done, greatest(pk_total, pk_done)))", "round(greatest(pk_total, pk_done))",
                        "CASE WHEN pk_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pk_total - pk_done, 0) / pk_rate)::float8))::text "
                                + "ELSE 'unknown' END"));
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
