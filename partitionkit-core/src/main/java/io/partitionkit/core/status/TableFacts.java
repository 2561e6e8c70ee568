package io.partitionkit.core.status;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partitioning;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.plan.MaintenanceRecord;
import io.partitionkit.core.sql.QualifiedName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What status reads about one partitioned table, once, so that the analysis does no I/O.
 *
 * @param keyColumn   the partition key column, null when the key has several columns or an expression
 * @param volumes     rows and bytes of each partition
 * @param defaultRows rows in the DEFAULT partition, counted up to {@link #DEFAULT_ROWS_COUNTED_UP_TO} + 1
 *                    (0 when there is none)
 * @param head        the key head, read for integer keys only (their "now"); empty without rows
 * @param lastMaintenance when maintenance of the table last succeeded, as its comment records it
 * @param defaultRowsNotUuidv7 for a uuid key, how many of the DEFAULT partition's rows counted are no UUIDv7
 */
public record TableFacts(QualifiedName table, Partitioning partitioning, Column keyColumn, Map<QualifiedName, PartitionVolume> volumes,
                         long defaultRows, Optional<KeyHead> head, Optional<Instant> lastMaintenance, Optional<Long> defaultRowsNotUuidv7) {

    /** Counting stops here: the number only has to say "some" or "a lot", not cost a scan of a huge DEFAULT. */
    public static final long DEFAULT_ROWS_COUNTED_UP_TO = 1_000_000;

    public TableFacts {
        volumes = Map.copyOf(volumes);
    }

    /** Facts of a table whose key is no uuid. */
    public TableFacts(QualifiedName table, Partitioning partitioning, Column keyColumn, Map<QualifiedName, PartitionVolume> volumes,
                      long defaultRows, Optional<KeyHead> head, Optional<Instant> lastMaintenance) {
        this(table, partitioning, keyColumn, volumes, defaultRows, head, lastMaintenance, Optional.empty());
    }

    public static TableFacts of(TableSnapshot snapshot, Map<QualifiedName, PartitionVolume> volumes, long defaultRows,
                                Optional<KeyHead> head) {
        return of(snapshot, volumes, defaultRows, head, Optional.empty());
    }

    public static TableFacts of(TableSnapshot snapshot, Map<QualifiedName, PartitionVolume> volumes, long defaultRows,
                                Optional<KeyHead> head, Optional<Long> defaultRowsNotUuidv7) {
        return new TableFacts(snapshot.name(), snapshot.partitioning(), keyColumn(snapshot).orElse(null), volumes, defaultRows, head,
                MaintenanceRecord.read(snapshot.comment()), defaultRowsNotUuidv7);
    }

    /** The single key column of a partitioned table, if it has one. */
    public static Optional<Column> keyColumn(TableSnapshot snapshot) {
        var keys = snapshot.partitioning().keyColumns();
        return keys.size() == 1 && keys.get(0) != null ? snapshot.column(keys.get(0)) : Optional.empty();
    }

    public PartitionVolume volume(QualifiedName partition) {
        return volumes.getOrDefault(partition, PartitionVolume.UNKNOWN);
    }
}
