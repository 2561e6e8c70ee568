package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.options.OptionParser;
import io.partitionkit.core.sql.LockTimeout;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What {@code ensurePartitions} was asked to do, validated.
 *
 * @param retention        how long rows are kept; null keeps everything
 * @param archiveSchema    where retentionMode archive moves expired partitions
 * @param archiveTablespace where retentionMode archive then moves their storage; null leaves it where it is
 * @param deleteTimeBudget how long one run may spend deleting expired rows that no partition drop reaches
 */
public record MaintenanceOptions(String schema, String table, String column, PartitionInterval interval, int premake,
                                 Retention retention, RetentionMode retentionMode, String archiveSchema,
                                 boolean moveDefaultRows, boolean deleteExpiredRows, int batchSize,
                                 Duration deleteTimeBudget, LockTimeout lockTimeout, ZoneId zone, String archiveTablespace) {

    public static final Duration DEFAULT_DELETE_TIME_BUDGET = Duration.ofMinutes(5);

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
        return parse(schema, table, column, interval, premake, retention, retentionMode, archiveSchema, moveDefaultRows, deleteExpiredRows,
                batchSize, deleteTimeBudget, lockTimeout, timeZone, null);
    }

    public static MaintenanceOptions parse(String schema, String table, String column, String interval, Integer premake,
                                           String retention, String retentionMode, String archiveSchema,
                                           Boolean moveDefaultRows, Boolean deleteExpiredRows, Integer batchSize,
                                           String deleteTimeBudget, String lockTimeout, String timeZone, String archiveTablespace) {
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
        parser.throwIfAny();
        return new MaintenanceOptions(target.schema(), target.table(), target.column(), target.interval(), target.premake(),
                parsedRetention, mode, archive, moveDefaultRows == null || moveDefaultRows,
                deleteExpiredRows == null || deleteExpiredRows, batch, budget, timeout, zone, tablespace);
    }
}
