package io.partitionkit.core.plan.convert;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.options.OptionParser;
import io.partitionkit.core.sql.LockTimeout;
import java.time.ZoneId;

/**
 * What {@code convertToRangePartitioned} was asked to do, validated.
 *
 * @param schema           the table's schema, null for the connection's current schema
 * @param legacyTableName  the name the old table is kept under, null for {@code <table>_legacy}
 * @param batchSize        rows per committed batch when strategy copy copies rows
 * @param keyEncoding      how a key that is no date or timestamp holds time, null for keys that hold none
 */
public record ConversionOptions(String schema, String table, String column, PartitionInterval interval, int premake,
                                Strategy strategy, String legacyTableName, boolean defaultPartition, ZoneId zone,
                                LockTimeout lockTimeout, int batchSize, KeyEncoding keyEncoding) {

    public enum Strategy {
        /** The old table becomes the partition [MINVALUE, boundary): no data moves. */
        ATTACH,
        /** History is copied online into per-range partitions of a new table, which then takes the name. */
        COPY,
        /** A new, empty partitioned table; the old one is kept aside for a manual backfill. */
        EMPTY
    }

    /** The unit of an integer key holding time since the epoch, null for other keys. */
    public EpochUnit epoch() {
        return keyEncoding instanceof EpochUnit unit ? unit : null;
    }

    /** Validates raw attribute values; throws {@link InvalidOptionsException} listing every problem. */
    public static ConversionOptions parse(String schema, String table, String column, String interval, Integer premake,
                                          String strategy, String legacyTableName, Boolean defaultPartition,
                                          String timeZone, String lockTimeout, Integer batchSize) {
        return parse(schema, table, column, interval, premake, strategy, legacyTableName, defaultPartition, timeZone, lockTimeout,
                batchSize, null, null);
    }

    /** As the other {@code parse}, with {@code epoch} and {@code keyEncoding}. */
    public static ConversionOptions parse(String schema, String table, String column, String interval, Integer premake,
                                          String strategy, String legacyTableName, Boolean defaultPartition,
                                          String timeZone, String lockTimeout, Integer batchSize, String epoch, String keyEncoding) {
        OptionParser parser = new OptionParser();
        OptionParser.RangeKeyedTable target = parser.rangeKeyedTable(schema, table, column, interval, premake);
        Strategy parsedStrategy = parser.choice("strategy", strategy, Strategy.ATTACH, Strategy.class);
        String legacy = parser.name("legacyTableName", legacyTableName, false);
        if (legacy != null && legacy.equals(target.table())) {
            parser.problem("legacyTableName '" + legacy + "' must differ from tableName");
        }
        ZoneId zone = parser.timeZone(timeZone);
        LockTimeout timeout = parser.lockTimeout(lockTimeout);
        int batch = parser.batchSize(batchSize);
        KeyEncoding encoding = parser.keyEncoding(keyEncoding, epoch, target.interval());
        parser.throwIfAny();
        return new ConversionOptions(target.schema(), target.table(), target.column(), target.interval(), target.premake(),
                parsedStrategy, legacy, defaultPartition == null || defaultPartition, zone, timeout, batch, encoding);
    }
}
