package io.partitionkit.flyway;

import io.partitionkit.core.run.AutoCommit;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.zip.CRC32;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway Java migration that runs one of partitionkit's changes. Extend it, naming the version as
 * Flyway expects, and pass the change to the constructor:
 *
 * <pre>
 * public class V7__Partition_events extends PartitionMigration {
 *     public V7__Partition_events() {
 *         super(Partitioning.convertToRangePartitioned("events").column("created_at").interval("day").premake(7));
 *     }
 * }
 * </pre>
 *
 * The settings are checked when Flyway resolves the migrations, before it runs any: a bad one fails
 * {@code migrate} with the Liquibase change's message, and nothing is changed. It runs outside a
 * transaction (its steps commit as they go: concurrent index builds, batches), and its checksum
 * follows its settings, so {@code validate} notices a change to them after it ran. A conversion or
 * revert needs {@code flyway.postgresql.transactional.lock=false}; it refuses to start without it.
 */
public abstract class PartitionMigration extends BaseJavaMigration {

    private static final Log LOG = LogFactory.getLog(PartitionMigration.class);

    private final PartitionChange<?> change;

    /** Checks nothing yet: Flyway skips, with a warning only, a migration whose constructor throws. */
    protected PartitionMigration(PartitionChange<?> change) {
        this.change = change;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return false;
    }

    /**
     * Flyway asks for the checksum while it resolves the migrations, before it runs any: the settings
     * are checked here, so that a bad one fails {@code migrate} before anything changes.
     */
    @Override
    public Integer getChecksum() {
        change.validate();
        CRC32 crc = new CRC32();
        crc.update(change.describe().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    @SuppressWarnings("try") // the resource only restores the connection's autocommit setting
    public void migrate(Context context) throws Exception {
        change.validate();
        if (change.waitsForOlderTransactions() && FlywayLock.transactional(context.getConfiguration())) {
            throw new FlywayException("partitionkit: " + change.describe() + " builds indexes concurrently and commits between its "
                    + "steps, which wait for every older transaction to end; Flyway's transactional lock keeps one open for the whole "
                    + "migrate (flyway.postgresql.transactional.lock, true by default), so they would wait for ever. Set "
                    + "flyway.postgresql.transactional.lock=false (Spring Boot: spring.flyway.postgresql.transactional-lock=false): "
                    + "Flyway then takes a session lock instead. Nothing was changed.");
        }
        Connection connection = context.getConnection();
        try (AutoCommit ignored = AutoCommit.on(connection)) {
            change.run(connection, LOG);
        }
    }
}
