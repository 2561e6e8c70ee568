package io.partitionkit.liquibase;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.options.SharedAttributes;
import io.partitionkit.core.options.WholeNumberRange;
import io.partitionkit.core.plan.convert.ConversionFacts;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.convert.ConversionPlanner;
import io.partitionkit.core.plan.maintain.EarlierConversion;
import java.sql.Connection;
import java.util.List;
import liquibase.ChecksumVersion;
import liquibase.change.Change;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;

/**
 * {@code convertToRangePartitioned}: turns a plain table into a range-partitioned one under the same
 * name, online, without losing or hiding a row. Its rollback is {@link RevertPartitioningChange}.
 */
@DatabaseChange(name = "convertToRangePartitioned",
        description = "Converts a plain PostgreSQL table into a range-partitioned table under the same name, online",
        priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "table")
public class ConvertToRangePartitionedChange extends AbstractRangeKeyChange {

    private String strategy;
    private String legacyTableName;
    private Boolean defaultPartition;
    private Integer batchSize;

    @DatabaseChangeProperty(description = "attach (default: the old table becomes the first partition), copy, or empty "
            + "(a new empty table; the old one is kept aside)", exampleValue = "attach",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    @DatabaseChangeProperty(description = "Name the old table keeps (default <table>_legacy)",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getLegacyTableName() {
        return legacyTableName;
    }

    public void setLegacyTableName(String legacyTableName) {
        this.legacyTableName = legacyTableName;
    }

    @DatabaseChangeProperty(description = "Whether to create a DEFAULT partition for rows no other partition takes (default true)",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Boolean getDefaultPartition() {
        return defaultPartition;
    }

    public void setDefaultPartition(Boolean defaultPartition) {
        this.defaultPartition = defaultPartition;
    }

    @DatabaseChangeProperty(description = "With strategy copy: rows copied per committed batch (default 10000)",
            exampleValue = "10000", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    /** lockTimeout and batchSize change how the tool works, not what it does; editing them must not change the checksum. */
    @Override
    public String[] getExcludedFieldFilters(ChecksumVersion version) {
        return new String[] {"batchSize", "lockTimeout"};
    }

    @Override
    protected List<String> booleanAttributes() {
        return List.of("defaultPartition");
    }

    @Override
    protected List<WholeNumberRange> wholeNumberAttributes() {
        return List.of(SharedAttributes.PREMAKE, SharedAttributes.BATCH_SIZE);
    }

    private ConversionOptions options() {
        return parsed(() -> ConversionOptions.parse(getSchemaName(), getTableName(), getColumn(), getInterval(), getPremake(), strategy,
                legacyTableName, defaultPartition, getTimeZone(), getLockTimeout(), batchSize, getEpoch(), getKeyEncoding()));
    }

    @Override
    protected void validateOptions() {
        options();
    }

    @Override
    protected SqlStatement[] plannedStatements(Database database, Connection connection, boolean executing) {
        ConversionOptions options = options();
        ConversionFacts facts = ConversionFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        SqlStatement[] statements = statements(ConversionPlanner.plan(facts, options, PartitionkitScope.clock(connection)), connection, executing);
        // A preview prints the conversion without running it: a later maintenance changeset still finds the table plain.
        PreviewRun.of(database).ifPresent(preview -> facts.table().ifPresent(table ->
                preview.converts(table.name(), new EarlierConversion(changeSetName(), options.column()))));
        return statements;
    }

    /** The changeset as Liquibase names it, {@code path::id::author}. */
    private String changeSetName() {
        return getChangeSet() == null ? "a convertToRangePartitioned change" : "changeset " + getChangeSet().toString(false);
    }

    @Override
    protected Change[] createInverses() {
        RevertPartitioningChange revert = new RevertPartitioningChange();
        revert.setSchemaName(getSchemaName());
        revert.setTableName(getTableName());
        revert.setLegacyTableName(legacyTableName);
        revert.setBatchSize(batchSize);
        revert.setLockTimeout(getLockTimeout());
        revert.setChangeSet(getChangeSet());
        return new Change[] {revert};
    }

    @Override
    public String getConfirmationMessage() {
        return "Table " + qualified(getSchemaName(), getTableName()) + " converted to " + getInterval() + " range partitions on " + getColumn();
    }

    @Override
    public boolean supportsRollback(Database database) {
        return supports(database);
    }
}
