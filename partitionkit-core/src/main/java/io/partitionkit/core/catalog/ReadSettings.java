package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.LockTimeout;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs planning and status reads under session settings that make them independent of the caller's
 * session: an empty search_path (every name comes back schema-qualified), TimeZone UTC and DateStyle
 * ISO (bounds and literals print the same way everywhere), and a lock_timeout, so that a read queued
 * behind another session's ACCESS EXCLUSIVE lock gives up instead of waiting for ever. The caller's
 * settings are put back afterwards, whether the read succeeded or not.
 * Reads also pin plan_cache_mode to force_generic_plan: each is a prepared statement looked up by
 * OID or name, whose plan serves every table alike, so the driver's server-side statement keeps one
 * plan for the session instead of planning every read of a fleet anew (planning the maintenance read
 * costs more than running it).
 */
public final class ReadSettings {

    /** What PostgreSQL reports when lock_timeout (or NOWAIT) ended a wait for a lock. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final String[] NAMES = {"search_path", "TimeZone", "DateStyle", "IntervalStyle", "extra_float_digits", "lock_timeout",
        "plan_cache_mode"};

    private final Connection connection;
    private final LockTimeout lockTimeout;
    private final String[] values;

    public ReadSettings(Connection connection, LockTimeout lockTimeout) {
        this.connection = connection;
        this.lockTimeout = lockTimeout;
        this.values = new String[] {"", "UTC", "ISO, YMD", "postgres", "1", lockTimeout.text(), "force_generic_plan"};
    }

    /** Runs a read of the catalog alone. */
    public <T> T read(Supplier<T> read) {
        return read("the catalog", null, read);
    }

    /** Runs a read that locks {@code table} (ACCESS SHARE); a lock timeout is reported naming it. */
    public <T> T read(QualifiedName table, Supplier<T> read) {
        return read(table.toString(), table, read);
    }

    /**
     * Pins the settings, reads, and puts the caller's settings back. Inside a transaction a savepoint
     * brackets it all and is rolled back at the end: that restores the settings exactly (a SET LOCAL of
     * the caller's stays local), keeps the transaction usable when the read failed, and lets go of the
     * read's locks. In autocommit mode pinning is one statement, so it changes everything or nothing.
     */
    private <T> T read(String subject, QualifiedName table, Supplier<T> read) {
        Savepoint savepoint = savepoint();
        RuntimeException failure = null;
        String[] saved = null;
        try {
            saved = pin();
            return read.get();
        } catch (CatalogException e) {
            failure = lockNotAvailable(e) ? new CatalogException(lockTimeoutMessage(subject, table), e) : e;
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            restore(savepoint, saved, failure);
        }
    }

    private Savepoint savepoint() {
        try {
            return connection.getAutoCommit() ? null : connection.setSavepoint();
        } catch (SQLException e) {
            throw new CatalogException("cannot read the catalog: " + e.getMessage(), e);
        }
    }

    /** Sets every setting in one statement and returns the previous values. */
    private String[] pin() {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_catalog.current_setting(s.name), pg_catalog.set_config(s.name, s.value, false) "
                        + "FROM unnest(?::pg_catalog.text[], ?::pg_catalog.text[]) WITH ORDINALITY AS s(name, value, position) ORDER BY s.position")) {
            statement.setArray(1, connection.createArrayOf("text", NAMES));
            statement.setArray(2, connection.createArrayOf("text", values));
            List<String> previous = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    previous.add(rows.getString(1));
                }
            }
            return previous.toArray(String[]::new);
        } catch (SQLException e) {
            throw new CatalogException("cannot pin session settings for reading the catalog: " + e.getMessage(), e);
        }
    }

    /** Puts the caller's settings back; a failure to do so is thrown, or added to the read's failure. */
    private void restore(Savepoint savepoint, String[] saved, RuntimeException readFailure) {
        try {
            if (savepoint != null) {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            } else if (saved != null) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT pg_catalog.set_config(s.name, s.value, false) FROM unnest(?::pg_catalog.text[], ?::pg_catalog.text[]) AS s(name, value)")) {
                    statement.setArray(1, connection.createArrayOf("text", NAMES));
                    statement.setArray(2, connection.createArrayOf("text", saved));
                    statement.executeQuery().close();
                }
            }
        } catch (SQLException e) {
            CatalogException notRestored = new CatalogException("cannot restore the session settings after reading the catalog: "
                    + e.getMessage(), e);
            if (readFailure == null) {
                throw notRestored;
            }
            readFailure.addSuppressed(notRestored);
        }
    }

    private static boolean lockNotAvailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private String lockTimeoutMessage(String subject, QualifiedName table) {
        String finder = "SELECT l.pid, l.mode, l.granted, a.state, a.query FROM pg_catalog.pg_locks l "
                + "JOIN pg_catalog.pg_stat_activity a USING (pid)"
                + (table == null ? "" : " WHERE l.relation = " + Sql.literal(table.sql()) + "::regclass");
        return "cannot read " + subject + ": another session holds a lock on it that conflicts with reading (ACCESS EXCLUSIVE, "
                + "as ALTER TABLE, TRUNCATE, VACUUM FULL and LOCK TABLE take), or waits for one ahead of this read, and the read "
                + "gave up after lock_timeout " + lockTimeout.text() + "; pg_locks and pg_stat_activity show that session ("
                + finder + "). Nothing was changed.";
    }
}
