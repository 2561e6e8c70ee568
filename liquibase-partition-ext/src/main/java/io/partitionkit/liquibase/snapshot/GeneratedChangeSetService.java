package io.partitionkit.liquibase.snapshot;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changeset.StandardChangeSetService;
import liquibase.database.ObjectQuotingStrategy;

/**
 * Liquibase's standard ChangeSetService, but a changeset created outside any changelog (what
 * diff-changelog and generate-changelog make; every parser passes its changelog) is a
 * {@link GeneratedChangeSet}, so that one holding partitionkit changes is written
 * {@code runInTransaction="false"} and, for maintenance, {@code runAlways="true"}. Changesets read
 * from changelogs are untouched: their attributes are what the author wrote.
 */
public class GeneratedChangeSetService extends StandardChangeSetService {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public ChangeSet createChangeSet(String id, String author, boolean alwaysRun, boolean runOnChange, String filePath, String contextFilter,
                                     String dbmsList, String runWith, String runWithSpoolFile, boolean runInTransaction,
                                     ObjectQuotingStrategy quotingStrategy, DatabaseChangeLog databaseChangeLog) {
        if (databaseChangeLog != null) {
            return super.createChangeSet(id, author, alwaysRun, runOnChange, filePath, contextFilter, dbmsList, runWith, runWithSpoolFile,
                    runInTransaction, quotingStrategy, databaseChangeLog);
        }
        return new GeneratedChangeSet(id, author, alwaysRun, runOnChange, DatabaseChangeLog.normalizePath(filePath), contextFilter,
                dbmsList, runWith, runWithSpoolFile, runInTransaction, quotingStrategy);
    }
}
