package io.partitionkit.it.support;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.run.AutoCommit;
import io.partitionkit.core.run.StepExecution;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a plan's steps on a JDBC connection, each as its own autocommit statement through
 * {@link StepExecution}, exactly as the Liquibase changes do with {@code runInTransaction="false"},
 * so that a test can watch, hold or stop a plan between steps. Stops at the first failing step: the
 * plan is built so that running it again continues from there.
 */
public final class PlanExecutor {

    /** Hears what happens while a plan runs. */
    public interface Listener {
        default void stepStarted(int index, Step step) {
        }

        /** A NOTICE or WARNING the server raised during the step. */
        default void serverMessage(Step step, String message) {
        }

        default void stepFinished(int index, Step step, Duration took) {
        }
    }

    private final Connection connection;
    private final Listener listener;

    public PlanExecutor(Connection connection, Listener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    public void execute(Plan plan) throws SQLException {
        try (AutoCommit ignored = AutoCommit.on(connection)) {
            for (int i = 0; i < plan.steps().size(); i++) {
                execute(i, plan.steps().get(i));
            }
        }
    }

    private void execute(int index, Step step) throws SQLException {
        listener.stepStarted(index, step);
        long started = System.nanoTime();
        StepExecution.execute(connection, step, message -> listener.serverMessage(step, message));
        listener.stepFinished(index, step, Duration.ofNanos(System.nanoTime() - started));
    }
}
