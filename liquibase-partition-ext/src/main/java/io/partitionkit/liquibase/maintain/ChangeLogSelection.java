package io.partitionkit.liquibase.maintain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.RuntimeEnvironment;
import liquibase.changelog.ChangeLogIterator;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ContextChangeSetFilter;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.changelog.filter.IgnoreChangeSetFilter;
import liquibase.changelog.filter.LabelChangeSetFilter;
import liquibase.changelog.filter.ShouldRunChangeSetFilter;
import liquibase.changelog.visitor.ChangeSetVisitor;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationFailedException;

/**
 * Reads a changelog against DATABASECHANGELOG the way {@code liquibase update} does, but split in
 * two: the maintenance changesets that would run now, and every other pending changeset, which
 * partition:maintain leaves alone. Only reads.
 */
final class ChangeLogSelection {

    private final Database database;
    private final DatabaseChangeLog changeLog;

    ChangeLogSelection(Database database, DatabaseChangeLog changeLog) {
        this.database = database;
        this.changeLog = changeLog;
    }

    /**
     * Validates the maintenance changesets (and the changelog's own preconditions) as update would:
     * attributes, checksums of ones already run, each change's own validation. Other changesets are
     * not partition:maintain's business and are not validated.
     */
    void validate() throws LiquibaseException {
        ValidatingVisitor validation = new ValidatingVisitor(database.getRanChangeSetList());
        validation.validate(database, changeLog);
        iterator(MaintenanceChangeSets.only()).run(validation, environment());
        if (!validation.validationPassed()) {
            throw new ValidationFailedException(validation);
        }
    }

    /** Maintenance changesets that would run now, in changelog order. */
    List<ChangeSet> maintenanceToRun() throws LiquibaseException {
        return collect(MaintenanceChangeSets.only(), new ShouldRunChangeSetFilter(database));
    }

    /** Pending changesets that are not maintenance: what {@code liquibase update} would still run. */
    List<ChangeSet> otherPending() throws LiquibaseException {
        return collect(MaintenanceChangeSets.others(), new ShouldRunChangeSetFilter(database));
    }

    /** Runs a visitor over the maintenance changesets that would run now. */
    void visitMaintenanceToRun(ChangeSetVisitor visitor) throws LiquibaseException {
        iterator(MaintenanceChangeSets.only(), new ShouldRunChangeSetFilter(database)).run(visitor, environment());
    }

    private List<ChangeSet> collect(ChangeSetFilter... filters) throws LiquibaseException {
        ChangeSetCollector collector = new ChangeSetCollector();
        iterator(filters).run(collector, environment());
        return collector.changeSets();
    }

    /** The filters update applies (no contexts or labels given: every changeset qualifies), plus ours. */
    private ChangeLogIterator iterator(ChangeSetFilter... extra) {
        List<ChangeSetFilter> filters = new ArrayList<>(List.of(new ContextChangeSetFilter(new Contexts()),
                new LabelChangeSetFilter(new LabelExpression()), new DbmsChangeSetFilter(database), new IgnoreChangeSetFilter()));
        filters.addAll(Arrays.asList(extra));
        return new ChangeLogIterator(changeLog, filters.toArray(new ChangeSetFilter[0]));
    }

    private RuntimeEnvironment environment() {
        return new RuntimeEnvironment(database, new Contexts(), new LabelExpression());
    }
}
