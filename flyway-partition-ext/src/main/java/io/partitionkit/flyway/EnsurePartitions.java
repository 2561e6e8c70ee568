package io.partitionkit.flyway;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.ServerClock;
import io.partitionkit.core.plan.maintain.MaintenanceFacts;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.plan.maintain.MaintenancePlanner;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.MaintenanceRunner;
import io.partitionkit.core.run.UnitOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;

/**
 * {@code ensurePartitions}: partitions ahead, DEFAULT kept empty, retention. Meant for a
 * {@link MaintenanceCallback}, which runs it after every {@code migrate}.
 */
public final class EnsurePartitions extends PartitionChange<EnsurePartitions> {

    EnsurePartitions(String table) {
        super("ensurePartitions", table);
    }

    public EnsurePartitions schema(String schema) {
        return set("schemaName", schema);
    }

    public EnsurePartitions column(String column) {
        return set("column", column);
    }

    public EnsurePartitions interval(String interval) {
        return set("interval", interval);
    }

    public EnsurePartitions premake(int premake) {
        return set("premake", premake);
    }

    public EnsurePartitions retention(String retention) {
        return set("retention", retention);
    }

    /** {@code drop} (the default), {@code detach} or {@code archive}. */
    public EnsurePartitions retentionMode(String retentionMode) {
        return set("retentionMode", retentionMode);
    }

    public EnsurePartitions archiveSchema(String archiveSchema) {
        return set("archiveSchema", archiveSchema);
    }

    public EnsurePartitions archiveTablespace(String archiveTablespace) {
        return set("archiveTablespace", archiveTablespace);
    }

    public EnsurePartitions moveDefaultRows(boolean moveDefaultRows) {
        return set("moveDefaultRows", moveDefaultRows);
    }

    public EnsurePartitions deleteExpiredRows(boolean deleteExpiredRows) {
        return set("deleteExpiredRows", deleteExpiredRows);
    }

    public EnsurePartitions batchSize(int batchSize) {
        return set("batchSize", batchSize);
    }

    public EnsurePartitions deleteTimeBudget(String deleteTimeBudget) {
        return set("deleteTimeBudget", deleteTimeBudget);
    }

    public EnsurePartitions lockTimeout(String lockTimeout) {
        return set("lockTimeout", lockTimeout);
    }

    public EnsurePartitions timeZone(String timeZone) {
        return set("timeZone", timeZone);
    }

    /** Columns to freeze in old partitions, comma-separated. */
    public EnsurePartitions freezeColumns(String freezeColumns) {
        return set("freezeColumns", freezeColumns);
    }

    public EnsurePartitions freezeAfter(int freezeAfter) {
        return set("freezeAfter", freezeAfter);
    }

    public EnsurePartitions epoch(String epoch) {
        return set("epoch", epoch);
    }

    /** {@code uuidv7} for a uuid key holding UUIDv7: interval, premake, retention and timeZone then mean time. */
    public EnsurePartitions keyEncoding(String keyEncoding) {
        return set("keyEncoding", keyEncoding);
    }

    @Override
    boolean waitsForOlderTransactions() {
        return false;
    }

    @Override
    MaintenanceOptions parse() {
        return MaintenanceOptions.parse(text("schemaName"), text("tableName"), text("column"), text("interval"), number("premake"),
                text("retention"), text("retentionMode"), text("archiveSchema"), flag("moveDefaultRows"), flag("deleteExpiredRows"),
                number("batchSize"), text("deleteTimeBudget"), text("lockTimeout"), text("timeZone"), text("freezeColumns"),
                number("freezeAfter"), text("epoch"), text("archiveTablespace"), text("keyEncoding"));
    }

    /** As a versioned migration: maintains the table once, and fails the migration when a unit failed. */
    @Override
    void run(Connection connection, Log log) throws SQLException {
        MaintenanceReport report = maintain(connection, log);
        if (report.failed()) {
            throw new FlywayException("partitionkit: " + report.summary());
        }
    }

    /**
     * Maintains the table under its advisory lock (skipped when another run holds it), every unit in
     * its own transactions, going on past a failed one; logs each and the summary.
     */
    MaintenanceReport maintain(Connection connection, Log log) throws SQLException {
        MaintenanceOptions options = parse();
        MaintenanceFacts facts = MaintenanceFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        MaintenancePlan plan = MaintenancePlanner.plan(facts, options, ServerClock.read(connection));
        log.info("partitionkit: " + plan.summary());
        plan.notes().forEach(note -> log.warn("partitionkit: " + note));
        MaintenanceReport report = new MaintenanceRunner(connection, outcome -> logUnit(log, outcome)).run(plan);
        if (report.failed()) {
            log.error("partitionkit: " + report.summary());
        } else if (report.skipped() || report.retentionWithheld().isPresent()) {
            log.warn("partitionkit: " + report.summary());
        } else {
            log.info("partitionkit: " + report.summary());
        }
        return report;
    }

    private static void logUnit(Log log, UnitOutcome outcome) {
        outcome.messages().forEach(log::info);
        if (outcome.succeeded()) {
            log.info("partitionkit: " + outcome.unit().name() + " done in " + outcome.took().toMillis() + " ms");
        } else {
            log.error("partitionkit: " + outcome.unit().name() + " failed after " + outcome.took().toMillis() + " ms: " + outcome.error());
        }
    }
}
