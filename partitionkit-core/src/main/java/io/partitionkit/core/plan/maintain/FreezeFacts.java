package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionCheck;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What freezing needs to know of the rows: which of the newest partitions hold rows (up to the
 * {@code freezeAfter}-th that does, see {@link FrozenBounds#oldEnough}), the span of each column
 * still to freeze in each older partition (at most {@link #MAX_PARTITIONS_PER_RUN} partitions), and
 * the CHECK constraints the partitions have of their own.
 *
 * @param holdingRows the partitions found holding rows among those asked
 * @param spans       by partition, by column: what the column holds there
 */
public record FreezeFacts(Set<QualifiedName> holdingRows, Map<QualifiedName, Map<String, ColumnSpan>> spans,
                          List<PartitionCheck> checks) {

    /** Partitions whose columns one run reads and freezes; the next run continues with the rest. */
    public static final int MAX_PARTITIONS_PER_RUN = 100;

    public FreezeFacts {
        holdingRows = Set.copyOf(holdingRows);
        spans = Map.copyOf(spans);
        checks = List.copyOf(checks);
    }

    public static FreezeFacts none() {
        return new FreezeFacts(Set.of(), Map.of(), List.of());
    }

    /** The partitions with a range on the grid, newest first. */
    static List<Partition> newestFirst(TableSnapshot table, PartitionGrid grid) {
        Map<Partition, PartitionRange> ranges = new LinkedHashMap<>();
        table.partitioning().partitions().stream().filter(p -> !p.isDefault())
                .forEach(p -> grid.range(p).ifPresent(range -> ranges.put(p, range)));
        return ranges.keySet().stream().sorted(Comparator.comparing((Partition p) -> ranges.get(p).lower()).reversed()).toList();
    }

    static FreezeFacts read(CatalogReader reader, TableSnapshot table, List<PartitionCheck> checks, PartitionGrid grid,
                            MaintenanceOptions options) {
        List<String> columns = FrozenBounds.freezable(table, options);
        if (columns.isEmpty() || columns.size() < options.freezeColumns().size()) { // planning refuses a column that cannot be frozen
            return new FreezeFacts(Set.of(), Map.of(), checks);
        }
        Set<QualifiedName> holdingRows = new HashSet<>();
        List<Partition> old = FrozenBounds.oldEnough(newestFirst(table, grid), options.freezeAfter(), partition -> {
            boolean rows = reader.value(partition.name(), "SELECT 'rows' FROM " + partition.name().sql() + " LIMIT 1").isPresent();
            if (rows) {
                holdingRows.add(partition.name());
            }
            return rows;
        });
        Map<QualifiedName, Set<String>> frozen = FrozenBounds.frozenColumns(checks, true);
        Map<QualifiedName, Map<String, ColumnSpan>> spans = new HashMap<>();
        int withRows = 0;
        for (Partition partition : old) {
            if (withRows >= MAX_PARTITIONS_PER_RUN) {
                break;
            }
            if (partition.partitioned()) {
                continue;
            }
            Map<String, ColumnSpan> byColumn = new HashMap<>();
            for (String column : columns) {
                if (!frozen.getOrDefault(partition.name(), Set.of()).contains(column)) {
                    ColumnSpan span = span(reader, partition.name(), column);
                    byColumn.put(column, span);
                    if (span.noRows()) {
                        break; // an empty partition is not frozen, and costs no more probes
                    }
                }
            }
            if (!byColumn.isEmpty()) {
                spans.put(partition.name(), byColumn);
                withRows += byColumn.values().stream().anyMatch(ColumnSpan::noRows) ? 0 : 1;
            }
        }
        return new FreezeFacts(holdingRows, spans, checks);
    }

    /** Three probes, each served by an index that leads with the column when there is one. */
    private static ColumnSpan span(CatalogReader reader, QualifiedName partition, String column) {
        String name = Sql.ident(column);
        // the output gets a name of its own, so that ORDER BY orders by the column, not by its text
        String values = "SELECT " + name + "::text AS pkit_value FROM ONLY " + partition.sql() + " WHERE " + name + " IS NOT NULL ORDER BY "
                + name;
        Optional<String> lowest = reader.value(partition, values + " LIMIT 1");
        Optional<String> highest = reader.value(partition, values + " DESC LIMIT 1");
        return new ColumnSpan(lowest.orElse(null), highest.orElse(null), reader.hasNulls(partition, column));
    }
}
