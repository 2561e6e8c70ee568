package io.partitionkit.liquibase;

import io.partitionkit.core.plan.Step;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/** Prints a table's maintenance as the statements its run sends, in order. */
public final class MaintenanceStatementGenerator extends AbstractSqlGenerator<MaintenanceStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(MaintenanceStatement statement, Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(MaintenanceStatement statement, Database database, SqlGeneratorChain<MaintenanceStatement> chain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(MaintenanceStatement statement, Database database, SqlGeneratorChain<MaintenanceStatement> chain) {
        return statement.getPlan().steps().stream().map(Step::statement).map(UnparsedSql::new).toArray(Sql[]::new);
    }
}
