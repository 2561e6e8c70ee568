package io.partitionkit.maven;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import liquibase.logging.core.AbstractLogger;
import org.apache.maven.plugin.logging.Log;

/**
 * One Liquibase logger writing to the Maven log: SEVERE as error, WARNING as warning, INFO as info,
 * finer levels as debug (shown with {@code mvn -X}). Stack traces go to debug only; every message is
 * masked first.
 */
final class MavenLiquibaseLogger extends AbstractLogger {

    private final Log log;

    MavenLiquibaseLogger(Log log) {
        this.log = log;
    }

    @Override
    public void log(Level level, String message, Throwable e) {
        if (level == Level.OFF || message == null && e == null) {
            return;
        }
        String text = Secrets.mask((message == null ? "" : message) + (e == null ? "" : (message == null ? "" : ": ") + e.getMessage()));
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            log.error(text);
        } else if (severity >= Level.WARNING.intValue()) {
            log.warn(text);
        } else if (severity >= Level.INFO.intValue()) {
            log.info(text);
        } else if (log.isDebugEnabled()) {
            log.debug(text);
        }
        if (e != null && log.isDebugEnabled()) {
            log.debug(Secrets.mask(stackTrace(e)));
        }
    }

    /** Nothing to release; declared so that closing cannot throw. */
    @Override
    public void close() {
    }

    private static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
