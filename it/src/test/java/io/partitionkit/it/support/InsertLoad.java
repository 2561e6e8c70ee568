package io.partitionkit.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An application writing at full rate: a few connections, each inserting one row per autocommit
 * statement as fast as the server takes them, until stopped. Each row carries a marker unique to the
 * load, so a test can check that every insert that succeeded left its row, and where. Every failure
 * is kept, and every insert's latency: the longest one is the stall a writer saw.
 */
public final class InsertLoad {

    /** A failing connection stops after this many failures instead of spinning; each one is kept. */
    private static final int FAILURES_PER_CONNECTION = 100;

    /**
     * One insert.
     *
     * @param startedNanos when it was sent, on {@link System#nanoTime()}'s scale
     * @param nanos how long it took until the server answered
     */
    public record Insert(long marker, Instant key, long startedNanos, long nanos) {
    }

    /** An insert the server refused. */
    public record Failure(Insert insert, SQLException error) {
        @Override
        public String toString() {
            return "marker " + insert.marker() + ", key " + insert.key() + ": " + error.getMessage();
        }
    }

    private final TestDatabase db;
    private final String insertSql;
    private final Supplier<Instant> keys;
    private final AtomicLong nextMarker;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Writer> writers = new ArrayList<>();

    private InsertLoad(TestDatabase db, String insertSql, Supplier<Instant> keys, long firstMarker) {
        this.db = db;
        this.insertSql = insertSql;
        this.keys = keys;
        this.nextMarker = new AtomicLong(firstMarker);
    }

    /**
     * Starts {@code connections} writers and returns once each has made its first insert.
     *
     * @param insertSql one row's INSERT with two parameters: the marker (bigint), then the key
     *     (timestamptz)
     * @param keys the key of each row; called from every writer's thread at once
     * @param firstMarker markers count up from here, so they can stay clear of the table's own ids
     */
    public static InsertLoad start(TestDatabase db, int connections, String insertSql, Supplier<Instant> keys, long firstMarker) {
        InsertLoad load = new InsertLoad(db, insertSql, keys, firstMarker);
        CountDownLatch started = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            Writer writer = load.new Writer(started);
            load.writers.add(writer);
            writer.thread.start();
        }
        try {
            if (!started.await(60, TimeUnit.SECONDS)) {
                load.stop();
                throw new IllegalStateException("the writers did not start within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return load;
    }

    /** Keys spread evenly over {@code spread} either side of {@code center}, for {@link #start}. */
    public static Supplier<Instant> keysWithin(Duration spread, Instant center) {
        return () -> center.plusMillis(ThreadLocalRandom.current().nextLong(-spread.toMillis(), spread.toMillis()));
    }

    /** Stops every writer after its current insert and waits for it. */
    public InsertLoad stop() {
        running.set(false);
        for (Writer writer : writers) {
            try {
                writer.thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    /** Every insert that succeeded, in the order they were sent; call after {@link #stop()}. */
    public List<Insert> inserts() {
        return writers.stream().flatMap(writer -> writer.inserts.stream())
                .sorted(Comparator.comparingLong(Insert::startedNanos)).toList();
    }

    /** Every insert that failed; call after {@link #stop()}. */
    public List<Failure> failures() {
        return writers.stream().flatMap(writer -> writer.failures.stream()).toList();
    }

    /** The markers of the successful inserts whose key passes {@code kept}: the rows a table must hold. */
    public SortedSet<Long> markers(Predicate<Instant> kept) {
        return inserts().stream().filter(insert -> kept.test(insert.key())).map(Insert::marker)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The markers a query's first column returns, e.g. the marker column of the rows at or above the first marker. */
    public static SortedSet<Long> markers(TestDatabase db, String query) {
        return db.column(query).stream().map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * What tells {@code found} apart from {@code expected}, short enough for a failure message (the
     * sets may hold tens of thousands of markers); empty when they are equal.
     */
    public static String mismatch(SortedSet<Long> expected, SortedSet<Long> found) {
        List<Long> missing = expected.stream().filter(marker -> !found.contains(marker)).toList();
        List<Long> unexpected = found.stream().filter(marker -> !expected.contains(marker)).toList();
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return "";
        }
        return missing.size() + " missing " + missing.subList(0, Math.min(10, missing.size())) + ", " + unexpected.size()
                + " unexpected " + unexpected.subList(0, Math.min(10, unexpected.size())) + " (first ten of each)";
    }

    /** The longest any single insert took, failed or not: how long the application stood still. */
    public Duration longestStall() {
        return Duration.ofNanos(writers.stream().mapToLong(writer -> writer.longestNanos).max().orElse(0));
    }

    /** One connection inserting until the load stops, keeping its own records (read after join). */
    private final class Writer implements Runnable {
        private final Thread thread = new Thread(this, "insert-load");
        private final CountDownLatch started;
        private final List<Insert> inserts = new ArrayList<>();
        private final List<Failure> failures = new ArrayList<>();
        private long longestNanos;

        Writer(CountDownLatch started) {
            this.started = started;
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            // One prepared statement per connection, as a pooled application has: after a few runs
            // the driver switches to a server-side prepared plan, which must survive the table's switch.
            try (Connection connection = db.connect(); PreparedStatement insert = connection.prepareStatement(insertSql)) {
                insertOne(insert);
                started.countDown();
                while (running.get() && failures.size() < FAILURES_PER_CONNECTION) {
                    insertOne(insert);
                }
            } catch (SQLException e) {
                failures.add(new Failure(new Insert(-1, null, System.nanoTime(), 0), e));
                if (inserts.isEmpty() && failures.size() == 1) {
                    started.countDown(); // could not even connect: start() must not wait for this writer
                }
            }
        }

        private void insertOne(PreparedStatement insert) {
            long marker = nextMarker.getAndIncrement();
            Instant key = keys.get();
            long sent = System.nanoTime();
            SQLException error = null;
            try {
                insert.setLong(1, marker);
                insert.setObject(2, OffsetDateTime.ofInstant(key, ZoneOffset.UTC));
                insert.executeUpdate();
            } catch (SQLException e) {
                error = e;
            }
            Insert done = new Insert(marker, key, sent, System.nanoTime() - sent);
            longestNanos = Math.max(longestNanos, done.nanos());
            if (error == null) {
                inserts.add(done);
            } else {
                failures.add(new Failure(done, error));
            }
        }
    }
}
