package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.KeysetBatch;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SQL that loads one key range of a live table into a standalone table: rows in (partition key,
 * primary key) order, one committed batch at a time, resuming after the last row already loaded.
 * Rows written meanwhile are not its concern: the capture trigger logs them for the replay. Reports
 * progress with NOTICEs: rows, rows/s, and an estimate of what is left of the whole table.
 */
final class RangeLoad {

    /** How often a long range reports progress; every range reports when it is done. */
    private static final String PROGRESS_EVERY = "interval '10 seconds'";

    private final TableSnapshot source;
    private final QualifiedName shadow;
    private final KeysetBatch keyset;

    /** {@code shadow}: the partitioned table whose attached partitions count as copied already. */
    RangeLoad(TableSnapshot source, QualifiedName shadow, String partitionKey, List<String> primaryKey, int batchSize) {
        this.source = source;
        this.shadow = shadow;
        this.keyset = new KeysetBatch(source, keyOrder(partitionKey, primaryKey), batchSize);
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
        String what = Sql.literal(source.name() + " into " + into + " (range " + position + ")");
        DoBlock block = new DoBlock().setting("row_security", "off");
        keyset.declareKeys(block);
        block.declare("pkit_started", DoBlock.BOOLEAN).declare("pkit_batch", DoBlock.BIGINT).declare("pkit_rows", DoBlock.BIGINT, "0")
                .declare("pkit_began", DoBlock.TIMESTAMPTZ).declare("pkit_reported", DoBlock.TIMESTAMPTZ).declare("pkit_rate", DoBlock.NUMERIC)
                .declare("pkit_total", DoBlock.NUMERIC).declare("pkit_done", DoBlock.NUMERIC);
        block.line("  pkit_began := clock_timestamp();",
                "  pkit_reported := pkit_began;",
                "  " + keyset.resumeAfterLastOf(into),
                "  pkit_started := FOUND;",
                "  LOOP",
                "    pkit_batch := NULL;",
                "    IF pkit_started THEN",
                "      " + keyset.copyNext(source.name(), inRange + " AND " + keyset.afterLastKey(), into, "", "      "),
                "    ELSE",
                "      " + keyset.copyNext(source.name(), inRange, into, "", "      "),
                "    END IF;",
                "    EXIT WHEN pkit_batch IS NULL;",
                "    pkit_started := true;",
                "    pkit_rows := pkit_rows + pkit_batch;");
        block.commit("    ");
        block.line("    IF clock_timestamp() - pkit_reported > " + PROGRESS_EVERY + " THEN");
        block.lines(progress(what, "copying"));
        block.line("      pkit_reported := clock_timestamp();",
                "    END IF;",
                "  END LOOP;");
        block.lines(progress(what, "copied"));
        return block.sql();
    }

    /**
     * Rows of this range so far and their rate; for the whole table, the rows in partitions already
     * attached to the shadow against the planner's row estimate (both from pg_class, so approximate).
     */
    private List<String> progress(String what, String verb) {
        return List.of(
                "      pkit_rate := round(pkit_rows / greatest(extract(epoch FROM clock_timestamp() - pkit_began), 0.001));",
                "      SELECT greatest(reltuples, 0) INTO pkit_total FROM pg_catalog.pg_class WHERE oid = " + source.name().regclassLiteral()
                        + "::regclass;",
                "      SELECT coalesce(sum(greatest(c.reltuples, 0)), 0) + pkit_rows INTO pkit_done FROM pg_catalog.pg_inherits i "
                        + "JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = " + shadow.regclassLiteral() + "::regclass;",
                "      " + DoBlock.raise("NOTICE", "partitionkit: % %: % rows in %, % rows/s; about % of % rows of the table copied, about % left",
                        Sql.literal(verb), what, "pkit_rows", "date_trunc('second', clock_timestamp() - pkit_began)", "pkit_rate",
                        "round(least(pkit_done, greatest(pkit_total, pkit_done)))", "round(greatest(pkit_total, pkit_done))",
                        "CASE WHEN pkit_rate > 0 THEN date_trunc('second', make_interval(secs => (greatest(pkit_total - pkit_done, 0) / pkit_rate)::float8))::text "
                                + "ELSE 'unknown' END"));
    }
}
