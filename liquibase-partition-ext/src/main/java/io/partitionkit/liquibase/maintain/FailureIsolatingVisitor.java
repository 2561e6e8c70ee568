package io.partitionkit.liquibase.maintain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilterResult;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.exception.MigrationFailedException;

/**
 * Runs each changeset through Liquibase's own update visitor (so DATABASECHANGELOG records it as
 * update would: EXECUTED the first time, RERAN for a runAlways changeset after that), but a failed
 * changeset does not stop the next: it is remembered and the iteration goes on. Failures of
 * Liquibase itself (writing DATABASECHANGELOG) still stop the run.
 */
final class FailureIsolatingVisitor implements ChangeSetVisitor {

    private final ChangeSetVisitor update;
    private final List<ChangeSetFailure> failures = new ArrayList<>();
    private final List<ChangeSet> succeeded = new ArrayList<>();

    FailureIsolatingVisitor(ChangeSetVisitor update) {
        this.update = update;
    }

    @Override
    public Direction getDirection() {
        return Direction.FORWARD;
    }

    @Override
    public void visit(ChangeSet changeSet, DatabaseChangeLog databaseChangeLog, Database database, Set<ChangeSetFilterResult> filterResults)
            throws LiquibaseException {
        try {
            update.visit(changeSet, databaseChangeLog, database, filterResults);
            succeeded.add(changeSet);
        } catch (MigrationFailedException e) {
            failures.add(new ChangeSetFailure(changeSet.toString(false), reason(e)));
        }
    }

    List<ChangeSetFailure> failures() {
        return List.copyOf(failures);
    }

    List<ChangeSet> succeeded() {
        return List.copyOf(succeeded);
    }

    /** The innermost message, which is partitionkit's or PostgreSQL's explanation rather than Liquibase's wrapping. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.toString() : cause.getMessage().strip();
    }
}
