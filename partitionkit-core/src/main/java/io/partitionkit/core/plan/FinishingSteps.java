package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a switch, in conversion and revert alike, and what a run after an interrupted one
 * still does: validate the foreign keys the switch re-pointed NOT VALID (without blocking writes),
 * then collect planner statistics for the new table.
 */
public final class FinishingSteps {

    private FinishingSteps() {
    }

    /** {@code kind} says what the table now is, for the step descriptions: "partitioned table" or "plain table". */
    public static List<Step> of(QualifiedName table, List<IncomingForeignKey> toValidate, String kind) {
        List<Step> steps = foreignKeyValidations(toValidate, kind);
        steps.add(Step.online("collect planner statistics for the " + kind + " " + table, Ddl.analyze(table),
                LockMode.SHARE_UPDATE_EXCLUSIVE));
        return steps;
    }

    /** The validations alone, for a switch whose table keeps its planner statistics. */
    public static List<Step> foreignKeyValidations(List<IncomingForeignKey> toValidate, String kind) {
        List<Step> steps = new ArrayList<>();
        for (IncomingForeignKey foreignKey : toValidate) {
            steps.add(Step.online("validate foreign key " + foreignKey.name() + " of " + foreignKey.table() + " against the " + kind,
                    Ddl.validateConstraint(foreignKey.table(), foreignKey.name()), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        return steps;
    }
}
