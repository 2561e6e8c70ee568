package io.partitionkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Step;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Terminates the backend running a step (pg_terminate_backend from another session, as an operator or
 * a crashing pooler would) while the step is provably in the middle of its work, without sleeps or races.
 *
 * <p>A test-only event trigger (ddl_command_end) and a statement trigger put on every table of the
 * case's schema call one function at each DDL command and each write statement. While a step is
 * watched, that function numbers these pause points; at the armed one it waits for an advisory lock
 * this class holds. The killer waits until the step's backend is blocked by the holder, checks that
 * pg_stat_activity shows the step's statement as its query, and terminates it: the step's earlier
 * pause points have run (and, in a step that commits batch by batch, committed); what its transaction
 * did since its last commit is undone. A step with no pause point at all (ANALYZE) is held instead at
 * its first lock: the holder locks every table of the schema.
 *
 * <p>{@link #run} runs a step to its end and returns its pause points, so a reference run of a plan
 * gives, for each step, the points a later run can be killed at. A watched step runs in a session of
 * its own, so that the reference run and the killed run see the same points. Needs a superuser
 * (event triggers).
 */
public final class StepKiller implements AutoCloseable {

    /** Runs something in the session a step runs in. */
    @FunctionalInterface
    public interface Session<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A run that plans the step itself (Liquibase's update), in the session a step runs in: it calls
     * {@code stepStarts} with each statement just before sending it.
     */
    @FunctionalInterface
    public interface PlanningSession<T> {
        T run(Connection connection, java.util.function.Consumer<String> stepStarts) throws SQLException;
    }

    /**
     * Where a step can be held: after the {@code ordinal}-th DDL command or write statement it runs
     * ({@code kind} "ddl" or "write", {@code command} e.g. "ALTER TABLE" or "INSERT orders_p20261121"),
     * or, ordinal 0, at its first lock.
     */
    public record PausePoint(int ordinal, String kind, String command) {

        public static final PausePoint FIRST_LOCK = new PausePoint(0, "lock", "its first lock");

        @Override
        public String toString() {
            return ordinal == 0 ? "at its first lock" : "after " + kind + " #" + ordinal + " (" + command + ")";
        }
    }

    /** What the killed backend was running when it was terminated, and how the run in its session ended. */
    public record Killed(String query, Object result, Throwable failure) {
    }

    /** {@code -Dpartition.test.faults=every}: kill each step at every pause point, not at one. */
    private static final boolean EVERY_POINT = "every".equals(System.getProperty("partition.test.faults"));

    private static final String SCHEMA = "partitionkit_faults";
    private static final String TRIGGER = "partitionkit_fault_pause";
    private static final long HOLD_KEY = 0x6661756c74L; // "fault"
    private static final long WAIT_SECONDS = 60;

    private final TestDatabase db;
    private final String schema;
    private final Connection admin;

    /** A killer for steps working on the tables of {@code schema}; installs the triggers in the database once. */
    public StepKiller(TestDatabase db, String schema) {
        this.db = db;
        this.schema = schema;
        this.admin = db.connect();
        try {
            if (value("SELECT to_regnamespace('" + SCHEMA + "') IS NULL").equals("t")) {
                install();
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Where to kill a step for which a reference run recorded {@code recorded}: after its last DDL
     * command (all its work done, none committed) or, where writes follow it (a step that copies,
     * replays or deletes, often in batches it commits one by one), after the middle one of those
     * writes; a step with neither at its first lock. With {@code -Dpartition.test.faults=every}, at
     * each of its pause points.
     */
    public static List<PausePoint> killPoints(List<PausePoint> recorded) {
        if (recorded.isEmpty()) {
            return List.of(PausePoint.FIRST_LOCK);
        }
        if (EVERY_POINT) {
            return recorded;
        }
        int lastDdl = -1;
        for (int i = 0; i < recorded.size(); i++) {
            if (recorded.get(i).kind().equals("ddl")) {
                lastDdl = i;
            }
        }
        int writesAfter = recorded.size() - 1 - lastDdl;
        return List.of(recorded.get(writesAfter == 0 ? lastDdl : lastDdl + 1 + (writesAfter - 1) / 2));
    }

    /** Runs a step to its end in a session of its own and returns where it could have been held, in order. */
    public <T> List<PausePoint> run(Step step, Session<T> session) {
        return run(List.of(step), session).get(0);
    }

    /** Runs steps to their end in a session of its own and returns, for each, where it could have been held. */
    public <T> List<List<PausePoint>> run(List<Step> steps, Session<T> session) {
        List<String> comments = steps.stream().map(StepKiller::comment).toList();
        try {
            watchWrites();
            for (String comment : comments) {
                watch(comment, null);
            }
            try (Connection connection = db.connect()) {
                session.run(connection);
            } finally {
                for (String comment : comments) {
                    unwatch(comment);
                }
            }
            List<List<PausePoint>> points = new ArrayList<>();
            for (String comment : comments) {
                points.add(pausePoints(comment));
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Runs a step in a session of its own, holds it at {@code point}, terminates that session's
     * backend from another session, and returns what it was running. Afterwards the schema's tables
     * are without the test's triggers again, so that the next run plans from the catalog as it was.
     */
    public <T> Killed kill(Step step, PausePoint point, Session<T> session) {
        try {
            watchWrites();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return killHeld(step, point, session);
    }

    /**
     * As {@link #kill}, for a run that plans the step itself: the pause triggers go onto the schema's
     * tables only as the step starts, so that the run plans from the catalog as it is (partitionkit
     * refuses to reuse a table of its own that has gained a trigger).
     */
    public <T> Killed killPlannedByTheRun(Step step, PausePoint point, PlanningSession<T> session) {
        String comment = comment(step);
        return killHeld(step, point, connection -> session.run(connection, statement -> {
            if (statement.startsWith(comment)) {
                try {
                    watchWrites();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        }));
    }

    private <T> Killed killHeld(Step step, PausePoint point, Session<T> session) {
        String comment = comment(step);
        try {
            watch(comment, point.ordinal() == 0 ? null : point.ordinal());
            try (Connection holder = db.connect(); Statement hold = holder.createStatement()) {
                if (point.ordinal() == 0) {
                    holder.setAutoCommit(false);
                    hold.execute("LOCK TABLE " + String.join(", ", tables()) + " IN ACCESS EXCLUSIVE MODE");
                } else {
                    hold.execute("SELECT pg_advisory_lock(" + HOLD_KEY + ")");
                }
                return killWhileHeld(step, point, session, pid(holder));
            } finally {
                unwatch(comment);
                unwatchWrites();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Removes the triggers and their schema from the database: the event trigger fires on every DDL
     * command of every role, and a role without access to its schema then fails, so a test class
     * whose other tests run as such a role removes it after killing.
     */
    public static void uninstall(TestDatabase db) {
        db.execute("DROP EVENT TRIGGER IF EXISTS " + TRIGGER, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Override
    public void close() {
        try {
            admin.close();
        } catch (SQLException ignored) {
            // nothing of the test depends on it
        }
    }

    private <T> Killed killWhileHeld(Step step, PausePoint point, Session<T> session, String holderPid) throws SQLException {
        try (Connection connection = db.connect()) {
            String pid = pid(connection);
            CompletableFuture<T> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return session.run(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            String query = awaitBlocked(pid, holderPid, step, point, run);
            assertThat(value("SELECT pg_terminate_backend(" + pid + ", " + TimeUnit.SECONDS.toMillis(WAIT_SECONDS) + ")"))
                    .as("backend %s terminated", pid).isEqualTo("t");
            try {
                return new Killed(query, run.get(WAIT_SECONDS, TimeUnit.SECONDS), null);
            } catch (ExecutionException e) {
                return new Killed(query, null, e.getCause());
            } catch (TimeoutException | InterruptedException e) {
                throw new AssertionError("the run of '" + step.description() + "' did not end after its backend was terminated", e);
            }
        }
    }

    /**
     * Waits until the step's backend waits for what the holder holds while pg_stat_activity shows the
     * step's statement as its query; returns that query. Both must be seen in one poll: the activity
     * row comes from a snapshot taken when the query starts, pg_blocking_pids is evaluated after it, so
     * one poll can see the backend blocked and still show the statement it ran before the step.
     */
    private String awaitBlocked(String pid, String holderPid, Step step, PausePoint point, CompletableFuture<?> run)
            throws SQLException {
        String blocked = "SELECT query FROM pg_stat_activity WHERE pid = " + pid + " AND " + holderPid + " = ANY (pg_blocking_pids(pid))";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String lastSeen = null;
        while (true) {
            String query = value(blocked);
            if (query != null && query.startsWith(comment(step))) {
                return query;
            }
            lastSeen = query == null ? lastSeen : query;
            if (run.isDone()) {
                throw new AssertionError("'" + step.description() + "' ended without stopping " + point + ": "
                        + run.handle((result, failure) -> failure == null ? "it succeeded" : failure.getMessage()).join());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + step.description() + "' did not stop " + point + " within " + WAIT_SECONDS + " s"
                        + (lastSeen == null ? "" : "; its backend was blocked running: " + lastSeen));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void install() throws SQLException {
        execute("CREATE SCHEMA " + SCHEMA,
                "CREATE TABLE " + SCHEMA + ".watched (comment text PRIMARY KEY, pause_at int)",
                // No name a case's tables have: tests look their tables up in pg_class by name alone.
                "CREATE TABLE " + SCHEMA + ".pause_points (comment text, ordinal int, kind text, command text)",
                // lock_timeout 0: the wait must outlast the lock_timeout a lock-bounded step sets for itself.
                "CREATE FUNCTION " + SCHEMA + ".pause_point(p_kind text, p_command text) RETURNS void LANGUAGE plpgsql "
                        + "SET lock_timeout = 0 AS $f$\n"
                        + "DECLARE\n"
                        + "  w " + SCHEMA + ".watched;\n"
                        + "  n int;\n"
                        + "BEGIN\n"
                        + "  SELECT * INTO w FROM " + SCHEMA + ".watched WHERE starts_with(current_query(), comment);\n"
                        + "  IF NOT FOUND THEN\n"
                        + "    RETURN;\n"
                        + "  END IF;\n"
                        + "  SELECT count(*) + 1 INTO n FROM " + SCHEMA + ".pause_points WHERE comment = w.comment;\n"
                        + "  INSERT INTO " + SCHEMA + ".pause_points VALUES (w.comment, n, p_kind, p_command);\n"
                        + "  IF n = w.pause_at THEN\n"
                        + "    PERFORM pg_advisory_lock(" + HOLD_KEY + ");\n"
                        + "  END IF;\n"
                        + "END\n$f$",
                "CREATE FUNCTION " + SCHEMA + ".on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $f$\n"
                        + "BEGIN\n  PERFORM " + SCHEMA + ".pause_point('ddl', tg_tag);\nEND\n$f$",
                "CREATE FUNCTION " + SCHEMA + ".on_write() RETURNS trigger LANGUAGE plpgsql AS $f$\n"
                        + "BEGIN\n  PERFORM " + SCHEMA + ".pause_point('write', tg_op || ' ' || tg_table_name);\n  RETURN NULL;\nEND\n$f$",
                "CREATE EVENT TRIGGER " + TRIGGER + " ON ddl_command_end EXECUTE FUNCTION " + SCHEMA + ".on_ddl()");
    }

    /** Puts the pause trigger on every table of the schema that has none yet (tables made by earlier steps too). */
    private void watchWrites() throws SQLException {
        for (String table : column("SELECT c.oid::regclass::text FROM pg_class c WHERE c.relnamespace = '" + schema
                + "'::regnamespace AND c.relkind IN ('r', 'p') AND NOT EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid "
                + "AND t.tgname = '" + TRIGGER + "') ORDER BY 1")) {
            execute("CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE ON " + table
                    + " FOR EACH STATEMENT EXECUTE FUNCTION " + SCHEMA + ".on_write()");
        }
    }

    private void unwatchWrites() throws SQLException {
        for (String table : column("SELECT t.tgrelid::regclass::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                + "WHERE c.relnamespace = '" + schema + "'::regnamespace AND t.tgname = '" + TRIGGER + "'")) {
            execute("DROP TRIGGER " + TRIGGER + " ON " + table);
        }
    }

    private List<String> tables() throws SQLException {
        return column("SELECT oid::regclass::text FROM pg_class WHERE relnamespace = '" + schema
                + "'::regnamespace AND relkind IN ('r', 'p') ORDER BY 1");
    }

    private void watch(String comment, Integer pauseAt) throws SQLException {
        execute("DELETE FROM " + SCHEMA + ".pause_points WHERE comment = " + literal(comment),
                "INSERT INTO " + SCHEMA + ".watched VALUES (" + literal(comment) + ", " + pauseAt + ")");
    }

    private void unwatch(String comment) throws SQLException {
        execute("DELETE FROM " + SCHEMA + ".watched WHERE comment = " + literal(comment));
    }

    private List<PausePoint> pausePoints(String comment) throws SQLException {
        List<PausePoint> points = new ArrayList<>();
        try (Statement statement = admin.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT ordinal, kind, command FROM " + SCHEMA + ".pause_points WHERE comment = " + literal(comment) + " ORDER BY ordinal")) {
            while (result.next()) {
                points.add(new PausePoint(result.getInt(1), result.getString(2), result.getString(3)));
            }
        }
        return points;
    }

    /** The first line of what the step sends, with its line break: what its query starts with, unique within a plan. */
    private static String comment(Step step) {
        String statement = step.statement();
        return statement.substring(0, statement.indexOf('\n') + 1);
    }

    private void execute(String... sql) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = admin.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /** The first column of the first row, or null without a row. */
    private String value(String sql) throws SQLException {
        List<String> values = column(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
