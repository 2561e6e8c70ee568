package io.partitionkit.liquibase;

import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.exception.ValidationErrors;
import liquibase.sql.Sql;
import liquibase.sql.UnparsedSql;
import liquibase.sqlgenerator.SqlGeneratorChain;
import liquibase.sqlgenerator.core.AbstractSqlGenerator;

/**
 * Renders a {@link StepStatement} as exactly the statement the planner produced (a comment saying
 * what it does, then its SQL), so update-sql output reads as a script and runs as-is in psql.
 */
public final class StepStatementGenerator extends AbstractSqlGenerator<StepStatement> {

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE;
    }

    @Override
    public boolean supports(StepStatement statement, Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public ValidationErrors validate(StepStatement statement, Database database, SqlGeneratorChain<StepStatement> chain) {
        return new ValidationErrors();
    }

    @Override
    public Sql[] generateSql(StepStatement statement, Database database, SqlGeneratorChain<StepStatement> chain) {
        return new Sql[] {new UnparsedSql(statement.getStep().statement())};
    }
}
