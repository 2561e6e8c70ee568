package io.partitionkit.core.plan;

import java.util.List;

/**
 * The ordered steps of one operation. Running them in order, each in its own transaction, performs
 * it; running them again after an interruption finishes it (a new plan is made from the catalog).
 *
 * @param summary   one line for logs ("convert public.events to daily range partitions ...")
 * @param warnings  things the user should know that do not stop the plan
 */
public record Plan(String summary, List<Step> steps, List<String> warnings) {

    public Plan {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
