package io.partitionkit.flyway;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.ServerClock;
import io.partitionkit.core.plan.convert.ConversionFacts;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.convert.ConversionPlanner;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.logging.Log;

/** {@code convertToRangePartitioned}: see the README for what each setting means; the defaults are the Liquibase change's. */
public final class ConvertToRangePartitioned extends PartitionChange<ConvertToRangePartitioned> {

    ConvertToRangePartitioned(String table) {
        super("convertToRangePartitioned", table);
    }

    public ConvertToRangePartitioned schema(String schema) {
        return set("schemaName", schema);
    }

    public ConvertToRangePartitioned column(String column) {
        return set("column", column);
    }

    public ConvertToRangePartitioned interval(String interval) {
        return set("interval", interval);
    }

    public ConvertToRangePartitioned premake(int premake) {
        return set("premake", premake);
    }

    /** {@code attach} (the default), {@code copy} or {@code empty}. */
    public ConvertToRangePartitioned strategy(String strategy) {
        return set("strategy", strategy);
    }

    public ConvertToRangePartitioned legacyTableName(String legacyTableName) {
        return set("legacyTableName", legacyTableName);
    }

    public ConvertToRangePartitioned defaultPartition(boolean defaultPartition) {
        return set("defaultPartition", defaultPartition);
    }

    public ConvertToRangePartitioned timeZone(String timeZone) {
        return set("timeZone", timeZone);
    }

    public ConvertToRangePartitioned lockTimeout(String lockTimeout) {
        return set("lockTimeout", lockTimeout);
    }

    public ConvertToRangePartitioned batchSize(int batchSize) {
        return set("batchSize", batchSize);
    }

    public ConvertToRangePartitioned epoch(String epoch) {
        return set("epoch", epoch);
    }

    /** {@code uuidv7} for a uuid key holding UUIDv7: interval, premake, retention and timeZone then mean time. */
    public ConvertToRangePartitioned keyEncoding(String keyEncoding) {
        return set("keyEncoding", keyEncoding);
    }

    @Override
    boolean waitsForOlderTransactions() {
        return true;
    }

    @Override
    ConversionOptions parse() {
        return ConversionOptions.parse(text("schemaName"), text("tableName"), text("column"), text("interval"), number("premake"),
                text("strategy"), text("legacyTableName"), flag("defaultPartition"), text("timeZone"), text("lockTimeout"),
                number("batchSize"), text("epoch"), text("keyEncoding"));
    }

    @Override
    void run(Connection connection, Log log) throws SQLException {
        ConversionOptions options = parse();
        ConversionFacts facts = ConversionFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        PlanRun.run(connection, ConversionPlanner.plan(facts, options, ServerClock.read(connection)), log);
    }
}
