package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.options.OptionParser;
import io.partitionkit.core.options.WholeNumberRange;
import io.partitionkit.core.sql.LockTimeout;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What {@code ensurePartitions} was asked to do, validated.
 *
 * @param retention        how long rows are kept; null keeps everything
 * @param archiveSchema    where retentionMode archive moves expired partitions
 * @param archiveTablespace where retentionMode archive then moves their storage; null leaves it where it is
 * @param deleteTimeBudget how long one run may spend deleting expired rows that no partition drop reaches
 * @param freezeColumns    the columns whose bounds old partitions get as CHECK constraints; empty freezes none
 * @param freezeAfter      how many newer partitions holding rows make a partition old enough to freeze
 * @param keyEncoding      how a key that is no date or timestamp holds time, null for keys that hold none
 */
public record MaintenanceOptions(String schema, String table, String column, PartitionInterval interval, int premake,
                                 Retention retention, RetentionMode retentionMode, String archiveSchema,
                                 boolean moveDefaultRows, boolean deleteExpiredRows, int batchSize,
                                 Duration deleteTimeBudget, LockTimeout lockTimeout, ZoneId zone, List<String> freezeColumns,
                                 int freezeAfter, KeyEncoding keyEncoding, String archiveTablespace) {

    public static final Duration DEFAULT_DELETE_TIME_BUDGET = Duration.ofMinutes(5);

    public static final WholeNumberRange FREEZE_AFTER = new WholeNumberRange("freezeAfter", 1, 1000);
    public static final int DEFAULT_FREEZE_AFTER = 3;

    public MaintenanceOptions {
        freezeColumns = List.copyOf(freezeColumns);
    }

    /** The unit of an integer key holding time since the epoch, null for other keys. */
    public EpochUnit epoch() {
        return keyEncoding instanceof EpochUnit unit ? unit : null;
    }

    /** What happens to a partition whose every row has expired. */
    public enum RetentionMode {
        /** DROP TABLE: the disk space returns at once. */
        DROP,
        /** DETACH PARTITION: the table stays, outside the partitioned table. */
        DETACH,
        /** DETACH PARTITION, then move the table to archiveSchema. */
        ARCHIVE
    }

    public static MaintenanceOptions parse(String schema, String table, String column, String interval, Integer premake,
                                           String retention, String retentionMode, String archiveSchema,
                                           Boolean moveDefaultRows, Boolean deleteExpiredRows, Integer batchSize,
                                           String deleteTimeBudget, String lockTimeout, String timeZone) {
        return parse(schema, table, column, interval, premake, retention, retentionMode, archiveSchema, moveDefaultRows,
                deleteExpiredRows, batchSize, deleteTimeBudget, lockTimeout, timeZone, null, null, null, null, null);
    }

    /** With freezeColumns (a comma-separated list of column names), freezeAfter, epoch, archiveTablespace and keyEncoding. */
    public static MaintenanceOptions parse(String schema, String table, String column, String interval, Integer premake,
                                           String retention, String retentionMode, String archiveSchema,
                                           Boolean moveDefaultRows, Boolean deleteExpiredRows, Integer batchSize,
                                           String deleteTimeBudget, String lockTimeout, String timeZone, String freezeColumns,
                                           Integer freezeAfter, String epoch, String archiveTablespace, String keyEncoding) {
        OptionParser parser = new OptionParser();
        OptionParser.RangeKeyedTable target = parser.rangeKeyedTable(schema, table, column, interval, premake);
        Retention parsedRetention = parser.retention(retention);
        if (parsedRetention != null && target.interval() != null
                && (parsedRetention instanceof Retention.Calendar) != (target.interval() instanceof PartitionInterval.Calendar)) {
            parser.problem("retention '" + retention + "' does not fit interval '" + interval + "': use a period such as "
                    + "30 days with calendar intervals, a whole number with integer intervals");
        }
        RetentionMode mode = parser.choice("retentionMode", retentionMode, RetentionMode.DROP, RetentionMode.class);
        String archive = parser.name("archiveSchema", archiveSchema, false);
        if (mode == RetentionMode.ARCHIVE && archive == null) {
            parser.problem("retentionMode 'archive' needs archiveSchema, the schema expired partitions move to");
        }
        if (mode != RetentionMode.ARCHIVE && archive != null) {
            parser.problem("archiveSchema '" + archive + "' is only used with retentionMode archive, not " + mode.name().toLowerCase(Locale.ROOT));
        }
        String tablespace = parser.name("archiveTablespace", archiveTablespace, false);
        if (tablespace != null && mode != RetentionMode.ARCHIVE) {
            parser.problem("archiveTablespace '" + tablespace + "' is only used with retentionMode archive (with archiveSchema), not "
                    + mode.name().toLowerCase(Locale.ROOT));
        }
        int batch = parser.batchSize(batchSize);
        Duration budget = parser.duration("deleteTimeBudget", deleteTimeBudget, DEFAULT_DELETE_TIME_BUDGET);
        LockTimeout timeout = parser.lockTimeout(lockTimeout);
        ZoneId zone = parser.timeZone(timeZone);
        List<String> frozen = freezeColumns(parser, freezeColumns, target.column());
        int after = parser.wholeNumber(FREEZE_AFTER, freezeAfter, DEFAULT_FREEZE_AFTER);
        if (freezeAfter != null && freezeColumns == null) {
            parser.problem("freezeAfter '" + freezeAfter + "' is only used with freezeColumns, the columns whose bounds old partitions "
                    + "are frozen with");
        }
        KeyEncoding encoding = parser.keyEncoding(keyEncoding, epoch, target.interval());
        parser.throwIfAny();
        return new MaintenanceOptions(target.schema(), target.table(), target.column(), target.interval(), target.premake(),
                parsedRetention, mode, archive, moveDefaultRows == null || moveDefaultRows,
                deleteExpiredRows == null || deleteExpiredRows, batch, budget, timeout, zone, frozen, after, encoding, tablespace);
    }

    /** The columns to freeze: any but the partition key, whose bounds every partition already has. */
    private static List<String> freezeColumns(OptionParser parser, String value, String key) {
        List<String> columns = parser.columnList("freezeColumns", value);
        if (columns == null) {
            return List.of();
        }
        if (columns.contains(key)) {
            parser.problem("freezeColumns '" + value + "' names the partition key '" + key + "', which the partitions' bounds already "
                    + "limit; name other columns, such as an id that grows with " + key);
            return List.of();
        }
        return columns;
    }
}
