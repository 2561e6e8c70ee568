package io.partitionkit.liquibase;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.plan.maintain.RestoreFacts;
import io.partitionkit.core.plan.maintain.RestoreOptions;
import io.partitionkit.core.plan.maintain.RestorePlanner;
import java.sql.Connection;
import liquibase.ChecksumVersion;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;

/**
 * {@code restorePartitions}: makes the tables that {@code ensurePartitions}' archive mode moved to
 * the archive schema partitions of their table again, for a range of keys, proving their bounds with
 * a validated CHECK so that attaching them scans nothing. Rolling it back does nothing: the next
 * maintenance run with retention archives partitions older than the cutoff again.
 */
@DatabaseChange(name = "restorePartitions",
        description = "Attaches partitions that ensurePartitions archived back to their range-partitioned table, for a range of keys",
        priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "table")
public class RestorePartitionsChange extends AbstractPartitionChange {

    private String column;
    private String interval;
    private String from;
    private String to;
    private String archiveSchema;
    private String tablespace;
    private String timeZone;

    @DatabaseChangeProperty(description = "The partition key column", exampleValue = "created_at", supportsDatabase = "postgresql",
            requiredForDatabase = "postgresql")
    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    @DatabaseChangeProperty(description = "Width of each partition, as ensurePartitions names it", exampleValue = "day",
            supportsDatabase = "postgresql", requiredForDatabase = "postgresql")
    public String getInterval() {
        return interval;
    }

    public void setInterval(String interval) {
        this.interval = interval;
    }

    @DatabaseChangeProperty(description = "First key of the range to restore: an ISO date or date-time for time keys (in timeZone "
            + "without an offset), a whole number for integer keys", exampleValue = "2026-01-01", supportsDatabase = "postgresql",
            requiredForDatabase = "postgresql")
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    @DatabaseChangeProperty(description = "The key after the last one of the range to restore", exampleValue = "2026-02-01",
            supportsDatabase = "postgresql", requiredForDatabase = "postgresql")
    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    @DatabaseChangeProperty(description = "The schema ensurePartitions archived the partitions to", exampleValue = "archive",
            supportsDatabase = "postgresql", requiredForDatabase = "postgresql")
    public String getArchiveSchema() {
        return archiveSchema;
    }

    public void setArchiveSchema(String archiveSchema) {
        this.archiveSchema = archiveSchema;
    }

    @DatabaseChangeProperty(description = "Tablespace the restored partitions and their indexes move to first (default: they stay "
            + "where they are)", exampleValue = "pg_default", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getTablespace() {
        return tablespace;
    }

    public void setTablespace(String tablespace) {
        this.tablespace = tablespace;
    }

    @DatabaseChangeProperty(description = "Time zone of from and to when they carry no offset, and of the partitions' calendar "
            + "(default UTC)", exampleValue = "UTC", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** How patiently locks are waited for does not change what it does. */
    @Override
    public String[] getExcludedFieldFilters(ChecksumVersion version) {
        return new String[] {"lockTimeout"};
    }

    private RestoreOptions options() {
        return parsed(() -> RestoreOptions.parse(getSchemaName(), getTableName(), column, interval, from, to, archiveSchema, tablespace,
                getLockTimeout(), timeZone));
    }

    @Override
    protected void validateOptions() {
        options();
    }

    @Override
    protected SqlStatement[] plannedStatements(Database database, Connection connection, boolean executing) {
        RestoreOptions options = options();
        RestoreFacts facts = RestoreFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        return statements(RestorePlanner.plan(facts, options), connection, executing);
    }

    /** Nothing to undo: the next ensurePartitions run archives what retention expires again. */
    @Override
    protected Change[] createInverses() {
        return new Change[0];
    }

    @Override
    public String getConfirmationMessage() {
        return "Archived partitions of " + qualified(getSchemaName(), getTableName()) + " from " + from + " to " + to + " restored";
    }
}
