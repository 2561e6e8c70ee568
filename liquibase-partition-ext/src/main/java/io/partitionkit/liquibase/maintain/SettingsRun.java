package io.partitionkit.liquibase.maintain;

import io.partitionkit.liquibase.AbstractPartitionChange;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.executor.ExecutorService;
import liquibase.sql.Sql;

/**
 * Runs {@code ensurePartitions} changes given in code, without a changelog: each exactly as its
 * changeset would run it (the same statements, through Liquibase's executor), but nothing is recorded
 * in DATABASECHANGELOG and DATABASECHANGELOGLOCK is not taken; each table's maintenance lock still
 * keeps two runs apart. Every change is validated before the first runs; one failing does not stop
 * the others. Must run inside a Liquibase scope holding the database.
 */
final class SettingsRun {

    private final Database database;
    private final List<EnsurePartitionsChange> changes;

    SettingsRun(Database database, List<EnsurePartitionsChange> changes) {
        this.database = database;
        this.changes = changes;
    }

    MaintenanceOutcome run(boolean dryRun, Consumer<String> sqlOutput) throws LiquibaseException {
        validate();
        List<String> done = new ArrayList<>();
        List<ChangeSetFailure> failures = new ArrayList<>();
        for (EnsurePartitionsChange change : changes) {
            String name = name(change);
            try {
                if (dryRun) {
                    sqlOutput.accept("-- " + name);
                    for (Sql sql : DryRun.sqlOnly(change, database)) {
                        sql.toSql().lines().forEach(sqlOutput);
                        sqlOutput.accept(sql.getEndDelimiter());
                    }
                } else {
                    Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database).execute(change);
                }
                done.add(name);
            } catch (Exception e) {
                // No DATABASECHANGELOG is written here: whatever fails, failed for this table alone.
                failures.add(new ChangeSetFailure(name, FailureIsolatingVisitor.reason(e)));
            }
        }
        return new MaintenanceOutcome(done, failures, List.of(), List.of(), dryRun);
    }

    private void validate() throws LiquibaseException {
        List<String> problems = new ArrayList<>();
        for (EnsurePartitionsChange change : changes) {
            ValidationErrors errors = change.validate(database);
            errors.getErrorMessages().forEach(message -> problems.add(name(change) + ": " + message));
        }
        if (!problems.isEmpty()) {
            throw new LiquibaseException("invalid ensurePartitions settings:\n  " + String.join("\n  ", problems));
        }
    }

    private static String name(EnsurePartitionsChange change) {
        return "ensurePartitions " + AbstractPartitionChange.qualified(change.getSchemaName(), change.getTableName());
    }
}
