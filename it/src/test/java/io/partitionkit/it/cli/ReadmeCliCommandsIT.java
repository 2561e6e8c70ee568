package io.partitionkit.it.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's CLI commands run as written, through the CLI's launcher: each command line of the
 * section's snippet, with only the connection's values put in for the test database's.
 */
@ExtendWith(PostgresExtension.class)
class ReadmeCliCommandsIT {

    private static final Path README = Path.of("../README.md");
    private static final Pattern SECTION = Pattern.compile("(?ms)^### Liquibase CLI and Docker\\n(.*?)(?=^##)");
    private static final Pattern BASH = Pattern.compile("(?ms)^```bash\\n(.*?)^```$");

    @Test
    void theCommandsOfTheCliSectionMaintainAndReport(TestDatabase db) throws IOException {
        db.execute("CREATE TABLE events (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)",
                "CREATE TABLE events_default PARTITION OF events DEFAULT");
        LiquibaseCli liquibase = LiquibaseCli.inNewDirectory();
        Files.createDirectories(liquibase.workingDirectory().resolve("db/changelog"));
        liquibase.file("db/changelog/db.changelog-master.xml", LiquibaseRunner.xmlChangelogText("""
                <changeSet id="events-maintenance" author="ops" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="events" column="created_at" interval="day" premake="7"/>
                </changeSet>
                """));
        List<List<String>> commands = commands(Files.readString(README));

        assertThat(commands).extracting(command -> command.get(0)).containsExactly("partition-maintain", "partition-status");
        for (List<String> command : commands) {
            LiquibaseCli.Result result = liquibase.run(connectedTo(db, command));
            assertThat(result.exitCode()).as("%s: %s", command, result).isZero();
        }
        assertThat(db.value("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass")).as("today, 7 ahead, DEFAULT")
                .isEqualTo("9");
    }

    /** The snippet's command lines, continuations joined, without the leading {@code liquibase}. */
    private static List<List<String>> commands(String readme) {
        Matcher section = SECTION.matcher(readme);
        assertThat(section.find()).as("README has a section ### Liquibase CLI and Docker").isTrue();
        Matcher snippet = BASH.matcher(section.group(1));
        assertThat(snippet.find()).as("the section has a bash snippet").isTrue();
        List<List<String>> commands = new ArrayList<>();
        for (String line : snippet.group(1).replace("\\\n", " ").lines().toList()) {
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            assertThat(words.get(0)).as(line).isEqualTo("liquibase");
            commands.add(words.subList(1, words.size()));
        }
        return commands;
    }

    /** The command with the test database's URL, user and password in place of the README's. */
    private static String[] connectedTo(TestDatabase db, List<String> command) {
        return command.stream().map(word -> word.startsWith("--url=") ? "--url=" + db.jdbcUrl()
                : word.startsWith("--username=") ? "--username=" + db.username()
                : word.startsWith("--password=") ? "--password=" + db.password() : word).toArray(String[]::new);
    }
}
