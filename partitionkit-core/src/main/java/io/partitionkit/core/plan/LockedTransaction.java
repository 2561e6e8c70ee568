package io.partitionkit.core.plan;

import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a step that runs statements in one transaction under {@code lock_timeout}, retried with
 * backoff: a DO block whose every attempt is a subtransaction, so an attempt that times out on a
 * lock releases everything it took before the next one. Nothing here waits on a lock unboundedly,
 * and the application never queues behind it for longer than lock_timeout.
 */
public final class LockedTransaction {

    private final String description;
    private final RetryPolicy retry;
    private final List<String[]> declarations = new ArrayList<>();
    private final List<String[]> settings = new ArrayList<>();
    private final List<String> body = new ArrayList<>();

    public LockedTransaction(String description, RetryPolicy retry) {
        this.description = description;
        this.retry = retry;
    }

    /** Runs one SQL statement (through EXECUTE, so no PL/pgSQL variable can capture a name in it). */
    public LockedTransaction sql(String statement) {
        body.add(DoBlock.execute(statement));
        return this;
    }

    public LockedTransaction sql(List<String> statements) {
        statements.forEach(this::sql);
        return this;
    }

    /**
     * Adds lines of PL/pgSQL code, for work whose values are only known while the transaction runs.
     * Each line is indented with the block; what a line holds, line breaks in a quoted name included,
     * is kept exactly.
     */
    public LockedTransaction plpgsql(String... lines) {
        body.addAll(List.of(lines));
        return this;
    }

    /** A setting for the whole transaction, made once before the attempts (see {@link DoBlock#setting}). */
    public LockedTransaction setting(String name, String value) {
        settings.add(new String[] {name, value});
        return this;
    }

    /** Declares a PL/pgSQL variable (see {@link DoBlock#declare(String, String)} for the types it takes). */
    public LockedTransaction declare(String name, String type) {
        declarations.add(new String[] {name, type});
        return this;
    }

    public Step toStep(LockMode lock) {
        return new Step(description, render(), lock, true);
    }

    /**
     * The attempts loop. The settings are made once, outside the attempts: a setting made inside one
     * would be undone with it, and the retry's own expressions would run under the caller's search_path.
     */
    private String render() {
        String what = Sql.literal("partitionkit: " + description);
        String timeout = Sql.literal(retry.lockTimeout().text());
        DoBlock block = new DoBlock();
        if (retry.boundsCitusWorkers()) {
            block.boundingCitusWorkers();
        }
        block.setting("lock_timeout", retry.lockTimeout().text()).declare("pkit_attempt", DoBlock.INTEGER, "0");
        settings.forEach(setting -> block.setting(setting[0], setting[1]));
        declarations.forEach(declaration -> block.declare(declaration[0], declaration[1]));
        block.line("  LOOP",
                "    pkit_attempt := pkit_attempt + 1;",
                "    BEGIN");
        body.forEach(line -> block.line(indent(line, "      ")));
        block.line("      EXIT;",
                "    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN",
                "      IF pkit_attempt >= " + retry.attempts() + " THEN",
                "        " + DoBlock.raiseWithHint("EXCEPTION", "%: gave up after % attempts, each waiting at most lock_timeout % for its locks: %",
                        "A long transaction holds a conflicting lock on one of these tables (see pg_locks and pg_stat_activity). "
                                + "Nothing of this step was applied; run the change again.",
                        what, "pkit_attempt", timeout, "SQLERRM"),
                "      END IF;",
                "      " + DoBlock.raise("NOTICE", "%: attempt % waited longer than lock_timeout % (%); retrying", what, "pkit_attempt",
                        timeout, "SQLERRM"),
                "      PERFORM pg_sleep(least(" + retry.maxBackoffSeconds() + ", " + retry.firstBackoffSeconds()
                        + " * power(2, pkit_attempt - 1)) * (0.5 + random()));",
                "    END;",
                "  END LOOP;");
        return block.sql();
    }

    /** Only the first line: indenting further lines would change multi-line literals inside statements. */
    private static String indent(String text, String prefix) {
        return prefix + text;
    }
}
