package io.partitionkit.it.support;

import io.partitionkit.core.plan.Step;
import io.partitionkit.core.run.PlanExecutor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Another session's long transaction, there for every lock-bounded step of a plan: before such a
 * step starts, it reads the table and keeps its transaction open (ACCESS SHARE, which the step's
 * ACCESS EXCLUSIVE waits for); it commits once the step has said that two attempts gave up after
 * lock_timeout, or when the step ends without being stopped by it. Listens to the plan's run.
 */
public final class ReaderDuringLockedSteps implements PlanExecutor.Listener, AutoCloseable {

    private static final int ATTEMPTS_BEFORE_COMMIT = 2;

    private final Connection reader;
    private final String table;
    private final List<String> messages = new ArrayList<>();
    private final Set<String> retriedSteps = new LinkedHashSet<>();
    private boolean open;

    public ReaderDuringLockedSteps(TestDatabase db, String table) {
        this.reader = db.connect();
        this.table = table;
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
        messages.add(message);
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
    public synchronized Set<String> retriedSteps() {
        return Set.copyOf(retriedSteps);
    }

    /** Every NOTICE the run raised, in order. */
    public synchronized List<String> messages() {
        return List.copyOf(messages);
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
