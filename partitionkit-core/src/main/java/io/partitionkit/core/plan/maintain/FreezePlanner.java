package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionCheck;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans frozen partitions: a CHECK constraint bounding each of {@code freezeColumns} on every
 * partition old enough (see {@link FrozenBounds#oldEnough}), so that the planner excludes it from
 * queries on those columns, and the removal of the constraints partitionkit added for a column no
 * longer listed. A partition already frozen on a column is left alone; one whose freezing did not
 * finish (its constraint is not validated) is frozen afresh. A unit per partition.
 */
final class FreezePlanner {

    /** One column to freeze on a partition. */
    record FrozenBound(String column, String constraint, String check, boolean replacesUnvalidated) {
    }

    private final TableSnapshot table;
    private final MaintenanceOptions options;
    private final FreezeFacts facts;
    private final List<String> notes = new ArrayList<>();

    FreezePlanner(TableSnapshot table, MaintenanceOptions options, FreezeFacts facts) {
        this.table = table;
        this.options = options;
        this.facts = facts;
    }

    /** Why the options' freezeColumns cannot be frozen on this table, one problem a column. */
    static List<String> problems(TableSnapshot table, MaintenanceOptions options) {
        return options.freezeColumns().stream().map(column -> FrozenBounds.refusal(table, column)).flatMap(Optional::stream).toList();
    }

    /**
     * The units: unfreezing first (a partition's constraints of columns no longer listed), then
     * freezing, newest partition first. Partitions {@code leaving} this run (expired) are left out.
     */
    List<MaintenancePlan.Unit> units(List<Partition> newestFirst, Set<QualifiedName> leaving, MaintenanceSteps steps) {
        List<MaintenancePlan.Unit> units = new ArrayList<>();
        Map<QualifiedName, List<String>> stale = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (PartitionCheck check : facts.checks()) {
            FrozenBounds.frozenColumn(check).filter(column -> !options.freezeColumns().contains(column))
                    .filter(column -> !leaving.contains(check.partition()))
                    .ifPresent(column -> stale.computeIfAbsent(check.partition(), p -> new ArrayList<>()).add(check.name()));
        }
        stale.forEach((partition, constraints) -> units.add(steps.unfreezing(partition, constraints)));

        List<String> columns = options.freezeColumns();
        if (columns.isEmpty()) {
            return units;
        }
        Map<QualifiedName, Set<String>> validated = FrozenBounds.frozenColumns(facts.checks(), true);
        Map<QualifiedName, Set<String>> ours = FrozenBounds.frozenColumns(facts.checks(), false);
        List<String> deferred = new ArrayList<>();
        for (Partition partition : FrozenBounds.oldEnough(newestFirst, options.freezeAfter(), p -> facts.holdingRows().contains(p.name()))) {
            QualifiedName name = partition.name();
            if (leaving.contains(name) || partition.partitioned()) {
                continue;
            }
            List<String> toFreeze = columns.stream().filter(c -> !validated.getOrDefault(name, Set.of()).contains(c)).toList();
            if (toFreeze.isEmpty()) {
                continue;
            }
            Map<String, ColumnSpan> spans = facts.spans().get(name);
            if (spans != null && spans.values().stream().anyMatch(ColumnSpan::noRows)) {
                continue; // nothing to bound; a row arriving later is not refused
            }
            if (spans == null || !spans.keySet().containsAll(toFreeze)) {
                deferred.add(name.toString());
                continue;
            }
            List<FrozenBound> bounds = new ArrayList<>();
            for (String column : toFreeze) {
                String constraint = FrozenBounds.constraintName(name, column);
                boolean unvalidated = ours.getOrDefault(name, Set.of()).contains(column);
                if (!unvalidated && takenByAnother(name, constraint)) {
                    notes.add(name + " has a constraint named " + constraint + " that partitionkit did not add, so its column " + column
                            + " is not frozen; rename that constraint to let partitionkit freeze it");
                    continue;
                }
                Column type = table.column(column).orElseThrow();
                bounds.add(new FrozenBound(column, constraint, FrozenBounds.check(type, spans.get(column)), unvalidated));
            }
            if (!bounds.isEmpty()) {
                units.add(steps.freezing(name, bounds));
            }
        }
        if (!deferred.isEmpty()) {
            notes.add(deferred.size() + " more partition(s) are old enough to freeze; a run freezes at most "
                    + FreezeFacts.MAX_PARTITIONS_PER_RUN + ", the next runs continue");
        }
        return units;
    }

    private boolean takenByAnother(QualifiedName partition, String constraint) {
        return facts.checks().stream().anyMatch(check -> check.partition().equals(partition) && check.name().equals(constraint));
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
