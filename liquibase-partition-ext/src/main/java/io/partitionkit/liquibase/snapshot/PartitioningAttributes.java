package io.partitionkit.liquibase.snapshot;

import java.util.Optional;
import liquibase.structure.core.Table;

/**
 * Keeps what partitionkit learned about a partitioned table on Liquibase's {@link Table}, as
 * attributes: they travel with the snapshot (also one saved to a file and read back), show in
 * {@code snapshot} and {@code diff} output, and are all the change generator needs.
 */
final class PartitioningAttributes {

    static final String COLUMN = "partitionkitColumn";
    static final String INTERVAL = "partitionkitInterval";
    static final String DEFAULT_PARTITION = "partitionkitDefaultPartition";
    static final String REFUSAL = "partitionkitNotRecreated";
    static final String KEY_ENCODING = "partitionkitKeyEncoding";

    private PartitioningAttributes() {
    }

    static void write(Table table, RecreatedPartitioning partitioning) {
        table.setAttribute(COLUMN, partitioning.column());
        table.setAttribute(INTERVAL, partitioning.interval());
        table.setAttribute(DEFAULT_PARTITION, partitioning.defaultPartition());
        table.setAttribute(REFUSAL, partitioning.refusal());
        table.setAttribute(KEY_ENCODING, partitioning.keyEncoding());
    }

    /** What partitionkit learned, when the table is partitioned (and the snapshot was taken with partitionkit). */
    static Optional<RecreatedPartitioning> read(Table table) {
        String column = table.getAttribute(COLUMN, String.class);
        String refusal = table.getAttribute(REFUSAL, String.class);
        if (column == null && refusal == null) {
            return Optional.empty();
        }
        return Optional.of(new RecreatedPartitioning(column, table.getAttribute(INTERVAL, String.class),
                !Boolean.FALSE.equals(table.getAttribute(DEFAULT_PARTITION, Boolean.class)), refusal,
                table.getAttribute(KEY_ENCODING, String.class)));
    }
}
