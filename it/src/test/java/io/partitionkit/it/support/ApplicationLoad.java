package io.partitionkit.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The application, while partitionkit works on its table: several sessions, each with a
 * {@code lock_timeout} of its own, reading and inserting in a loop. A query that waits for a lock
 * longer than that fails, so "no failure" proves no query waited that long. Every query's duration
 * is measured, for the report only. Inserted rows are made from their id alone, so the same rows
 * can be written elsewhere to build the expected content of the table.
 */
public final class ApplicationLoad {

    /** Ids of the application's rows start here, above those of the test's own rows. */
    public static final long FIRST_ID = 1_000_000_000L;

    private final String table;
    private final LongFunction<String> row;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong longestNanos = new AtomicLong();
    private final List<Long> inserted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> sessions = new ArrayList<>();

    private ApplicationLoad(String table, LongFunction<String> row) {
        this.table = table;
        this.row = row;
    }

    /**
     * Starts {@code sessions} sessions that each run {@code read}, then insert {@code row(id)} (a
     * parenthesized VALUES row) into {@code table}, again and again; returns once each has finished
     * one round, so the load is running.
     */
    public static ApplicationLoad start(TestDatabase db, int sessions, Duration lockTimeout, String table, String read,
                                        LongFunction<String> row) {
        ApplicationLoad load = new ApplicationLoad(table, row);
        CountDownLatch running = new CountDownLatch(sessions);
        for (int session = 0; session < sessions; session++) {
            long firstId = FIRST_ID + session;
            Thread thread = new Thread(() -> load.loop(db, lockTimeout, read, firstId, sessions, running), "application-" + session);
            thread.setDaemon(true);
            load.sessions.add(thread);
            thread.start();
        }
        try {
            if (!running.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the application sessions did not complete a first round within 60 s: " + load.failures);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return load;
    }

    private void loop(TestDatabase db, Duration lockTimeout, String read, long firstId, int step, CountDownLatch running) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET lock_timeout = '" + lockTimeout.toMillis() + "ms'");
            for (long id = firstId; !stopping.get(); id += step) {
                timed(statement, read);
                if (timed(statement, "INSERT INTO " + table + " VALUES " + row.apply(id))) {
                    inserted.add(id);
                }
                if (id == firstId) {
                    running.countDown();
                }
                Thread.sleep(5); // a busy application, not a benchmark: leave the machine to the run under test
            }
        } catch (SQLException | RuntimeException e) {
            failures.add("session lost: " + e.getMessage());
            running.countDown(); // start() must not wait for it; the failure fails the test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one query; a failure is recorded (the session goes on, as an application retries). */
    private boolean timed(Statement statement, String sql) {
        long started = System.nanoTime();
        try {
            statement.execute(sql);
            return true;
        } catch (SQLException e) {
            failures.add(sql + ": " + e.getMessage());
            return false;
        } finally {
            long took = System.nanoTime() - started;
            longestNanos.accumulateAndGet(took, Math::max);
            queries.incrementAndGet();
        }
    }

    /** Stops every session and returns what the application saw. */
    public Result stop() {
        stopping.set(true);
        for (Thread session : sessions) {
            try {
                session.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Result(queries.get(), List.copyOf(inserted), List.copyOf(failures), Duration.ofNanos(longestNanos.get()), row);
    }

    /**
     * What the application saw.
     *
     * @param queries  reads and inserts run
     * @param inserted ids of the rows inserted (committed)
     * @param failures each failed query with PostgreSQL's message
     * @param longest  the longest query, lock waits included
     */
    public record Result(long queries, List<Long> inserted, List<String> failures, Duration longest, LongFunction<String> row) {

        /** Writes the rows the application inserted into {@code table} too, e.g. a copy of the rows from before. */
        public void insertSameRowsInto(TestDatabase db, String table) {
            for (int from = 0; from < inserted.size(); from += 1000) {
                List<Long> batch = inserted.subList(from, Math.min(inserted.size(), from + 1000));
                db.execute("INSERT INTO " + table + " VALUES " + batch.stream().map(row::apply).collect(Collectors.joining(", ")));
            }
        }

        /** One line for the test's output: the longest wait is measured, never asserted (the machine is shared). */
        public String summary(String operation, String lockTimeout) {
            return "[locks] " + operation + ": longest application wait " + longest.toMillis() + " ms over " + queries
                    + " queries (lock_timeout " + lockTimeout + "), " + inserted.size() + " rows inserted, " + failures.size() + " failed";
        }
    }
}
