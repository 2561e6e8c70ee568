package io.partitionkit.core.status;

import io.partitionkit.core.grid.KeyEncoding;
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
 * @param keyEncoding how a key that is no date or timestamp holds time, null for keys that hold none
 */
public record StatusPolicy(QualifiedName table, String column, PartitionInterval interval, int premake, Retention retention,
                           ZoneId zone, KeyEncoding keyEncoding) {

    /** A policy for a key whose type says it holds time, or that holds none. */
    public StatusPolicy(QualifiedName table, String column, PartitionInterval interval, int premake, Retention retention, ZoneId zone) {
        this(table, column, interval, premake, retention, zone, null);
    }

    /** The policy of an {@code ensurePartitions} change; {@code schema} is where its table resolves when it names none. */
    public static StatusPolicy of(MaintenanceOptions options, String defaultSchema) {
        String schema = options.schema() == null ? defaultSchema : options.schema();
        return new StatusPolicy(new QualifiedName(schema, options.table()), options.column(), options.interval(), options.premake(),
                options.retention(), options.zone(), options.keyEncoding());
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
