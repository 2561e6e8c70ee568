package io.partitionkit.liquibase.maintain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;

/**
 * A dry run of maintenance: prints the SQL each maintenance changeset would
 * run now, as update-sql prints it, and changes nothing: no lock is taken, DATABASECHANGELOG is only
 * read (not even created). Must run inside a Liquibase scope holding the database.
 */
final class DryRun {

    private final Database database;
    private final DatabaseChangeLog changeLog;

    DryRun(Database database, DatabaseChangeLog changeLog) {
        this.database = database;
        this.changeLog = changeLog;
    }

    MaintenanceOutcome print(Consumer<String> out) throws LiquibaseException {
        ChangeLogSelection selection = new ChangeLogSelection(database, changeLog);
        selection.validate();
        List<String> otherPending = MaintenanceRun.names(selection.otherPending());
        List<String> planned = new ArrayList<>();
        List<ChangeSetFailure> failures = new ArrayList<>();
        for (ChangeSet changeSet : selection.maintenanceToRun()) {
            String name = changeSet.toString(false);
            out.accept("-- Changeset " + name);
            try {
                for (Change change : changeSet.getChanges()) {
                    for (Sql sql : sqlOnly(change, database)) {
                        sql.toSql().lines().forEach(out);
                        out.accept(sql.getEndDelimiter());
                    }
                }
                planned.add(name);
            } catch (Exception e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                out.accept("-- cannot plan it: " + reason.replace('\n', ' '));
                failures.add(new ChangeSetFailure(name, reason));
            }
            out.accept("");
        }
        return new MaintenanceOutcome(planned, failures, otherPending, List.of(), true);
    }

    /** The change's statements as update-sql prints them: planned, not executed. */
    static Sql[] sqlOnly(Change change, Database database) throws Exception {
        return Scope.child(Map.of(Change.SHOULD_EXECUTE, false), () -> SqlGeneratorFactory.getInstance().generateSql(change, database));
    }
}
