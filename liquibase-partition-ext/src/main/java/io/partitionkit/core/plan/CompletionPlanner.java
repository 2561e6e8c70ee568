package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Partitioning;
import io.partitionkit.core.catalog.TableSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a conversion of a table that is already range-partitioned on the requested column: the
 * switch of an earlier run committed but what follows it did not. What remains is validating the
 * foreign keys that were re-pointed NOT VALID and refreshing statistics.
 */
final class CompletionPlanner {

    private CompletionPlanner() {
    }

    static Plan plan(TableSnapshot table, ConversionOptions options) {
        Partitioning partitioning = table.partitioning();
        if (!partitioning.isRange() || !partitioning.keyColumns().equals(List.of(options.column()))) {
            throw new PlanningException("cannot convert " + table.name(), List.of(table.name()
                    + " is already partitioned, but not by range on column '" + options.column() + "'; use revertPartitioning "
                    + "first to partition it differently"));
        }
        List<Step> steps = new ArrayList<>();
        for (IncomingForeignKey foreignKey : table.incomingForeignKeys()) {
            if (!foreignKey.validated()) {
                steps.add(Step.online("validate foreign key " + foreignKey.name() + " of " + foreignKey.table()
                        + " against the partitioned table", Ddl.validateConstraint(foreignKey.table(), foreignKey.name()),
                        LockMode.SHARE_UPDATE_EXCLUSIVE));
            }
        }
        steps.add(Step.online("collect planner statistics for the partitioned table " + table.name(),
                Ddl.analyze(table.name()), LockMode.SHARE_UPDATE_EXCLUSIVE));
        return new Plan(table.name() + " is already range-partitioned on " + options.column()
                + "; finishing what an earlier run left", steps, List.of());
    }
}
