package io.partitionkit.maven;

import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import org.apache.maven.plugin.logging.Log;

/** Sends Liquibase's logging (and with it partitionkit's) to the Maven log, with the password masked. */
final class MavenLogService extends AbstractLogService {

    private final Log log;
    private final Secrets secrets;

    MavenLogService(Log log, Secrets secrets) {
        this.log = log;
        this.secrets = secrets;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Logger getLog(Class clazz) {
        return new MavenLiquibaseLogger(log, secrets);
    }
}
