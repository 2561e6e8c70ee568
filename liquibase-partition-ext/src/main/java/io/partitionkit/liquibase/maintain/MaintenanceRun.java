package io.partitionkit.liquibase.maintain;

import java.util.List;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.visitor.UpdateVisitor;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;

/**
 * Runs the maintenance changesets of a changelog the way {@code liquibase update} runs changesets:
 * under DATABASECHANGELOGLOCK (waiting for it as update does, liquibase.changelogLockWaitTimeInMinutes),
 * with DATABASECHANGELOG created when missing and each run recorded in it; but only maintenance
 * changesets, and one failing does not stop the others. Must run inside a Liquibase scope holding the database.
 */
final class MaintenanceRun {

    private final Database database;
    private final DatabaseChangeLog changeLog;
    private final String command;

    MaintenanceRun(Database database, DatabaseChangeLog changeLog, String command) {
        this.database = database;
        this.changeLog = changeLog;
        this.command = command;
    }

    MaintenanceOutcome run() throws LiquibaseException {
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        sayWhoHolds(lock);
        lock.waitForLock();
        try {
            ChangeLogHistoryService history = Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(database);
            history.init();
            ChangeLogSelection selection = new ChangeLogSelection(database, changeLog);
            selection.validate();
            List<String> otherPending = names(selection.otherPending());
            FailureIsolatingVisitor visitor = new FailureIsolatingVisitor(
                    new UpdateVisitor(database, null, new ShouldRunChangeSetFilter(database)));
            selection.visitMaintenanceToRun(visitor);
            return new MaintenanceOutcome(names(visitor.succeeded()), visitor.failures(), otherPending, List.of(), false);
        } finally {
            release(lock);
        }
    }

    /**
     * Liquibase only says it is waiting; a user reading the log of an overlapping run needs to know
     * for whom (the holder's host and since when), to tell a busy run from a stale lock.
     */
    private void sayWhoHolds(LockService lock) throws LockException {
        for (DatabaseChangeLogLock held : lock.listLocks()) {
            Scope.getCurrentScope().getLog(MaintenanceRun.class).info("DATABASECHANGELOGLOCK is held by " + held.getLockedBy() + " since "
                    + held.getLockGranted() + " (another " + command + " or liquibase update); " + command + " waits for it");
        }
    }

    private static void release(LockService lock) {
        try {
            lock.releaseLock();
        } catch (LockException e) {
            Scope.getCurrentScope().getLog(MaintenanceRun.class).severe("could not release DATABASECHANGELOGLOCK; "
                    + "release it with liquibase release-locks: " + e.getMessage());
        }
    }

    static List<String> names(List<ChangeSet> changeSets) {
        return changeSets.stream().map(changeSet -> changeSet.toString(false)).toList();
    }
}
