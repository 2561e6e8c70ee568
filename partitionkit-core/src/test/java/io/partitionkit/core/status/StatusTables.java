package io.partitionkit.core.status;

import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.Tables;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What status reads about a table stated with {@link Tables}, and the policy of an ensurePartitions change for it. */
final class StatusTables {

    private StatusTables() {
    }

    /** The table's facts; each partition but DEFAULT is 8 kB plus 100 bytes a row. */
    static TableFacts facts(Tables table) {
        TableSnapshot snapshot = table.snapshot();
        Map<QualifiedName, PartitionVolume> volumes = new HashMap<>();
        for (Partition partition : snapshot.partitioning().partitions()) {
            if (!partition.isDefault()) {
                volumes.put(partition.name(), new PartitionVolume(partition.estimatedRows(), 8192 + partition.estimatedRows() * 100));
            }
        }
        return TableFacts.of(snapshot, volumes, table.defaultRows(), table.head());
    }

    /** The table's facts, maintenance of it having last succeeded at {@code at}. */
    static TableFacts maintainedAt(Tables table, Instant at) {
        TableFacts facts = facts(table);
        return new TableFacts(facts.table(), facts.partitioning(), facts.keyColumn(), facts.volumes(), facts.defaultRows(), facts.head(),
                Optional.of(at));
    }

    /** The policy an ensurePartitions change with these attributes gives. */
    static StatusPolicy policy(Tables table, String interval, int premake, String retention, String timeZone) {
        String column = TableFacts.keyColumn(table.snapshot()).orElseThrow().name();
        return StatusPolicy.of(MaintenanceOptions.parse(null, table.name().name(), column, interval, premake, retention, null, null, null,
                null, null, null, null, timeZone), Tables.SCHEMA);
    }
}
