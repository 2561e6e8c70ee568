package io.partitionkit.liquibase;

import io.partitionkit.core.plan.Step;
import liquibase.statement.AbstractSqlStatement;

/** One planned step as a Liquibase statement; {@link StepStatementGenerator} renders it verbatim. */
public class StepStatement extends AbstractSqlStatement {

    private final Step step;

    public StepStatement(Step step) {
        this.step = step;
    }

    public Step getStep() {
        return step;
    }

    @Override
    public String toString() {
        return step.sql();
    }
}
