package io.partitionkit.liquibase.command;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.core.status.StatusReportText;
import io.partitionkit.liquibase.status.PartitionStatusCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import liquibase.command.CommandArgumentDefinition;
import liquibase.command.CommandBuilder;
import liquibase.command.CommandResultsBuilder;
import liquibase.command.CommandScope;
import liquibase.command.CommonArgumentNames;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CommandExecutionException;

/**
 * {@code liquibase partition-status}: what {@code mvn partition:status} does, for the CLI and its
 * Docker image. Reports the health of every partitioned table; with a changelog, judged against its
 * {@code ensurePartitions} changes. Only reads.
 */
public final class PartitionStatusCommandStep extends PartitionCommandStep {

    public static final String[] COMMAND_NAME = {"partitionStatus"};

    public static final CommandArgumentDefinition<String> CHANGELOG_FILE_ARG;
    public static final CommandArgumentDefinition<Boolean> FAIL_ON_WARNING_ARG;

    static {
        CommandBuilder builder = new CommandBuilder(COMMAND_NAME);
        CHANGELOG_FILE_ARG = builder.argument(CommonArgumentNames.CHANGELOG_FILE, String.class)
                .description("A changelog whose ensurePartitions changes each table is judged against; without it the interval "
                        + "is inferred from the bounds and retention is not judged").build();
        FAIL_ON_WARNING_ARG = builder.argument("failOnWarning", Boolean.class).defaultValue(false)
                .description("Fail (exit code 1) when the report has a warning, for scheduled checks").build();
    }

    public PartitionStatusCommandStep() {
        super(COMMAND_NAME, "Report the health of every partitioned table: partitions ahead, DEFAULT rows, expired "
                + "partitions, gaps");
    }

    @Override
    public void run(CommandResultsBuilder results) throws Exception {
        CommandScope scope = results.getCommandScope();
        String command = cliName();
        Database database = (Database) scope.getDependency(Database.class);
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        StatusReport report;
        try {
            report = new PartitionStatusCheck(Optional.ofNullable(scope.getArgumentValue(CHANGELOG_FILE_ARG))).read(connection);
        } catch (SQLException | CatalogException e) {
            throw new CommandExecutionException(command + " cannot read the database: " + e.getMessage(), e);
        }
        CommandOutput output = new CommandOutput(results);
        StatusReportText.lines(report).forEach(output::print);
        output.flush();
        results.addResult("statusReport", report);
        Optional<String> failure = PartitionStatusCheck.warningFailure(report, command, "--fail-on-warning");
        if (Boolean.TRUE.equals(scope.getArgumentValue(FAIL_ON_WARNING_ARG)) && failure.isPresent()) {
            throw new CommandExecutionException(failure.get());
        }
    }
}
