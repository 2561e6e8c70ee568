package io.partitionkit.flyway;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/** How Flyway locks a PostgreSQL database while it migrates. */
final class FlywayLock {

    private FlywayLock() {
    }

    /**
     * Whether Flyway holds its lock in a transaction that stays open for the whole migrate
     * ({@code flyway.postgresql.transactional.lock}, true by default). False when Flyway cannot tell.
     */
    static boolean transactional(Configuration configuration) {
        try {
            PostgreSQLConfigurationExtension postgres = configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class);
            return postgres != null && postgres.isTransactionalLock();
        } catch (LinkageError | RuntimeException unknownToThisFlyway) {
            return false;
        }
    }
}
