package io.partitionkit.it.support;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Another session's long transaction, there for every lock-bounded step of a plan: before such a
 * step starts, it reads the table and keeps its transaction open (ACCESS SHARE, which the step's
 * ACCESS EXCLUSIVE waits for); it commits once the step has said that two attempts gave up after
 * lock_timeout, or when the step ends without being held up by it.
 */
public final class ReaderDuringLockedSteps implements PlanExecutor.Listener, AutoCloseable {

    private static final int ATTEMPTS_BEFORE_COMMIT = 2;

    private final Connection reader;
    private final String table;
    private final Set<String> retriedSteps = new LinkedHashSet<>();
    private boolean open;

    private ReaderDuringLockedSteps(TestDatabase db, String table) {
        this.reader = db.connect();
        this.table = table;
    }

    /** Runs the plan with a reader of {@code table} in the way of each lock-bounded step; returns the steps it held up. */
    public static Set<String> runHeldUp(TestDatabase db, Plan plan, String table) {
        return runHeldUp(db, plan, db, table);
    }

    /**
     * Runs the plan on {@code db} with a reader of {@code table} on {@code readOn} (a Citus worker and
     * one of its shards, say) in the way of each lock-bounded step; returns the steps it held up.
     */
    public static Set<String> runHeldUp(TestDatabase db, Plan plan, TestDatabase readOn, String table) {
        try (ReaderDuringLockedSteps reader = new ReaderDuringLockedSteps(readOn, table)) {
            Plans.run(db, plan, reader);
            return reader.retriedSteps();
        }
    }

    @Override
    public synchronized void stepStarted(int index, Step step) {
        if (step.boundedByLockTimeout()) {
            try (Statement statement = reader.createStatement()) {
                reader.setAutoCommit(false);
                statement.execute("SELECT count(*) FROM " + table);
                open = true;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void serverMessage(Step step, String message) {
        if (message.contains("attempt " + ATTEMPTS_BEFORE_COMMIT + " waited longer than lock_timeout")) {
            retriedSteps.add(step.description());
            commit();
        }
    }

    @Override
    public synchronized void stepFinished(int index, Step step, Duration took) {
        commit();
    }

    private void commit() {
        if (open) {
            try {
                reader.commit();
                open = false;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /** The steps that gave up twice, waiting for the reader, before they succeeded. */
    private synchronized Set<String> retriedSteps() {
        return Set.copyOf(retriedSteps);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
