package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Walking a table in the order of some of its columns, one committed batch at a time: PL/pgSQL
 * variables holding the last key copied (each of its column's own type and collation), the query
 * that finds where an earlier run stopped, and the statement that copies the next batch and moves the
 * variables on, setting {@code pkit_batch} to the rows it copied (NULL when none were left).
 */
public final class KeysetBatch {

    private final TableSnapshot source;
    private final List<String> key;
    private final String columns;
    private final int batchSize;

    /** {@code key}: the columns rows are walked in order of, unique together. */
    public KeysetBatch(TableSnapshot source, List<String> key, int batchSize) {
        this.source = source;
        this.key = key;
        this.columns = Ddl.storedColumns(source, "");
        this.batchSize = batchSize;
    }

    /** Declares the key variables; the block declares {@code pkit_batch} ({@link DoBlock#BIGINT}) itself. */
    public void declareKeys(DoBlock block) {
        for (int i = 0; i < key.size(); i++) {
            block.declare("pkit_key_" + i, DoBlock.typeOf(source.name(), key.get(i)));
        }
    }

    /** Sets the key variables to the last key {@code target} holds; FOUND says whether it holds one. */
    public String resumeAfterLastOf(QualifiedName target) {
        return "SELECT " + columnList("") + " INTO " + variables() + " FROM " + target.sql() + " ORDER BY " + order("", " DESC") + " LIMIT 1;";
    }

    /** The condition on a row of the source that it comes after the key variables. */
    public String afterLastKey() {
        return "(" + columnList("") + ") > (" + variables() + ")";
    }

    /**
     * Copies the next batch of rows of {@code from} that meet {@code where} (empty for every row)
     * into {@code into}, inserting those that meet {@code insertFilter} (on {@code b.}, empty for
     * all), and moves the key variables on to the batch's last row. {@code indent}: where the
     * statement starts, for its continuation lines.
     */
    public String copyNext(QualifiedName from, String where, QualifiedName into, String insertFilter, String indent) {
        return "WITH b AS (SELECT " + columns + " FROM " + from.sql() + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY "
                + order("", "") + " LIMIT " + batchSize + "),\n"
                + indent + "  c AS (INSERT INTO " + into.sql() + " (" + columns + ") SELECT " + columns + " FROM b"
                + (insertFilter.isEmpty() ? "" : " WHERE " + insertFilter) + ")\n"
                + indent + "SELECT " + columnList("b.") + ", count(*) OVER () INTO " + variables() + ", pkit_batch FROM b ORDER BY "
                + order("b.", " DESC") + " LIMIT 1;";
    }

    private String variables() {
        return IntStream.range(0, key.size()).mapToObj(i -> "pkit_key_" + i).collect(Collectors.joining(", "));
    }

    private String columnList(String prefix) {
        return order(prefix, "");
    }

    private String order(String prefix, String direction) {
        return key.stream().map(column -> prefix + Sql.ident(column) + direction).collect(Collectors.joining(", "));
    }
}
