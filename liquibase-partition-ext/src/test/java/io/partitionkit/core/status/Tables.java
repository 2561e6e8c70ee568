package io.partitionkit.core.status;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.Partitioning;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.sql.QualifiedName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the facts status reads, by hand, the way the catalog reports them (bounds in UTC, ISO). */
final class Tables {

    static final String SCHEMA = "public";

    private final QualifiedName name;
    private final char strategy;
    private final Column key;
    private final List<Partition> partitions = new ArrayList<>();
    private final Map<QualifiedName, PartitionVolume> volumes = new HashMap<>();
    private long defaultRows;
    private KeyHead head;

    private Tables(String name, char strategy, Column key) {
        this.name = new QualifiedName(SCHEMA, name);
        this.strategy = strategy;
        this.key = key;
    }

    static Tables timestamptz(String name) {
        return new Tables(name, 'r', new Column("created_at", 2, "timestamp with time zone", "timestamptz", null, true, null, ' ', ' ', null));
    }

    static Tables bigint(String name) {
        return new Tables(name, 'r', new Column("id", 1, "bigint", "int8", null, true, null, ' ', ' ', null));
    }

    static Tables list(String name) {
        return new Tables(name, 'l', new Column("region", 1, "text", "text", null, true, null, ' ', ' ', null));
    }

    QualifiedName name() {
        return name;
    }

    /** One partition per day from {@code first} up to (not including) {@code end}, named like maintenance names them. */
    Tables days(String first, String end) {
        for (LocalDate day = LocalDate.parse(first); day.isBefore(LocalDate.parse(end)); day = day.plusDays(1)) {
            range(name.name() + "_" + day.toString().replace("-", ""), "'" + day + " 00:00:00+00'", "'" + day.plusDays(1) + " 00:00:00+00'");
        }
        return this;
    }

    /** Partitions {@code width} ids wide from {@code first} up to (not including) {@code end}, named after their lower bound. */
    Tables ids(long first, long end, long width) {
        for (long lower = first; lower < end; lower += width) {
            range(name.name() + "_" + lower, Long.toString(lower), Long.toString(lower + width));
        }
        return this;
    }

    Tables range(String partition, String lower, String upper) {
        return range(partition, lower, upper, 0);
    }

    Tables range(String partition, String lower, String upper, long estimatedRows) {
        QualifiedName partitionName = name.sibling(partition);
        partitions.add(new Partition(partitionName, "FOR VALUES FROM (" + lower + ") TO (" + upper + ")", false, lower, upper, false,
                List.of(), List.of(), false, estimatedRows, List.of(), false, partitions.size() + 1));
        volumes.put(partitionName, new PartitionVolume(estimatedRows, 8192 + estimatedRows * 100));
        return this;
    }

    Tables listPartition(String partition, String values) {
        partitions.add(new Partition(name.sibling(partition), "FOR VALUES IN (" + values + ")", false, null, null, false, List.of(),
                List.of(), false, 0, List.of(), false, partitions.size() + 1));
        return this;
    }

    Tables defaultPartition(long rows) {
        partitions.add(new Partition(name.sibling(name.name() + "_default"), "DEFAULT", true, null, null, false, List.of(), List.of(),
                false, rows, List.of(), false, partitions.size() + 1));
        defaultRows = rows;
        return this;
    }

    /** The largest key, with no other key below it. */
    Tables maxKey(long value) {
        return head(KeyHead.largest(value, Optional.empty()));
    }

    Tables head(KeyHead value) {
        head = value;
        return this;
    }

    TableFacts facts() {
        return new TableFacts(name, new Partitioning(strategy, List.of(key.name()), partitions), key, volumes, defaultRows,
                Optional.ofNullable(head));
    }

    /** The policy an ensurePartitions change with these attributes gives. */
    StatusPolicy policy(String interval, int premake, String retention, String timeZone) {
        return StatusPolicy.of(MaintenanceOptions.parse(null, name.name(), key.name(), interval, premake, retention, null, null, null,
                null, null, null, null, timeZone), SCHEMA);
    }
}
