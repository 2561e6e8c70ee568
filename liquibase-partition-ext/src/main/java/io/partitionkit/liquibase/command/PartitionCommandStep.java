package io.partitionkit.liquibase.command;

import java.util.List;
import java.util.Locale;
import liquibase.command.AbstractCommandStep;
import liquibase.command.CommandDefinition;
import liquibase.database.Database;

/** What both commands share: one name, a short description for {@code liquibase --help}, and a connected database. */
abstract class PartitionCommandStep extends AbstractCommandStep {

    private final String[] name;
    private final String description;

    PartitionCommandStep(String[] name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public final String[][] defineCommandNames() {
        return new String[][] {name};
    }

    @Override
    public final void adjustCommandDefinition(CommandDefinition definition) {
        definition.setShortDescription(description);
    }

    @Override
    public final List<Class<?>> requiredDependencies() {
        return List.of(Database.class);
    }

    /** The name the CLI shows: {@code partitionMaintain} is {@code partition-maintain}. */
    final String cliName() {
        return String.join(" ", name).replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
