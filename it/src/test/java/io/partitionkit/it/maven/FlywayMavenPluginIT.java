package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * partitionkit through {@code flyway-maven-plugin}, as a project without an application runs its
 * migrations from CI: the extension is a plugin dependency, the user's Java migrations and their
 * maintenance callback (the README's, as written there) are compiled in the project, and the
 * callback is registered by class name ({@code flyway.callbacks}). A populated table is converted, rows are inserted, a later
 * {@code flyway:migrate} with nothing pending maintains it, a later migration reverts it; rows kept.
 */
@ExtendWith(PostgresExtension.class)
class FlywayMavenPluginIT {

    private static final String FLYWAY_VERSION = System.getProperty("plugin.test.flyway.version");

    private static TestDatabase db;
    private static CiRole role;

    @BeforeAll
    static void createTable(TestDatabase database) {
        db = database;
        role = CiRole.owning(database);
        role.execute("CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload text)",
                "INSERT INTO events SELECT i, now() - i * interval '10 days' / 5000, md5(i::text) FROM generate_series(1, 5000) i");
    }

    @Test
    void migrationsAndTheCallbackCompiledInTheProjectConvertMaintainAndRevert() {
        RowFingerprint history = db.fingerprint("events");
        List<String> snippets = readmeJavaSnippets();
        PluginProject project = PluginProject.named("flyway-project").withFile("pom.xml", pom())
                .withFile("src/main/java/db/migration/V2__Partition_events.java", snippets.get(0))
                .withFile("src/main/java/com/example/EventsMaintenance.java", snippets.get(1));

        BuildResult converted = migrate(project);

        assertThat(converted.succeeded()).as("%s", converted).isTrue();
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("events")).isEqualTo(history);
        role.execute("INSERT INTO events SELECT 10000 + i, now() + i * interval '1 minute', 'after' FROM generate_series(1, 100) i",
                "COMMENT ON TABLE events IS NULL");
        RowFingerprint withInserts = db.fingerprint("events");

        BuildResult maintained = migrate(project);

        assertThat(maintained.succeeded()).as("%s", maintained).isTrue();
        assertThat(maintained.output()).contains("Schema \"public\" is up to date. No migration necessary.",
                "partitionkit: \"public\".\"events\": created 0 partition(s)");
        assertThat(db.value("SELECT obj_description('events'::regclass, 'pg_class')"))
                .startsWith("partitionkit: last successful maintenance ");

        project.withFile("src/main/java/db/migration/V3__Revert_events.java", """
                package db.migration;

                import io.partitionkit.flyway.PartitionMigration;
                import io.partitionkit.flyway.Partitioning;

                public class V3__Revert_events extends PartitionMigration {
                    public V3__Revert_events() {
                        super(Partitioning.revertPartitioning("events"));
                    }
                }
                """);
        // Reverted, the table has no partitions to maintain: the callback goes with the partitioning.
        BuildResult reverted = flywayMigrate(project).run();

        assertThat(reverted.succeeded()).as("%s", reverted).isTrue();
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("events")).isEqualTo(withInserts);
    }

    /** The migration and the callback of the README's Flyway section, as written there. */
    private static List<String> readmeJavaSnippets() {
        try {
            String readme = Files.readString(Path.of("../README.md"));
            String section = readme.substring(readme.indexOf("### Flyway\n"), readme.indexOf("### In-application scheduling"));
            List<String> snippets = new ArrayList<>();
            Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
            while (block.find()) {
                snippets.add(block.group(1));
            }
            assertThat(snippets).as("the README's Flyway section: a migration, then a callback").hasSize(2);
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code mvn compile flyway:migrate} with the maintenance callback registered by name. */
    private static BuildResult migrate(PluginProject project) {
        return flywayMigrate(project).property("flyway.callbacks", "com.example.EventsMaintenance").run();
    }

    /** {@code mvn compile flyway:migrate} as partitionkit needs Flyway: a session lock. */
    private static MavenBuild flywayMigrate(PluginProject project) {
        return MavenBuild.of(project, "compile").andGoal("flyway:migrate").property("flyway.url", role.url())
                .property("flyway.user", CiRole.NAME).property("flyway.password", CiRole.PASSWORD)
                .property("flyway.postgresql.transactional.lock", "false")
                // The table came before Flyway: its history starts at version 1, and V2 converts the table.
                .property("flyway.baselineOnMigrate", "true");
    }

    /** A jar project whose migrations need the extension to compile, and Flyway's plugin with the extension and the driver. */
    private static String pom() {
        String partitionkit = PluginProject.pluginVersion();
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.partitionkit.it</groupId>
                  <artifactId>flyway-app</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>io.partitionkit</groupId>
                      <artifactId>flyway-partition-ext</artifactId>
                      <version>%1$s</version>
                    </dependency>
                    <dependency>
                      <groupId>org.flywaydb</groupId>
                      <artifactId>flyway-core</artifactId>
                      <version>%2$s</version>
                      <scope>provided</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.flywaydb</groupId>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <version>%2$s</version>
                        <configuration>
                          <locations>
                            <location>classpath:db/migration</location>
                          </locations>
                        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>org.flywaydb</groupId>
                            <artifactId>flyway-database-postgresql</artifactId>
                            <version>%2$s</version>
                          </dependency>
                          <dependency>
                            <groupId>org.postgresql</groupId>
                            <artifactId>postgresql</artifactId>
                            <version>%3$s</version>
                          </dependency>
                          <dependency>
                            <groupId>io.partitionkit</groupId>
                            <artifactId>flyway-partition-ext</artifactId>
                            <version>%1$s</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(partitionkit, FLYWAY_VERSION, System.getProperty("plugin.test.postgresql.version"));
    }
}
