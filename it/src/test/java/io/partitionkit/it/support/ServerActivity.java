package io.partitionkit.it.support;

import io.partitionkit.core.sql.Sql;
import java.util.concurrent.Future;

/** Waits for what another session is doing, as pg_stat_activity shows it. */
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
        awaitWaiting(db, "-- partitionkit: " + step, waitEventType, run);
    }

    /** Waits until a session of the test database runs a statement starting with {@code queryStart} and waits on {@code waitEventType}. */
    public static void awaitWaiting(TestDatabase db, String queryStart, String waitEventType, Future<?> run) {
        String query = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE "
                + Sql.literal(queryStart + "%") + " AND wait_event_type = " + Sql.literal(waitEventType);
        Awaiting.until(() -> db.longValue(query) > 0, "a session waited (" + waitEventType + ") in '" + queryStart + "'", run);
    }
}
