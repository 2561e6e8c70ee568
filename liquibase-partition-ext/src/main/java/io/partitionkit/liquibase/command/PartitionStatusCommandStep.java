package io.partitionkit.liquibase.command;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.liquibase.status.PartitionStatusCheck;
import io.partitionkit.liquibase.status.StatusOutput;
import java.io.IOException;
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
    public static final CommandArgumentDefinition<String> FORMAT_ARG;
    public static final CommandArgumentDefinition<String> OUTPUT_FILE_ARG;
    public static final CommandArgumentDefinition<String> MAX_MAINTENANCE_AGE_ARG;

    private static final StatusOutput.Names NAMES = new StatusOutput.Names("--format", "--report-file", "--max-maintenance-age");

    static {
        CommandBuilder builder = new CommandBuilder(COMMAND_NAME);
        CHANGELOG_FILE_ARG = builder.argument(CommonArgumentNames.CHANGELOG_FILE, String.class)
                .description("A changelog whose ensurePartitions changes each table is judged against; without it the interval "
                        + "is inferred from the bounds and retention is not judged").build();
        FAIL_ON_WARNING_ARG = builder.argument("failOnWarning", Boolean.class).defaultValue(false)
                .description("Fail (exit code 1) when the report has a warning, for scheduled checks").build();
        FORMAT_ARG = builder.argument("format", String.class).defaultValue("text")
                .description("text (for people), json (one document) or prometheus (the text exposition format)").build();
        // Not outputFile: Liquibase's global --output-file has that name (it writes as it goes, not atomically).
        OUTPUT_FILE_ARG = builder.argument("reportFile", String.class)
                .description("Write the report to this file instead of the output, replacing it atomically (for a node_exporter "
                        + "textfile collector: a name ending in .prom)").build();
        MAX_MAINTENANCE_AGE_ARG = builder.argument("maxMaintenanceAge", String.class)
                .description("How old a table's last successful maintenance may be before it is a warning, such as 36h or 2d; "
                        + "default one interval").build();
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
        StatusOutput settings;
        try {
            settings = StatusOutput.of(scope.getArgumentValue(FORMAT_ARG), scope.getArgumentValue(OUTPUT_FILE_ARG),
                    scope.getArgumentValue(MAX_MAINTENANCE_AGE_ARG), NAMES);
        } catch (IllegalArgumentException e) {
            throw new CommandExecutionException(command + ": " + e.getMessage());
        }
        StatusReport report;
        try {
            report = new PartitionStatusCheck(Optional.ofNullable(scope.getArgumentValue(CHANGELOG_FILE_ARG)), settings.maxMaintenanceAge())
                    .read(connection);
        } catch (SQLException | CatalogException e) {
            throw new CommandExecutionException(command + " cannot read the database: " + e.getMessage(), e);
        }
        CommandOutput output = new CommandOutput(results);
        try {
            settings.write(report, output::print);
        } catch (IOException e) {
            throw new CommandExecutionException(command + " cannot write " + settings.outputFile().orElseThrow() + ": " + e.getMessage(), e);
        }
        output.flush();
        results.addResult("statusReport", report);
        Optional<String> failure = PartitionStatusCheck.warningFailure(report, command, "--fail-on-warning");
        if (Boolean.TRUE.equals(scope.getArgumentValue(FAIL_ON_WARNING_ARG)) && failure.isPresent()) {
            throw new CommandExecutionException(failure.get());
        }
    }
}
