package io.partitionkit.liquibase.snapshot;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.status.IntervalInference;
import io.partitionkit.core.status.TableFacts;
import java.util.Optional;

/**
 * How partitionkit recreates a partitioned table on an empty database: the key column and the
 * interval its partitions' bounds follow (on the UTC calendar, as status infers it), and whether it
 * has a DEFAULT partition; or why it cannot.
 *
 * @param column           the partition key, null when it cannot be recreated
 * @param interval         the interval inferred from the bounds, null when it cannot be recreated
 * @param defaultPartition whether the table has a DEFAULT partition
 * @param refusal          why partitionkit cannot recreate the table, null when it can
 * @param keyEncoding      how the key holds time when its type does not say ({@code uuidv7} for a uuid key), else null
 */
public record RecreatedPartitioning(String column, String interval, boolean defaultPartition, String refusal, String keyEncoding) {

    /** Partitioning of a key that is a time or integer type, or that cannot be recreated. */
    public RecreatedPartitioning(String column, String interval, boolean defaultPartition, String refusal) {
        this(column, interval, defaultPartition, refusal, null);
    }

    /** What partitionkit makes of a partitioned table as the catalog reads it. */
    public static RecreatedPartitioning of(TableSnapshot table) {
        boolean hasDefault = table.partitioning().defaultPartition().isPresent();
        if (!table.partitioning().isRange()) {
            return refused("it is not range-partitioned", hasDefault);
        }
        Optional<Column> key = TableFacts.keyColumn(table);
        if (key.isEmpty()) {
            return refused("its partition key has several columns or an expression", hasDefault);
        }
        Optional<KeyType> keyType = KeyType.of(key.get().baseTypeName());
        if (keyType.isEmpty()) {
            return refused("its partition key '" + key.get().name() + "' has type " + key.get().type() + "; partitionkit partitions on "
                    + KeyType.SUPPORTED, hasDefault);
        }
        if (table.primaryKey().isEmpty()) {
            return refused("it has no primary key, which convertToRangePartitioned needs", hasDefault);
        }
        Optional<PartitionInterval> interval = IntervalInference.ofPartitions(keyType.get(), table.partitioning().partitions());
        if (interval.isEmpty()) {
            return refused("the bounds of its partitions follow no single " + (keyType.get().isTime()
                    ? "interval on the UTC calendar (hour, day, week, month, quarter or year)" : "width"), hasDefault);
        }
        // Bounds that infer a calendar interval on a uuid key are smallest UUIDv7s: the key holds UUIDv7.
        return new RecreatedPartitioning(key.get().name(), interval.get().toString(), hasDefault, null,
                keyType.get() == KeyType.UUID ? KeyEncoding.UUIDV7.toString() : null);
    }

    private static RecreatedPartitioning refused(String reason, boolean hasDefault) {
        return new RecreatedPartitioning(null, null, hasDefault, reason);
    }

    public boolean recreatable() {
        return refusal == null;
    }
}
