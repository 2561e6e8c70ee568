package io.partitionkit.liquibase;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.options.SharedAttributes;
import io.partitionkit.core.options.WholeNumberRange;
import io.partitionkit.core.plan.revert.RevertFacts;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.core.plan.revert.RevertPlanner;
import java.sql.Connection;
import java.util.List;
import liquibase.ChecksumVersion;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChange;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.statement.SqlStatement;

/**
 * {@code revertPartitioning}: turns a partitioned table back into a plain table under the same name,
 * online, with every row. What {@code liquibase rollback} runs for {@code convertToRangePartitioned};
 * also usable on its own, for example on a table partitioned by hand.
 */
@DatabaseChange(name = "revertPartitioning",
        description = "Turns a partitioned PostgreSQL table back into a plain table under the same name, online",
        priority = ChangeMetaData.PRIORITY_DEFAULT, appliesTo = "table")
public class RevertPartitioningChange extends AbstractPartitionChange {

    private String primaryKey;
    private Integer batchSize;
    private String legacyTableName;

    @DatabaseChangeProperty(description = "Columns of the plain table's primary key, comma-separated (default: the "
            + "partitioned primary key without the partition key when a conversion added it, else the key as it is)",
            exampleValue = "id", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getPrimaryKey() {
        return primaryKey;
    }

    public void setPrimaryKey(String primaryKey) {
        this.primaryKey = primaryKey;
    }

    @DatabaseChangeProperty(description = "Rows copied per committed batch (default 10000)", exampleValue = "10000",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Integer getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(Integer batchSize) {
        this.batchSize = batchSize;
    }

    @DatabaseChangeProperty(description = "For a table converted with strategy empty: the table kept aside, whose rows are "
            + "folded back in when it still exists (default <table>_legacy)",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getLegacyTableName() {
        return legacyTableName;
    }

    public void setLegacyTableName(String legacyTableName) {
        this.legacyTableName = legacyTableName;
    }

    /** How fast and how patiently rows move does not change the result; editing them keeps the checksum. */
    @Override
    public String[] getExcludedFieldFilters(ChecksumVersion version) {
        return new String[] {"batchSize", "lockTimeout"};
    }

    @Override
    protected List<WholeNumberRange> wholeNumberAttributes() {
        return List.of(SharedAttributes.BATCH_SIZE);
    }

    private RevertOptions options() {
        return parsed(() -> RevertOptions.parse(getSchemaName(), getTableName(), primaryKey, batchSize, legacyTableName, getLockTimeout()));
    }

    @Override
    protected void validateOptions() {
        options();
    }

    @Override
    protected SqlStatement[] plannedStatements(Database database, Connection connection, boolean executing) {
        RevertOptions options = options();
        RevertFacts facts = RevertFacts.read(new CatalogReader(connection, options.lockTimeout()), options);
        return statements(RevertPlanner.plan(facts, options), connection, executing);
    }

    @Override
    public String getConfirmationMessage() {
        return "Table " + qualified(getSchemaName(), getTableName()) + " reverted to a plain table";
    }
}
