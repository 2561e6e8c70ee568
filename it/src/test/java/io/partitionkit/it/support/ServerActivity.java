package io.partitionkit.it.support;

import io.partitionkit.core.sql.Sql;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Waits for what another session is doing, as pg_stat_activity shows it: how tests make a run
 * that works in the background reach a known point before they go on, instead of sleeping.
 */
public final class ServerActivity {

    private ServerActivity() {
    }

    /**
     * Waits until a session of the test database runs the step described as {@code step} (every
     * step's SQL starts with {@code -- partitionkit: <description>}) and waits on
     * {@code waitEventType}: {@code Lock} for a lock, {@code Timeout} for the pg_sleep of a retry's
     * backoff (which only follows an attempt that gave up after lock_timeout).
     */
    public static void awaitWaitingStep(TestDatabase db, String step, String waitEventType, Future<?> run) {
        await(db, "query LIKE " + Sql.literal("-- partitionkit: " + step + "%") + " AND wait_event_type = " + Sql.literal(waitEventType),
                "a session waiting (" + waitEventType + ") in '" + step + "'", run);
    }

    /** Waits until a session of the test database matches {@code condition} on pg_stat_activity, for up to 60 s. */
    public static void await(TestDatabase db, String condition, String what, Future<?> run) {
        String query = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND "
                + condition;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (db.longValue(query) == 0) {
            if (run.isDone()) {
                throw new AssertionError("the run ended before " + what + " was seen: " + outcome(run));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 60 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String outcome(Future<?> run) {
        try {
            return String.valueOf(run.get());
        } catch (Exception e) {
            return e.toString();
        }
    }
}
