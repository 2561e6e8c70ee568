package io.partitionkit.it.snapshot;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandResults;
import liquibase.command.CommandScope;
import liquibase.exception.CommandExecutionException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.structure.DatabaseObject;

/**
 * Liquibase's snapshot, diff, diff-changelog, generate-changelog and drop-all, run through its
 * command API as the CLI runs them, against test databases; generated changelogs are written to a
 * directory of their own and read back as text.
 */
final class Commands {

    static {
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }

    private final Path directory;

    Commands() {
        try {
            directory = Files.createTempDirectory("partitionkit-generated");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DatabaseSnapshot snapshot(TestDatabase db) {
        return (DatabaseSnapshot) run(connected(command("snapshot"), db)).getResult("snapshot");
    }

    /** The names of the objects of that type the snapshot holds, sorted. */
    static List<String> names(DatabaseSnapshot snapshot, Class<? extends DatabaseObject> type) {
        return snapshot.get(type).stream().map(DatabaseObject::getName).sorted().toList();
    }

    /** The text report of diff: what {@code target} lacks or has more of than {@code reference}. */
    String diff(TestDatabase reference, TestDatabase target) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        run(referenced(connected(command("diff"), target), reference).setOutput(output));
        return output.toString(StandardCharsets.UTF_8);
    }

    /** The changelog diff-changelog writes to turn {@code target} into {@code reference}; the format follows the file name. */
    String diffChangelog(TestDatabase reference, TestDatabase target, String fileName) {
        run(referenced(connected(command("diffChangelog"), target), reference).addArgumentValue("changelogFile", path(fileName)));
        return read(fileName);
    }

    /** The changelog generate-changelog writes for {@code db}; the format follows the file name. */
    String generateChangelog(TestDatabase db, String fileName) {
        run(connected(command("generateChangelog"), db).addArgumentValue("changelogFile", path(fileName)));
        return read(fileName);
    }

    void dropAll(TestDatabase db) {
        run(connected(command("dropAll"), db));
    }

    /** Runs update with a changelog these commands generated, read from where they wrote it. */
    void update(TestDatabase db, String fileName) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        liquibase.update(liquibase.changelog(fileName, read(fileName)));
    }

    private String path(String fileName) {
        return directory.resolve(fileName).toString();
    }

    private String read(String fileName) {
        try {
            return Files.readString(directory.resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CommandScope command(String name) {
        try {
            return new CommandScope(name);
        } catch (CommandExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CommandScope connected(CommandScope command, TestDatabase db) {
        return command.addArgumentValue("url", db.jdbcUrl()).addArgumentValue("username", db.username())
                .addArgumentValue("password", db.password());
    }

    private static CommandScope referenced(CommandScope command, TestDatabase reference) {
        return command.addArgumentValue("referenceUrl", reference.jdbcUrl()).addArgumentValue("referenceUsername", reference.username())
                .addArgumentValue("referencePassword", reference.password());
    }

    private static CommandResults run(CommandScope command) {
        try {
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Commands.class.getClassLoader())),
                    command::execute);
        } catch (Exception e) {
            throw new IllegalStateException(String.join(" ", command.getCommand().getName()) + " failed: " + e.getMessage(), e);
        }
    }
}
