package io.partitionkit.it.support;

import io.partitionkit.liquibase.PartitionkitScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.listener.SqlListener;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs real Liquibase commands (update, update-sql, validate, tag, rollback, rollback-sql) against a
 * test database (on a connection of their own, or for update one the test controls), with changelogs
 * from the classpath or written by the test. partitionkit plans with the server's clock unless the
 * test pins one in its place.
 */
public final class LiquibaseRunner {

    static {
        Logger.getLogger("liquibase").setLevel(Level.WARNING);
    }

    private final TestDatabase database;
    private final Path changelogDirectory;
    private Clock clock;
    private String username;
    private String password;
    private SqlListener recorder;
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    public LiquibaseRunner(TestDatabase database) {
        this.database = database;
        try {
            this.changelogDirectory = Files.createTempDirectory("partitionkit-changelogs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects as another role than the test database's superuser, as a migrator without superuser would. */
    public LiquibaseRunner as(String username, String password) {
        this.username = username;
        this.password = password;
        return this;
    }

    /** The clock partitionkit plans with instead of the server's; null gives the server's back. */
    public LiquibaseRunner withClock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Every message the commands showed the user so far, in order; among them each NOTICE and
     * WARNING the server raised while a statement ran (Liquibase shows those as messages).
     */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Writes a changelog file for the test and returns the path to pass to the commands. */
    public String changelog(String fileName, String content) {
        try {
            Files.writeString(changelogDirectory.resolve(fileName), content, StandardCharsets.UTF_8);
            return fileName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A changelog with the partition namespace declared around the given changesets. */
    public String xmlChangelog(String fileName, String changeSets) {
        return changelog(fileName, xmlChangelogText(changeSets));
    }

    /** The text of an XML changelog with the partition namespace declared around the given changesets. */
    public static String xmlChangelogText(String changeSets) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:partition="http://partitionkit.io/xml/ns/liquibase-partition"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd
                        http://partitionkit.io/xml/ns/liquibase-partition http://partitionkit.io/xml/ns/liquibase-partition/liquibase-partition-latest.xsd">
                """ + changeSets + "\n</databaseChangeLog>\n";
    }

    public void update(String changelog) {
        command("update", Map.of("changelogFile", changelog), null);
    }

    /**
     * Runs update in the session of {@code connection}, which the test controls (and may terminate);
     * Liquibase closes only connections it opened, so this one stays the test's.
     */
    public void update(String changelog, Connection connection) {
        update(changelog, connection, statement -> { });
    }

    /** As {@link #update(String, Connection)}, telling {@code beforeEach} every statement just before it is sent. */
    public void update(String changelog, Connection connection, java.util.function.Consumer<String> beforeEach) {
        recorder = new SqlListener() {
            @Override
            public void writeSqlWillRun(String sql) {
                beforeEach.accept(sql);
            }
        };
        try {
            command("update", Map.of("changelogFile", changelog), null, connection);
        } finally {
            recorder = null;
        }
    }

    /** Runs update and returns every statement Liquibase sent to the database, in order. */
    public List<String> updateRecordingSql(String changelog) {
        List<String> statements = new ArrayList<>();
        recorder = new SqlListener() {
            @Override
            public void writeSqlWillRun(String sql) {
                statements.add(sql);
            }
        };
        try {
            command("update", Map.of("changelogFile", changelog), null);
        } finally {
            recorder = null;
        }
        return statements;
    }

    /** The ids DATABASECHANGELOG records for a changelog file, in run order; none before Liquibase created the table. */
    public static List<String> recorded(TestDatabase database, String changelog) {
        if (database.value("SELECT to_regclass('databasechangelog') IS NULL").equals("true")) {
            return List.of();
        }
        return database.column("SELECT id FROM databasechangelog WHERE filename = '" + changelog.replace("'", "''")
                + "' ORDER BY orderexecuted");
    }

    public void validate(String changelog) {
        command("validate", Map.of("changelogFile", changelog), null);
    }

    public String updateSql(String changelog) {
        return commandOutput("updateSql", Map.of("changelogFile", changelog));
    }

    public void tag(String tag) {
        command("tag", Map.of("tag", tag), null);
    }

    public void rollbackCount(String changelog, int count) {
        command("rollbackCount", Map.of("changelogFile", changelog, "count", count), null);
    }

    public void rollbackToTag(String changelog, String tag) {
        command("rollback", Map.of("changelogFile", changelog, "tag", tag), null);
    }

    public String rollbackToTagSql(String changelog, String tag) {
        return commandOutput("rollbackSql", Map.of("changelogFile", changelog, "tag", tag));
    }

    public String rollbackCountSql(String changelog, int count) {
        return commandOutput("rollbackCountSql", Map.of("changelogFile", changelog, "count", count));
    }

    /** {@code liquibase partition-maintain} through Liquibase's command API; returns what it printed. */
    public String partitionMaintain(String changelog, boolean dryRun) {
        return commandOutput("partitionMaintain", Map.of("changelogFile", changelog, "dryRun", dryRun));
    }

    /** {@code liquibase partition-status} with the given arguments (changelogFile, failOnWarning); returns what it printed. */
    public String partitionStatus(Map<String, Object> arguments) {
        return commandOutput("partitionStatus", arguments);
    }

    private String commandOutput(String name, Map<String, Object> arguments) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        command(name, arguments, output);
        return output.toString(StandardCharsets.UTF_8);
    }

    private void command(String name, Map<String, Object> arguments, ByteArrayOutputStream output) {
        command(name, arguments, output, null);
    }

    /** {@code session}: the connection to run on, or null for one of Liquibase's own to the test database. */
    private void command(String name, Map<String, Object> arguments, ByteArrayOutputStream output, Connection session) {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), new CompositeResourceAccessor(
                directoryAccessor(), new ClassLoaderResourceAccessor(getClass().getClassLoader())));
        if (clock != null) {
            scope.put(PartitionkitScope.CLOCK, clock);
        }
        scope.put(Scope.Attr.ui.name(), new LoggerUIService() {
            @Override
            public void sendMessage(String message) {
                messages.add(message);
            }
        });
        try {
            Scope.child(recorder, scope, () -> {
                CommandScope command = new CommandScope(name);
                if (session == null) {
                    String url = database.jdbcUrl();
                    // The embedded server's URL names its superuser; another role's URL must not.
                    command.addArgumentValue("url", username == null || url.indexOf('?') < 0 ? url : url.substring(0, url.indexOf('?')))
                            .addArgumentValue("username", username == null ? database.username() : username)
                            .addArgumentValue("password", username == null ? database.password() : password);
                } else {
                    command.addArgumentValue("database",
                            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(session)));
                }
                arguments.forEach(command::addArgumentValue);
                if (output != null) {
                    command.setOutput(output);
                }
                command.execute();
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseFailure(name + " failed: " + e.getMessage(), e);
        }
    }

    private DirectoryResourceAccessor directoryAccessor() {
        try {
            return new DirectoryResourceAccessor(changelogDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Liquibase command failed; the message carries Liquibase's (and partitionkit's) explanation. */
    public static final class LiquibaseFailure extends RuntimeException {
        LiquibaseFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
