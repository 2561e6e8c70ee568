package io.partitionkit.core.run;

import io.partitionkit.core.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Sends one step to the server and passes on every NOTICE or WARNING it raised, even when it failed.
 * A step that copies rows runs for hours and reports its progress as it goes: the driver collects
 * notices while the statement runs, and a watcher passes each on within a second.
 */
public final class StepExecution {

    private static final long WATCH_EVERY_MILLIS = 1000;

    private StepExecution() {
    }

    /**
     * Runs the step; when it fails and has an undo, runs that too, and fails with what happened to
     * both. A session that is gone (terminated, lost) undoes nothing: the next run continues.
     */
    public static void execute(Connection connection, Step step, Consumer<String> serverMessages) throws SQLException {
        try {
            send(connection, step, serverMessages);
        } catch (SQLException failure) {
            if (step.undo().isEmpty() || connection.isClosed()) {
                throw failure;
            }
            Step undo = step.undo().get();
            try {
                send(connection, undo, serverMessages);
            } catch (SQLException undoFailure) {
                SQLException both = new SQLException(failure.getMessage() + "\nTo leave the table as it was, partitionkit then tried to "
                        + undo.description() + ", and failed: "
                        + undoFailure.getMessage(), failure.getSQLState(), failure);
                both.addSuppressed(undoFailure);
                throw both;
            }
            throw new SQLException(failure.getMessage() + "\nTo leave the table as it was, partitionkit then did: "
                    + undo.description() + ".", failure.getSQLState(),
                    failure);
        }
    }

    private static void send(Connection connection, Step step, Consumer<String> serverMessages) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            NoticeRelay relay = new NoticeRelay(statement, serverMessages);
            ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "partitionkit-notices");
                thread.setDaemon(true);
                return thread;
            });
            watcher.scheduleWithFixedDelay(relay::passOnNew, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            try {
                statement.execute(step.statement());
            } finally {
                watcher.shutdownNow();
                awaitQuietly(watcher);
                relay.passOnNew();
            }
        }
    }

    private static void awaitQuietly(ScheduledExecutorService watcher) {
        try {
            watcher.awaitTermination(WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes on the warnings of a statement that arrived since the last call, each once, in order. */
    private static final class NoticeRelay {
        private final Statement statement;
        private final Consumer<String> serverMessages;
        private SQLWarning last;

        NoticeRelay(Statement statement, Consumer<String> serverMessages) {
            this.statement = statement;
            this.serverMessages = serverMessages;
        }

        synchronized void passOnNew() {
            try {
                SQLWarning next = last == null ? statement.getWarnings() : last.getNextWarning();
                while (next != null) {
                    serverMessages.accept(next.getMessage());
                    last = next;
                    next = next.getNextWarning();
                }
            } catch (SQLException closed) {
                // The statement ended between two looks; the final call after it passes on the rest.
            }
        }
    }
}
