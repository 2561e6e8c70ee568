package io.partitionkit.core.status;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.sql.QualifiedName;
import java.time.ZoneId;

/**
 * How a table is meant to be maintained (its {@code ensurePartitions} change): what status checks
 * the table against.
 *
 * @param retention null when rows are kept for ever
 * @param epoch     the unit of an integer key holding time since the epoch, null for other keys
 */
public record StatusPolicy(QualifiedName table, String column, PartitionInterval interval, int premake, Retention retention,
                           ZoneId zone, EpochUnit epoch) {

    /** A policy for a key that holds no epoch time. */
    public StatusPolicy(QualifiedName table, String column, PartitionInterval interval, int premake, Retention retention, ZoneId zone) {
        this(table, column, interval, premake, retention, zone, null);
    }

    /** The policy of an {@code ensurePartitions} change; {@code schema} is where its table resolves when it names none. */
    public static StatusPolicy of(MaintenanceOptions options, String defaultSchema) {
        String schema = options.schema() == null ? defaultSchema : options.schema();
        return new StatusPolicy(new QualifiedName(schema, options.table()), options.column(), options.interval(), options.premake(),
                options.retention(), options.zone(), options.epoch());
    }

    /**
     * How many partitions beyond the current one must exist before status warns: half of premake,
     * rounded up. Right after a run there are premake of them; warning at the first one missing would
     * fire between every two runs, warning at none left would come too late to act.
     */
    public int minimumAhead() {
        return (premake + 1) / 2;
    }
}
