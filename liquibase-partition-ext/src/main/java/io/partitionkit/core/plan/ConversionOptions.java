package io.partitionkit.core.plan;

import io.partitionkit.core.sql.LockTimeout;
import java.time.ZoneId;

/**
 * What {@code convertToRangePartitioned} was asked to do, validated.
 *
 * @param schema           the table's schema, null for the connection's current schema
 * @param legacyTableName  the name the old table is kept under, null for {@code <table>_legacy}
 */
public record ConversionOptions(String schema, String table, String column, PartitionInterval interval, int premake,
                                Strategy strategy, String legacyTableName, boolean defaultPartition, ZoneId zone,
                                LockTimeout lockTimeout) {

    public static final int DEFAULT_PREMAKE = 7;
    public static final WholeNumberRange PREMAKE = new WholeNumberRange("premake", 0, 1000);

    public enum Strategy {
        /** The old table becomes the partition [MINVALUE, boundary): no data moves. */
        ATTACH,
        /** History is copied into per-range partitions (not available yet). */
        COPY,
        /** A new, empty partitioned table; the old one is kept aside for a manual backfill. */
        EMPTY
    }

    /** Validates raw attribute values; throws {@link InvalidOptionsException} listing every problem. */
    public static ConversionOptions parse(String schema, String table, String column, String interval, Integer premake,
                                          String strategy, String legacyTableName, Boolean defaultPartition,
                                          String timeZone, String lockTimeout) {
        OptionParser parser = new OptionParser();
        String schemaName = parser.name("schemaName", schema, false);
        String tableName = parser.name("tableName", table, true);
        String columnName = parser.name("column", column, true);
        PartitionInterval parsedInterval = parser.interval(interval);
        int premakeCount = parser.wholeNumber(PREMAKE, premake, DEFAULT_PREMAKE);
        Strategy parsedStrategy = parser.choice("strategy", strategy, Strategy.ATTACH, Strategy.class);
        if (parsedStrategy == Strategy.COPY) {
            parser.problem("strategy 'copy' is not available in this version; use attach (the default) or empty");
        }
        String legacy = parser.name("legacyTableName", legacyTableName, false);
        if (legacy != null && legacy.equals(tableName)) {
            parser.problem("legacyTableName '" + legacy + "' must differ from tableName");
        }
        ZoneId zone = parser.timeZone(timeZone);
        LockTimeout timeout = parser.lockTimeout(lockTimeout);
        parser.throwIfAny();
        return new ConversionOptions(schemaName, tableName, columnName, parsedInterval, premakeCount, parsedStrategy,
                legacy, defaultPartition == null || defaultPartition, zone, timeout);
    }
}
