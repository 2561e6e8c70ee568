package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.InheritanceChild;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What converting a table partitioned by inheritance depends on, besides the parent's snapshot: its
 * children (each with its snapshot), its own parents, the triggers routing its rows, and the rows
 * stored in the parent itself.
 *
 * @param ownKeys    the smallest and largest key of the rows stored in the parent itself; empty for none
 * @param inChildren whether some of those rows lie in a child's range
 * @param strayRows  how many of those rows no child's range holds, counted up to the batch size plus one
 */
public record InheritanceFacts(List<InheritanceChild> children, Map<QualifiedName, TableSnapshot> childTables,
                               List<QualifiedName> parents, List<String> routingTriggers, Optional<List<String>> ownKeys,
                               boolean inChildren, long strayRows) {

    public InheritanceFacts {
        children = List.copyOf(children);
        childTables = Map.copyOf(childTables);
        parents = List.copyOf(parents);
        routingTriggers = List.copyOf(routingTriggers);
    }

    /** Whether the table is the parent of an inheritance set, and a child of none: the one shape converted. */
    boolean isParentOfASet() {
        return !children.isEmpty() && parents.isEmpty();
    }

    /** The facts, for a plain table that takes part in inheritance; empty for any other. */
    static Optional<InheritanceFacts> read(CatalogReader reader, Optional<TableSnapshot> table, ConversionOptions options) {
        if (table.isEmpty() || table.get().isPartitioned() || !table.get().inheritance()) {
            return Optional.empty();
        }
        QualifiedName name = table.get().name();
        List<InheritanceChild> children = reader.inheritanceChildren(name);
        Map<QualifiedName, TableSnapshot> childTables = new LinkedHashMap<>();
        for (InheritanceChild child : children) {
            reader.read(child.name().schema(), child.name().name()).ifPresent(snapshot -> childTables.put(child.name(), snapshot));
        }
        Optional<List<String>> ownKeys = table.get().column(options.column()).isPresent()
                ? reader.ownKeyRange(name, options.column()) : Optional.empty();
        long stray = 0;
        boolean inChildren = false;
        Optional<PartitionGrid> grid = ConversionPlanner.keyGrid(table.get(), options);
        if (ownKeys.isPresent() && grid.isPresent()) {
            List<PartitionRange> held = held(InheritanceSet.of(children, options.column(), grid.get()));
            String key = Sql.ident(options.column());
            String inAChild = held.isEmpty() ? "false"
                    : held.stream().map(range -> "(" + Ddl.inRange(key, grid.get(), range) + ")").collect(Collectors.joining(" OR "));
            stray = reader.ownRowsUpTo(name, "NOT (" + inAChild + ") OR " + key + " IS NULL", options.batchSize() + 1L);
            inChildren = reader.ownRowsUpTo(name, inAChild, 1) > 0;
        }
        return Optional.of(new InheritanceFacts(children, childTables, reader.inheritanceParents(name), reader.routingTriggers(name),
                ownKeys, inChildren, stray));
    }

    /** The keys the children hold, adjacent ranges joined. */
    static List<PartitionRange> held(InheritanceSet set) {
        List<PartitionRange> joined = new ArrayList<>();
        for (InheritanceSet.Child child : set.partitions()) {
            PartitionRange range = child.range();
            int last = joined.size() - 1;
            if (last >= 0 && !joined.get(last).upper().isBefore(range.lower())) {
                PartitionRange before = joined.get(last);
                joined.set(last, new PartitionRange(before.lower(), before.upper().isBefore(range.upper()) ? range.upper() : before.upper()));
            } else {
                joined.add(range);
            }
        }
        return joined;
    }
}
