package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversion of the table that an earlier change of the same preview (update-sql) prints without
 * running: the table is still plain, so its maintenance has no partitions to plan against, and its
 * plan (down to the lock, keyed by the partitioned table's identity) can only be made when it runs.
 * The preview says so, and what the run will then do, instead of refusing the plain table.
 *
 * @param by     the change that converts the table, as its user knows it (such as a changeset's id)
 * @param column the column the conversion partitions on
 */
public record EarlierConversion(String by, String column) {

    /**
     * The comment line a preview prints in place of the maintenance's statements; throws
     * {@link PlanningException} for what would stop the maintenance after this conversion as well.
     */
    public String preview(QualifiedName table, MaintenanceOptions options, MaintenanceFacts facts) {
        List<String> problems = new ArrayList<>();
        if (!column.equals(options.column())) {
            problems.add(by + " converts " + table + " to range partitions on column '" + column + "', but ensurePartitions names "
                    + "column '" + options.column() + "'; name the column the table is partitioned on");
        }
        if (facts.archiveSchemaMissing()) {
            problems.add(MaintenancePlanner.missingArchiveSchema(options.archiveSchema()));
        }
        MaintenancePlanner.unusableTablespace("archiveTablespace", options.archiveTablespace(), facts.archiveTablespace())
                .ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot maintain " + table, problems);
        }
        return Sql.lineComment("partitionkit: ensurePartitions of " + table + " is planned when it runs: " + by + " converts it earlier "
                + "in this update; it then " + inWords(work(options)));
    }

    /** "a, b and c". */
    private static String inWords(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }

    /** What the run will do, in the planner's order. */
    private static List<String> work(MaintenanceOptions options) {
        List<String> work = new ArrayList<>();
        String partitions = options.interval() instanceof PartitionInterval.Calendar
                ? options.interval() + " partitions" : "partitions " + options.interval() + " wide";
        work.add("creates the " + partitions + " missing up to " + options.premake() + " ahead of the current one");
        if (options.moveDefaultRows()) {
            work.add("moves rows waiting in the DEFAULT partition into theirs");
        }
        Retention retention = options.retention();
        if (retention != null) {
            String expired = retention instanceof Retention.Calendar ? "older than " + retention
                    : "more than " + retention + " below the largest key";
            String removal = switch (options.retentionMode()) {
                case DROP -> "drops";
                case DETACH -> "detaches";
                case ARCHIVE -> "moves to schema " + options.archiveSchema()
                        + (options.archiveTablespace() == null ? "" : " and tablespace " + options.archiveTablespace());
            };
            work.add(removal + " partitions whose rows are all " + expired);
            if (options.deleteExpiredRows()) {
                work.add("deletes expired rows from DEFAULT and from the partition spanning the cutoff");
            }
        }
        if (!options.freezeColumns().isEmpty()) {
            work.add("freezes " + String.join(", ", options.freezeColumns()) + " on partitions with " + options.freezeAfter()
                    + " newer ones holding rows");
        }
        return work;
    }
}
