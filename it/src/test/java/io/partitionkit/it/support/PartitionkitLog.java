package io.partitionkit.it.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import liquibase.Scope;
import liquibase.logging.LogService;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

/** Keeps every line partitionkit writes to Liquibase's logger (they all start with "partitionkit:"). */
public final class PartitionkitLog {

    private PartitionkitLog() {
    }

    /** A Liquibase log service adding each partitionkit line, with its level, to {@code lines}. */
    public static LogService capturing(List<String> lines) {
        return capturing((Consumer<String>) lines::add);
    }

    /** A Liquibase log service handing each partitionkit line, with its level, to {@code lines} as it is logged. */
    public static LogService capturing(Consumer<String> lines) {
        return new AbstractLogService() {
            @Override
            public int getPriority() {
                return PRIORITY_SPECIALIZED;
            }

            @Override
            @SuppressWarnings({"rawtypes", "try"}) // Liquibase's signature; the logger holds nothing to close
            public Logger getLog(Class clazz) {
                return new AbstractLogger() {
                    @Override
                    public void log(Level level, String message, Throwable e) {
                        if (message != null && message.startsWith("partitionkit:")) {
                            lines.accept(level + " " + message);
                        }
                    }
                };
            }
        };
    }

    /** Runs update and returns what partitionkit logged; a failed update throws as usual. */
    public static List<String> update(LiquibaseRunner liquibase, String changelog) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try {
            Scope.child(Map.of(Scope.Attr.logService.name(), capturing(lines)), () -> liquibase.update(changelog));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(lines);
    }
}
