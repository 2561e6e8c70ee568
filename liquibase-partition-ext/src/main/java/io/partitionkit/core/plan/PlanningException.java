package io.partitionkit.core.plan;

import java.util.List;

/**
 * The table cannot be changed as asked. Raised before the first statement runs, so the database is
 * unchanged; lists every problem found, each saying what would be accepted.
 */
public class PlanningException extends RuntimeException {

    private final List<String> problems;

    public PlanningException(String subject, List<String> problems) {
        super(subject + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
