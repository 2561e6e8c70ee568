package io.partitionkit.liquibase.snapshot;

import io.partitionkit.liquibase.AbstractPartitionChange;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.ObjectQuotingStrategy;

/**
 * A changeset Liquibase generates (diff-changelog, generate-changelog) rather than reads. Liquibase
 * creates it before it knows its changes, always transactional and never runAlways, and has no
 * setter for either; so they follow from the changes: a partitionkit change makes it
 * {@code runInTransaction="false"} (the changes refuse to run otherwise), and maintenance alone
 * ({@code ensurePartitions}) makes it {@code runAlways="true"}. Otherwise it is a plain ChangeSet.
 */
final class GeneratedChangeSet extends ChangeSet {

    GeneratedChangeSet(String id, String author, boolean alwaysRun, boolean runOnChange, String filePath, String contextFilter,
                       String dbmsList, String runWith, String runWithSpoolFile, boolean runInTransaction,
                       ObjectQuotingStrategy quotingStrategy) {
        super(id, author, alwaysRun, runOnChange, filePath, contextFilter, dbmsList, runWith, runWithSpoolFile, runInTransaction,
                quotingStrategy, null);
    }

    @Override
    public boolean isRunInTransaction() {
        return super.isRunInTransaction() && getChanges().stream().noneMatch(AbstractPartitionChange.class::isInstance);
    }

    @Override
    public boolean isAlwaysRun() {
        return super.isAlwaysRun() || maintenanceOnly();
    }

    @Override
    public boolean shouldAlwaysRun() {
        return super.shouldAlwaysRun() || maintenanceOnly();
    }

    private boolean maintenanceOnly() {
        return !getChanges().isEmpty() && getChanges().stream().allMatch(EnsurePartitionsChange.class::isInstance);
    }
}
