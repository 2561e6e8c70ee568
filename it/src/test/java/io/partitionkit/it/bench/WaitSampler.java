package io.partitionkit.it.bench;

import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Samples, every few milliseconds from a session of its own, what the server's active backends wait
 * on (pg_stat_activity's wait event, or "CPU" when they wait on nothing), so that a benchmark can say
 * what its slowest statements waited for. Each sample names the backend by the start of its query.
 */
final class WaitSampler implements AutoCloseable {

    /**
     * One backend seen active, running a query that starts with {@code query} for {@code runningMillis}
     * so far, waiting on {@code waitEvent}, while any index build in the database was in {@code buildPhase}.
     */
    record Sample(String query, String waitEvent, double runningMillis, String buildPhase) {
    }

    private static final long INTERVAL_MILLIS = 5;

    private final List<Sample> samples = new ArrayList<>();
    private final Connection connection;
    private final Thread thread;
    private volatile boolean running = true;

    private WaitSampler(TestDatabase db) {
        this.connection = db.connect();
        this.thread = new Thread(this::sample, "wait-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static WaitSampler start(TestDatabase db) {
        return new WaitSampler(db);
    }

    /**
     * How often each wait (and index build phase) was seen among backends whose query starts with
     * {@code prefix} and had been running for at least {@code minRunningMillis}.
     */
    synchronized Map<String, Integer> waits(String prefix, double minRunningMillis) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Sample sample : samples) {
            if (sample.query().startsWith(prefix) && sample.runningMillis() >= minRunningMillis) {
                counts.merge(sample.waitEvent() + " (build: " + sample.buildPhase() + ")", 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }

    private void sample() {
        String sql = "SELECT left(a.query, 40), coalesce(a.wait_event_type || ':' || a.wait_event, 'CPU'), "
                + "extract(epoch FROM clock_timestamp() - a.query_start) * 1000, "
                + "coalesce((SELECT string_agg(phase, ', ') FROM pg_stat_progress_create_index), 'none') "
                + "FROM pg_stat_activity a WHERE a.state = 'active' AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend'";
        try (Statement statement = connection.createStatement()) {
            while (running) {
                List<Sample> seen = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(sql)) {
                    while (result.next()) {
                        seen.add(new Sample(result.getString(1), result.getString(2), result.getDouble(3), result.getString(4)));
                    }
                }
                synchronized (this) {
                    samples.addAll(seen);
                }
                Thread.sleep(INTERVAL_MILLIS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
