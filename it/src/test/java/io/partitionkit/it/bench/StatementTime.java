package io.partitionkit.it.bench;

import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The database time of what ran in one database, as the server counts it: {@code pg_stat_statements}
 * (track top, planning tracked), reset before and summed after, planning and execution of every
 * top-level statement. A function such as pg_partman's {@code run_maintenance()} counts as the one
 * statement that called it, everything it ran inside included.
 */
final class StatementTime {

    /** What one measured action cost. */
    record Measured(double wallSeconds, double databaseMillis, long statements, List<String> top) {
    }

    private static final String OURS = "query NOT LIKE '%pg_stat_statements%'";

    private StatementTime() {
    }

    /** Runs {@code action} and returns its wall time and what the server counted for {@code db} meanwhile, with the {@code top} costliest statements. */
    static Measured of(TestDatabase db, int top, Runnable action) {
        try (Connection admin = db.connect(); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
            long started = System.nanoTime();
            action.run();
            double wall = Samples.secondsSince(started);
            double millis;
            long calls;
            try (ResultSet sum = statement.executeQuery("SELECT coalesce(sum(total_exec_time + total_plan_time), 0), coalesce(sum(calls), 0) "
                    + "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND " + OURS)) {
                sum.next();
                millis = sum.getDouble(1);
                calls = sum.getLong(2);
            }
            try (ResultSet evicted = statement.executeQuery("SELECT dealloc FROM pg_stat_statements_info")) {
                evicted.next();
                if (evicted.getLong(1) > 0) {
                    throw new IllegalStateException("pg_stat_statements dropped statements while counting (dealloc " + evicted.getLong(1)
                            + "): the sum would be short; raise pg_stat_statements.max");
                }
            }
            List<String> costliest = new ArrayList<>();
            if (top > 0) {
                try (ResultSet rows = statement.executeQuery("SELECT calls, total_exec_time + total_plan_time, "
                        + "left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements "
                        + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND " + OURS
                        + " ORDER BY 2 DESC LIMIT " + top)) {
                    while (rows.next()) {
                        costliest.add(String.format(Locale.ROOT, "%6d calls %9.1f ms  %s", rows.getLong(1), rows.getDouble(2), rows.getString(3)));
                    }
                }
            }
            return new Measured(wall, millis, calls, costliest);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_statements: " + e.getMessage(), e);
        }
    }
}
