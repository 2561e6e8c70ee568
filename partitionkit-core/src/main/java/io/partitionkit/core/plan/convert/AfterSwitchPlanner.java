package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Partitioning;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.FinishingSteps;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.Step;
import java.util.List;

/**
 * Plans a conversion of a table that is already range-partitioned on the requested column: the
 * switch of an earlier run committed but what follows it did not. What remains is validating the
 * foreign keys that were re-pointed NOT VALID and refreshing statistics.
 */
final class AfterSwitchPlanner {

    private AfterSwitchPlanner() {
    }

    static Plan plan(TableSnapshot table, ConversionOptions options) {
        Partitioning partitioning = table.partitioning();
        if (!partitioning.isRange() || !partitioning.keyColumns().equals(List.of(options.column()))) {
            throw new PlanningException("cannot convert " + table.name(), List.of(table.name()
                    + " is already partitioned, but not by range on column '" + options.column() + "'; use revertPartitioning "
                    + "first to partition it differently"));
        }
        List<Step> steps = FinishingSteps.of(table.name(),
                table.incomingForeignKeys().stream().filter(foreignKey -> !foreignKey.validated()).toList(), "partitioned table");
        return new Plan(table.name() + " is already range-partitioned on " + options.column()
                + "; finishing what an earlier run left", steps, List.of());
    }
}
