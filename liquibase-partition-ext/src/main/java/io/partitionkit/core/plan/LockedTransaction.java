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
    private final List<String> declarations = new ArrayList<>();
    private final List<String> body = new ArrayList<>();

    public LockedTransaction(String description, RetryPolicy retry) {
        this.description = description;
        this.retry = retry;
    }

    /** Runs one SQL statement (through EXECUTE, so no PL/pgSQL variable can capture a name in it). */
    public LockedTransaction sql(String statement) {
        body.add("EXECUTE " + Sql.dollarQuoted(statement) + ";");
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

    /** Declares a PL/pgSQL variable, e.g. {@code "pk_next bigint"}. */
    public LockedTransaction declare(String declaration) {
        declarations.add(declaration);
        return this;
    }

    public boolean isEmpty() {
        return body.isEmpty();
    }

    public Step toStep(LockMode lock) {
        return new Step(description, render(), lock, true);
    }

    private String render() {
        String what = Sql.literal("partitionkit: " + description);
        String timeout = retry.lockTimeout().text();
        StringBuilder sql = new StringBuilder();
        sql.append("DO ").append(Sql.dollarQuoted(
                "\nDECLARE\n"
                        + "  pk_attempt int := 0;\n"
                        + declarations.stream().map(d -> "  " + d + ";\n").reduce("", String::concat)
                        + "BEGIN\n"
                        + "  LOOP\n"
                        + "    pk_attempt := pk_attempt + 1;\n"
                        + "    BEGIN\n"
                        + "      PERFORM pg_catalog.set_config('lock_timeout', " + Sql.literal(timeout) + ", true);\n"
                        + body.stream().map(line -> indent(line, "      ") + "\n").reduce("", String::concat)
                        + "      EXIT;\n"
                        + "    EXCEPTION WHEN lock_not_available OR deadlock_detected THEN\n"
                        + "      IF pk_attempt >= " + retry.attempts() + " THEN\n"
                        + "        RAISE EXCEPTION '%: gave up after % attempts, each waiting at most lock_timeout "
                        + timeout + " for its locks: %', " + what + ", pk_attempt, SQLERRM\n"
                        + "          USING HINT = 'A long transaction holds a conflicting lock on one of these tables "
                        + "(see pg_locks and pg_stat_activity). Nothing of this step was applied; run the change again.';\n"
                        + "      END IF;\n"
                        + "      RAISE NOTICE '%: attempt % waited longer than lock_timeout " + timeout
                        + " (%); retrying', " + what + ", pk_attempt, SQLERRM;\n"
                        + "      PERFORM pg_catalog.pg_sleep(least(" + retry.maxBackoffSeconds() + ", "
                        + retry.firstBackoffSeconds() + " * 2 ^ (pk_attempt - 1)) * (0.5 + random()));\n"
                        + "    END;\n"
                        + "  END LOOP;\n"
                        + "END\n"));
        return sql.toString();
    }

    /** Only the first line: indenting further lines would change multi-line literals inside statements. */
    private static String indent(String text, String prefix) {
        return prefix + text;
    }
}
