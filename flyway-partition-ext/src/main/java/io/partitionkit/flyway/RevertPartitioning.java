package io.partitionkit.flyway;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.plan.revert.RevertFacts;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.core.plan.revert.RevertPlanner;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.logging.Log;

/**
 * {@code revertPartitioning}: the partitioned table becomes a plain one with every row, online.
 * Flyway Community has no undo: a later migration reverts.
 */
public final class RevertPartitioning extends PartitionChange<RevertPartitioning> {

    RevertPartitioning(String table) {
        super("revertPartitioning", table);
    }

    public RevertPartitioning schema(String schema) {
        return set("schemaName", schema);
    }

    /** The columns of the plain table's primary key, comma-separated; by default the partitioned table's without the key. */
    public RevertPartitioning primaryKey(String primaryKey) {
        return set("primaryKey", primaryKey);
    }

    public RevertPartitioning batchSize(int batchSize) {
        return set("batchSize", batchSize);
    }

    public RevertPartitioning legacyTableName(String legacyTableName) {
        return set("legacyTableName", legacyTableName);
    }

    public RevertPartitioning lockTimeout(String lockTimeout) {
        return set("lockTimeout", lockTimeout);
    }

    @Override
    boolean waitsForOlderTransactions() {
        return true;
    }

    @Override
    RevertOptions parse() {
        return RevertOptions.parse(text("schemaName"), text("tableName"), text("primaryKey"), number("batchSize"), text("legacyTableName"),
                text("lockTimeout"));
    }

    @Override
    void run(Connection connection, Log log) throws SQLException {
        RevertOptions options = parse();
        RevertFacts facts = RevertFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        PlanRun.run(connection, RevertPlanner.plan(facts, options), log);
    }
}
