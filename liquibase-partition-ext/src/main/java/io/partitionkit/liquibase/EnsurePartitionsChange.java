package io.partitionkit.liquibase;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.options.SharedAttributes;
import io.partitionkit.core.options.WholeNumberRange;
import io.partitionkit.core.plan.maintain.EarlierConversion;
import io.partitionkit.core.plan.maintain.MaintenanceFacts;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.plan.maintain.MaintenancePlanner;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import liquibase.ChecksumVersion;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;

/**
 * {@code ensurePartitions}: keeps a range-partitioned table healthy, meant for a {@code runAlways}
 * changeset (or {@code mvn partition:maintain}): creates upcoming partitions, moves rows out of the
 * DEFAULT partition, enforces retention. It has nothing to roll back.
 */
@DatabaseChange(name = "ensurePartitions",
        description = "Creates upcoming partitions, clears the DEFAULT partition and enforces retention on a range-partitioned table",
        priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "table")
public class EnsurePartitionsChange extends AbstractRangeKeyChange {

    private String retention;
    private String retentionMode;
    private String archiveSchema;
    private String archiveTablespace;
    private Boolean moveDefaultRows;
    private Boolean deleteExpiredRows;
    private Integer batchSize;
    private String deleteTimeBudget;
    private String freezeColumns;
    private Integer freezeAfter;
    private final PlanOnce<Planned> planOnce = new PlanOnce<>();

    @DatabaseChangeProperty(description = "How long rows are kept, such as 30 days (a whole number for integer keys); "
            + "absent keeps everything", exampleValue = "30 days", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getRetention() {
        return retention;
    }

    public void setRetention(String retention) {
        this.retention = retention;
    }

    @DatabaseChangeProperty(description = "What happens to an expired partition: drop (default), detach, or archive "
            + "(detach and move to archiveSchema)", exampleValue = "drop", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getRetentionMode() {
        return retentionMode;
    }

    public void setRetentionMode(String retentionMode) {
        this.retentionMode = retentionMode;
    }

    @DatabaseChangeProperty(description = "Schema expired partitions move to with retentionMode archive",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getArchiveSchema() {
        return archiveSchema;
    }

    public void setArchiveSchema(String archiveSchema) {
        this.archiveSchema = archiveSchema;
    }

    @DatabaseChangeProperty(description = "Tablespace archived partitions and their indexes move to after archiveSchema "
            + "(retentionMode archive only; default: they stay where they are)", exampleValue = "cold",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getArchiveTablespace() {
        return archiveTablespace;
    }

    public void setArchiveTablespace(String archiveTablespace) {
        this.archiveTablespace = archiveTablespace;
    }

    @DatabaseChangeProperty(description = "Whether rows waiting in the DEFAULT partition move into the partition created "
            + "for them (default true)", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Boolean getMoveDefaultRows() {
        return moveDefaultRows;
    }

    public void setMoveDefaultRows(Boolean moveDefaultRows) {
        this.moveDefaultRows = moveDefaultRows;
    }

    @DatabaseChangeProperty(description = "Whether expired rows that no partition drop reaches (in DEFAULT and the partition "
            + "spanning the cutoff) are deleted in batches (default true)", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Boolean getDeleteExpiredRows() {
        return deleteExpiredRows;
    }

    public void setDeleteExpiredRows(Boolean deleteExpiredRows) {
        this.deleteExpiredRows = deleteExpiredRows;
    }

    @DatabaseChangeProperty(description = "Rows deleted per committed batch (default 10000)", exampleValue = "10000",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    @DatabaseChangeProperty(description = "Longest time one run spends deleting expired rows (default 5min); the next run "
            + "continues", exampleValue = "5min", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getDeleteTimeBudget() {
        return deleteTimeBudget;
    }

    public void setDeleteTimeBudget(String deleteTimeBudget) {
        this.deleteTimeBudget = deleteTimeBudget;
    }

    @DatabaseChangeProperty(description = "Columns (comma-separated) whose range old partitions get as a CHECK constraint, so that "
            + "queries on them skip those partitions; a column no longer listed loses the constraints", exampleValue = "order_id",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getFreezeColumns() {
        return freezeColumns;
    }

    public void setFreezeColumns(String freezeColumns) {
        this.freezeColumns = freezeColumns;
    }

    @DatabaseChangeProperty(description = "How many newer partitions holding rows make a partition old enough to freeze "
            + "(default 3)", exampleValue = "3", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Integer getFreezeAfter() {
        return freezeAfter;
    }

    public void setFreezeAfter(Integer freezeAfter) {
        this.freezeAfter = freezeAfter;
    }

    /** How patiently and in what chunks the work is done does not change what it does. */
    @Override
    public String[] getExcludedFieldFilters(ChecksumVersion version) {
        return new String[] {"batchSize", "deleteTimeBudget", "lockTimeout"};
    }

    @Override
    protected List<WholeNumberRange> wholeNumberAttributes() {
        return List.of(SharedAttributes.PREMAKE, SharedAttributes.BATCH_SIZE, MaintenanceOptions.FREEZE_AFTER);
    }

    @Override
    protected List<String> booleanAttributes() {
        return List.of("moveDefaultRows", "deleteExpiredRows");
    }

    /** The attributes, validated; throws {@link io.partitionkit.core.options.InvalidOptionsException} listing every problem. */
    public MaintenanceOptions options() {
        return parsed(() -> MaintenanceOptions.parse(getSchemaName(), getTableName(), getColumn(), getInterval(), getPremake(), retention,
                retentionMode, archiveSchema, moveDefaultRows, deleteExpiredRows, batchSize, deleteTimeBudget, getLockTimeout(),
                getTimeZone(), freezeColumns, freezeAfter, getEpoch(), archiveTablespace, getKeyEncoding()));
    }

    @Override
    protected void validateOptions() {
        options();
    }

    /** What planning found: the plan, or the preview of a table an earlier change of this preview converts. */
    private record Planned(MaintenancePlan plan, String preview) {
    }

    @Override
    protected SqlStatement[] plannedStatements(Database database, Connection connection, boolean executing) {
        Planned planned = planOnce.get(this, () -> plan(database, connection));
        if (planned.preview() != null) {
            return new SqlStatement[] {new RawParameterizedSqlStatement(planned.preview())};
        }
        if (executing) {
            return new SqlStatement[] {new MaintenanceStatement(planned.plan(), connection)};
        }
        return statements(planned.plan().steps());
    }

    private Planned plan(Database database, Connection connection) {
        MaintenanceOptions options = options();
        MaintenanceFacts facts = MaintenanceFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        Optional<TableSnapshot> plain = facts.table().filter(table -> !table.isPartitioned());
        Optional<EarlierConversion> earlier = plain.flatMap(table -> PreviewRun.of(database).flatMap(preview -> preview.conversionOf(table.name())));
        if (earlier.isPresent()) {
            // Plain only because this preview printed its conversion without running it; printed as it is, like the steps.
            return new Planned(null, earlier.get().preview(plain.get().name(), options, facts));
        }
        return new Planned(MaintenancePlanner.plan(facts, options, PartitionkitScope.clock(connection)), null);
    }

    /** Maintenance has nothing to undo; an empty rollback lets rollback-count pass over runAlways changesets. */
    @Override
    protected Change[] createInverses() {
        return new Change[0];
    }

    @Override
    public String getConfirmationMessage() {
        return "Partitions of " + qualified(getSchemaName(), getTableName()) + " maintained";
    }
}
