package io.partitionkit.core.run;

import io.partitionkit.core.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.function.Consumer;

/** Sends one step to the server and passes on every NOTICE or WARNING it raised, even when it failed. */
final class StepExecution {

    private StepExecution() {
    }

    static void execute(Connection connection, Step step, Consumer<String> serverMessages) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(step.statement());
            } finally {
                for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
                    serverMessages.accept(warning.getMessage());
                }
            }
        }
    }
}
