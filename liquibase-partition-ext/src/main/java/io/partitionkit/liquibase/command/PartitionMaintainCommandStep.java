package io.partitionkit.liquibase.command;

import io.partitionkit.liquibase.maintain.MaintenanceOutcome;
import io.partitionkit.liquibase.maintain.PartitionMaintenance;
import java.util.Optional;
import liquibase.command.CommandArgumentDefinition;
import liquibase.command.CommandBuilder;
import liquibase.command.CommandResultsBuilder;
import liquibase.command.CommandScope;
import liquibase.command.CommonArgumentNames;
import liquibase.database.Database;
import liquibase.exception.CommandExecutionException;

/**
 * {@code liquibase partition-maintain}: what {@code mvn partition:maintain} does, for the CLI and its
 * Docker image. Runs the maintenance changesets of the changelog (those made only of
 * {@code ensurePartitions}) and nothing else; fails (exit code 1) after every one was tried when one
 * failed.
 */
public final class PartitionMaintainCommandStep extends PartitionCommandStep {

    public static final String[] COMMAND_NAME = {"partitionMaintain"};

    public static final CommandArgumentDefinition<String> CHANGELOG_FILE_ARG;
    public static final CommandArgumentDefinition<Boolean> DRY_RUN_ARG;

    static {
        CommandBuilder builder = new CommandBuilder(COMMAND_NAME);
        CHANGELOG_FILE_ARG = builder.argument(CommonArgumentNames.CHANGELOG_FILE, String.class).required()
                .description("The changelog whose ensurePartitions changesets to run, as the application gives it to Liquibase").build();
        DRY_RUN_ARG = builder.argument("dryRun", Boolean.class).defaultValue(false)
                .description("Print the SQL maintenance would run now instead of running it; changes nothing").build();
    }

    public PartitionMaintainCommandStep() {
        super(COMMAND_NAME, "Run only the partition maintenance changesets (ensurePartitions) of a changelog");
    }

    @Override
    public void run(CommandResultsBuilder results) throws Exception {
        CommandScope scope = results.getCommandScope();
        CommandOutput output = new CommandOutput(results);
        String command = cliName();
        MaintenanceOutcome outcome;
        try {
            outcome = PartitionMaintenance.of(scope.getArgumentValue(CHANGELOG_FILE_ARG))
                    .dryRun(Boolean.TRUE.equals(scope.getArgumentValue(DRY_RUN_ARG))).reportAs(command).reportTo(output::print)
                    .run((Database) scope.getDependency(Database.class));
        } finally {
            output.flush();
        }
        results.addResult("maintenanceOutcome", outcome);
        Optional<String> failure = outcome.failureMessage(command);
        if (failure.isPresent()) {
            throw new CommandExecutionException(failure.get());
        }
    }
}
