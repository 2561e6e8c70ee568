package io.partitionkit.liquibase;

import io.partitionkit.core.plan.Step;
import io.partitionkit.core.run.StepExecution;
import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Scope;
import liquibase.database.PreparedStatementFactory;
import liquibase.exception.DatabaseException;
import liquibase.listener.SqlListener;
import liquibase.logging.Logger;
import liquibase.sql.SqlConfiguration;
import liquibase.statement.ExecutablePreparedStatement;
import liquibase.ui.UIService;

/**
 * A step as {@code update} runs it: the same SQL update-sql prints, with what the server reports
 * while it runs (progress of a copy, retries of a lock wait) passed on as it happens, rather than at
 * the end: to Liquibase's logger, and shown to the user as Liquibase shows the server's warnings.
 */
public final class LiveStepStatement extends StepStatement implements ExecutablePreparedStatement {

    private final Connection connection;

    LiveStepStatement(Step step, Connection connection) {
        super(step);
        this.connection = connection;
    }

    @Override
    public void execute(PreparedStatementFactory factory) throws DatabaseException {
        Logger log = Scope.getCurrentScope().getLog(LiveStepStatement.class);
        log.info("partitionkit: " + getStep().description());
        log.fine(getStep().statement());
        for (SqlListener listener : Scope.getCurrentScope().getListeners(SqlListener.class)) {
            listener.writeSqlWillRun(getStep().statement());
        }
        try {
            UIService ui = Scope.getCurrentScope().getUI();
            boolean show = SqlConfiguration.SHOW_SQL_WARNING_MESSAGES.getCurrentValue();
            StepExecution.execute(connection, getStep(), message -> {
                log.info(message);
                if (show) {
                    ui.sendMessage(message);
                }
            });
        } catch (SQLException e) {
            throw new DatabaseException("partitionkit: " + getStep().description() + ": " + e.getMessage(), e);
        }
    }
}
