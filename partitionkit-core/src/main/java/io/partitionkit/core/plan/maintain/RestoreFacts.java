package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.ArchivedTable;
import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.sql.Sql;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the restore planner needs, read once: the table, the tables retention archived from it, and
 * whether the DEFAULT partition holds rows of their ranges (ATTACH would then fail on them).
 *
 * @param archived           the tables of archiveSchema whose note says retention archived them from the table
 * @param defaultRows        for an archived table whose range the DEFAULT partition holds rows of: how many (by table name)
 */
public record RestoreFacts(Optional<TableSnapshot> table, boolean archiveSchemaMissing, MaintenanceFacts.TablespaceAccess tablespace,
                           List<ArchivedTable> archived, Map<String, Long> defaultRows) {

    public RestoreFacts {
        archived = List.copyOf(archived);
        defaultRows = Map.copyOf(defaultRows);
    }

    public static RestoreFacts read(CatalogReader reader, RestoreOptions options) {
        Optional<TableSnapshot> table = reader.read(options.schema(), options.table());
        boolean archiveSchemaMissing = !reader.schemaExists(options.archiveSchema());
        MaintenanceFacts.TablespaceAccess tablespace = MaintenanceFacts.TablespaceAccess.read(reader, options.tablespace());
        if (table.isEmpty() || !table.get().isPartitioned() || archiveSchemaMissing) {
            return new RestoreFacts(table, archiveSchemaMissing, tablespace, List.of(), Map.of());
        }
        TableSnapshot snapshot = table.get();
        List<ArchivedTable> archived = MaintenanceFacts.archivedFrom(reader, options.archiveSchema(), snapshot.name());
        Map<String, Long> defaultRows = new HashMap<>();
        Optional<PartitionGrid> grid = RestorePlanner.grid(snapshot, options);
        Optional<Partition> defaultPartition = snapshot.partitioning().defaultPartition();
        if (grid.isPresent() && defaultPartition.isPresent()) {
            for (ArchivedTable each : archived) {
                Optional<PartitionRange> range = RestorePlanner.archivedRange(each, grid.get()).filter(r -> RestorePlanner.requested(r,
                        grid.get(), options));
                if (range.isEmpty()) {
                    continue;
                }
                long rows = reader.value(defaultPartition.get().name(), "SELECT count(*) FROM ONLY " + defaultPartition.get().name().sql()
                        + " WHERE " + Ddl.inRange(Sql.ident(options.column()), grid.get(), range.get())).map(Long::parseLong).orElse(0L);
                if (rows > 0) {
                    defaultRows.put(each.name().name(), rows);
                }
            }
        }
        return new RestoreFacts(table, false, tablespace, archived, defaultRows);
    }
}
