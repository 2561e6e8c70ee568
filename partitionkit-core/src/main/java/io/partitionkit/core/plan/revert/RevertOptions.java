package io.partitionkit.core.plan.revert;

import io.partitionkit.core.options.OptionParser;
import io.partitionkit.core.sql.LockTimeout;
import java.util.List;

/**
 * What {@code revertPartitioning} was asked to do, validated.
 *
 * @param primaryKey       the plain table's primary key columns; null to take them from the
 *                         conversion's note on the partitioned primary key, or the key as it is
 * @param legacyTableName  the table a conversion with strategy empty kept aside, folded back in when
 *                         it still exists; null for {@code <table>_legacy}
 */
public record RevertOptions(String schema, String table, List<String> primaryKey, int batchSize, String legacyTableName,
                            LockTimeout lockTimeout) {

    public static RevertOptions parse(String schema, String table, String primaryKey, Integer batchSize,
                                      String legacyTableName, String lockTimeout) {
        OptionParser parser = new OptionParser();
        String schemaName = parser.name("schemaName", schema, false);
        String tableName = parser.name("tableName", table, true);
        List<String> key = parser.columnList("primaryKey", primaryKey);
        int batch = parser.batchSize(batchSize);
        String legacy = parser.name("legacyTableName", legacyTableName, false);
        LockTimeout timeout = parser.lockTimeout(lockTimeout);
        parser.throwIfAny();
        return new RevertOptions(schemaName, tableName, key, batch, legacy, timeout);
    }
}
