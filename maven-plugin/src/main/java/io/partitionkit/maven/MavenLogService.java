package io.partitionkit.maven;

import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import org.apache.maven.plugin.logging.Log;

/** Sends Liquibase's logging (and with it partitionkit's) to the Maven log, with passwords masked. */
final class MavenLogService extends AbstractLogService {

    /** Stateless apart from where it writes, so one serves every class. */
    private final Logger logger;

    MavenLogService(Log log) {
        this.logger = new MavenLiquibaseLogger(log);
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Logger getLog(Class clazz) {
        return logger;
    }
}
