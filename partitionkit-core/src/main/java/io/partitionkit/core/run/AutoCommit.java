package io.partitionkit.core.run;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts a connection in autocommit for a run, as Liquibase runs changesets with
 * {@code runInTransaction="false"}, and gives the caller's setting back when closed. A failure to
 * give it back (the session may be gone) never hides why the run failed: try-with-resources keeps
 * it as a suppressed exception.
 */
public final class AutoCommit implements AutoCloseable {

    private final Connection connection;
    private final boolean callerSetting;

    private AutoCommit(Connection connection, boolean callerSetting) {
        this.connection = connection;
        this.callerSetting = callerSetting;
    }

    public static AutoCommit on(Connection connection) throws SQLException {
        boolean callerSetting = connection.getAutoCommit();
        connection.setAutoCommit(true);
        return new AutoCommit(connection, callerSetting);
    }

    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            connection.setAutoCommit(callerSetting);
        }
    }
}
