package io.partitionkit.liquibase.snapshot;

import io.partitionkit.liquibase.ConvertToRangePartitionedChange;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.util.List;
import liquibase.change.Change;

/**
 * The partitionkit changes that partition a freshly created, empty table the way a partitioned
 * table was: {@code convertToRangePartitioned} with strategy {@code attach} (on an empty table the
 * old table becomes an empty partition below the first new one; {@code empty} and {@code copy}
 * would leave a plain {@code <table>_legacy} table beside it), then {@code ensurePartitions} for
 * the maintenance changeset. Other attributes keep their defaults (premake 7, time zone UTC, the
 * calendar the interval was inferred on); no retention, which bounds cannot tell.
 */
final class PartitionChanges {

    static final String STRATEGY = "attach";

    private PartitionChanges() {
    }

    /** {@code schema} null leaves the schema to the connection's, as Liquibase does without includeSchema. */
    static List<Change> of(String schema, String table, RecreatedPartitioning partitioning) {
        if (!partitioning.recreatable()) {
            throw new IllegalArgumentException(table + " cannot be recreated partitioned: " + partitioning.refusal());
        }
        ConvertToRangePartitionedChange convert = new ConvertToRangePartitionedChange();
        convert.setSchemaName(schema);
        convert.setTableName(table);
        convert.setColumn(partitioning.column());
        convert.setInterval(partitioning.interval());
        convert.setKeyEncoding(partitioning.keyEncoding());
        convert.setStrategy(STRATEGY);
        if (!partitioning.defaultPartition()) {
            convert.setDefaultPartition(false);
        }
        EnsurePartitionsChange maintain = new EnsurePartitionsChange();
        maintain.setSchemaName(schema);
        maintain.setTableName(table);
        maintain.setColumn(partitioning.column());
        maintain.setInterval(partitioning.interval());
        maintain.setKeyEncoding(partitioning.keyEncoding());
        return List.of(convert, maintain);
    }
}
