package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.grid.KeyPoint;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.options.OptionParser;
import io.partitionkit.core.sql.LockTimeout;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What {@code restorePartitions} was asked to do, validated.
 *
 * @param from       where the range to restore starts (included)
 * @param to         where it ends (excluded)
 * @param tablespace where the restored tables and their indexes move; null leaves them where they are
 */
public record RestoreOptions(String schema, String table, String column, PartitionInterval interval, KeyPoint from, KeyPoint to,
                             String fromText, String toText, String archiveSchema, String tablespace, LockTimeout lockTimeout,
                             ZoneId zone) {

    public static RestoreOptions parse(String schema, String table, String column, String interval, String from, String to,
                                       String archiveSchema, String tablespace, String lockTimeout, String timeZone) {
        OptionParser parser = new OptionParser();
        OptionParser.RangeKeyedTable target = parser.rangeKeyedTable(schema, table, column, interval, null);
        ZoneId zone = parser.timeZone(timeZone);
        KeyPoint start = keyPoint(parser, "from", from, target.interval(), zone);
        KeyPoint end = keyPoint(parser, "to", to, target.interval(), zone);
        String archive = parser.name("archiveSchema", archiveSchema, true);
        String space = parser.name("tablespace", tablespace, false);
        LockTimeout timeout = parser.lockTimeout(lockTimeout);
        parser.throwIfAny();
        return new RestoreOptions(target.schema(), target.table(), target.column(), target.interval(), start, end, from, to, archive,
                space, timeout, zone);
    }

    /** A key value of the kind the interval cuts: a date or date-time for calendar intervals, a whole number for integer ones. */
    private static KeyPoint keyPoint(OptionParser parser, String attribute, String value, PartitionInterval interval, ZoneId zone) {
        if (value == null) {
            parser.problem(attribute + " is required: where the range to restore " + ("from".equals(attribute) ? "starts" : "ends"));
            return null;
        }
        if (interval == null || zone == null) {
            return null; // the interval or timeZone is wrong already; what the value means depends on them
        }
        boolean calendar = interval instanceof PartitionInterval.Calendar;
        Optional<KeyPoint> point = calendar ? KeyPoint.time(value, zone) : KeyPoint.number(value);
        if (point.isEmpty()) {
            parser.problem(attribute + " '" + value + "' is not " + (calendar ? KeyPoint.TIME_FORMS
                    : "a whole number (interval '" + interval + "' is for integer keys)"));
        }
        return point.orElse(null);
    }
}
