package io.partitionkit.core.plan;

import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One statement of a plan, executed on its own (autocommit): a single DDL statement, or a DO block
 * that is one retried transaction or that commits batch by batch.
 *
 * @param description          what it does, for logs and reports
 * @param sql                  exactly what runs (and what update-sql prints)
 * @param lock                 the strongest lock it takes on a table the application uses
 * @param boundedByLockTimeout whether every lock wait in it gives up after lock_timeout and is retried
 * @param undo                 what to run when it fails, to leave the table as it was (see {@link #withUndo})
 */
public record Step(String description, String sql, LockMode lock, boolean boundedByLockTimeout, Optional<Step> undo) {

    /**
     * What a step may be besides a {@link DoBlock}, which pins its own search_path: statements that
     * cannot run inside one (concurrent index builds on plain column lists), and a call of a function
     * named with its schema on constants, whose result the runner reads.
     */
    private static final Pattern OUTSIDE_A_BLOCK = Pattern.compile(
            "CREATE (UNIQUE )?INDEX CONCURRENTLY .*|DROP INDEX CONCURRENTLY .*|SELECT pg_catalog\\.[a-z_]+\\(-?[0-9]+\\)",
            Pattern.DOTALL);

    public Step(String description, String sql, LockMode lock, boolean boundedByLockTimeout) {
        this(description, sql, lock, boundedByLockTimeout, Optional.empty());
    }

    public Step {
        if (!sql.startsWith("DO ") && !OUTSIDE_A_BLOCK.matcher(sql).matches()) {
            throw new IllegalArgumentException("step '" + description + "' would run outside a DO block, under the caller's "
                    + "search_path: " + sql);
        }
        if (lock.blocksApplication() && !boundedByLockTimeout) {
            throw new IllegalArgumentException("step '" + description + "' takes " + lock
                    + " without lock_timeout, so it could stall the application");
        }
    }

    /**
     * The same step, with what the runner runs when it fails: a step that would otherwise leave the
     * table worse off than before the change began (a CHECK that starts refusing rows at a future
     * time) is undone at once, not left for a later run nobody may make. Not printed by update-sql:
     * it is no part of the change, only of its failure.
     */
    public Step withUndo(Step undo) {
        return new Step(description, sql, lock, boundedByLockTimeout, Optional.of(undo));
    }

    /**
     * What is sent to the server: the SQL after a comment saying what it does, which is what shows in
     * pg_stat_activity and the server log while it runs.
     */
    public String statement() {
        return Sql.lineComment("partitionkit: " + description) + "\n" + sql;
    }

    /**
     * A step whose locks never block the application (reads, SHARE UPDATE EXCLUSIVE work). A statement
     * that can run inside a DO block is put in one, so that it runs with a fixed search_path.
     */
    public static Step online(String description, String sql, LockMode lock) {
        boolean asIs = sql.startsWith("DO ") || OUTSIDE_A_BLOCK.matcher(sql).matches();
        return new Step(description, asIs ? sql : DoBlock.executing(List.of(sql)).sql(), lock, false);
    }

    /**
     * A step that changes nothing and only says what the plan does, and why: as a comment in what
     * update-sql prints, as a NOTICE in the log when it runs.
     */
    public static Step notice(String text) {
        return new Step(text, new DoBlock().line(DoBlock.raise("NOTICE", "partitionkit: %", Sql.literal(text))).sql(), LockMode.NONE, false);
    }

    /** Statements run together in one transaction, none of them blocking the application. */
    public static Step online(String description, List<String> statements, LockMode lock) {
        return new Step(description, DoBlock.executing(statements).sql(), lock, false);
    }
}
