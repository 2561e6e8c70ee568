package io.partitionkit.core.plan;

import io.partitionkit.core.sql.Sql;

/**
 * One statement of a plan, executed on its own (autocommit): a single DDL statement, or a DO block
 * that is one retried transaction or that commits batch by batch.
 *
 * @param description          what it does, for logs and reports
 * @param sql                  exactly what runs (and what update-sql prints)
 * @param lock                 the strongest lock it takes on a table the application uses
 * @param boundedByLockTimeout whether every lock wait in it gives up after lock_timeout and is retried
 */
public record Step(String description, String sql, LockMode lock, boolean boundedByLockTimeout) {

    public Step {
        if (lock.blocksApplication() && !boundedByLockTimeout) {
            throw new IllegalArgumentException("step '" + description + "' takes " + lock
                    + " without lock_timeout, so it could stall the application");
        }
    }

    /**
     * What is sent to the server: the SQL after a comment saying what it does, which is what shows in
     * pg_stat_activity and the server log while it runs.
     */
    public String statement() {
        return Sql.lineComment("partitionkit: " + description) + "\n" + sql;
    }

    /** A step whose locks never block the application (reads, SHARE UPDATE EXCLUSIVE work). */
    public static Step online(String description, String sql, LockMode lock) {
        return new Step(description, sql, lock, false);
    }
}
