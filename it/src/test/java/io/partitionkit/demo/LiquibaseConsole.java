package io.partitionkit.demo;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.ui.ConsoleUIService;

/**
 * Runs Liquibase commands with their console output (changesets run, PostgreSQL notices such as
 * partitionkit's progress) indented and marked, so it reads as part of the demo's section.
 */
final class LiquibaseConsole {

    private static final String MARK = "    liquibase> ";

    /** The demo checks and shows the outcome itself; Liquibase's update summary table would only repeat it. */
    private static final String SUMMARY_OUTPUT = "liquibase.command.showSummaryOutput";

    /**
     * update-sql releases a lock it only wrote SQL for, as the lock table does not exist yet, and
     * warns that the release failed. A real lock problem makes the next command fail, so the warning
     * adds nothing. Held in a field because java.util.logging keeps loggers only weakly.
     */
    private static final Logger LOCK_SERVICE = Logger.getLogger("liquibase.lockservice");

    static {
        LOCK_SERVICE.setLevel(Level.SEVERE);
    }

    private LiquibaseConsole() {
    }

    static void run(Runnable command) {
        call(() -> {
            command.run();
            return null;
        });
    }

    static <T> T call(Supplier<T> command) {
        ConsoleUIService ui = new ConsoleUIService();
        PrintStream marked = new PrintStream(new LineMarker(System.out), true, StandardCharsets.UTF_8);
        ui.setOutputStream(marked);
        ui.setErrorStream(marked);
        try {
            return Scope.child(Map.of(Scope.Attr.ui.name(), ui, SUMMARY_OUTPUT, "LOG"), command::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            marked.flush();
        }
    }

    /** Writes {@link #MARK} before every line. */
    private static final class LineMarker extends OutputStream {

        private final PrintStream target;
        private boolean atLineStart = true;

        LineMarker(PrintStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            if (atLineStart) {
                target.print(MARK);
            }
            target.write(b);
            atLineStart = b == '\n';
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
