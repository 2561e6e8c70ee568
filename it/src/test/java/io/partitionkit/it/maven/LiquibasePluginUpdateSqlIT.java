package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Liquibase Maven plugin, forked for real with the extension as its dependency: its updateSQL of
 * a master changelog holding a table's conversion and its runAlways maintenance previews both (the
 * maintenance as a comment, planned when it runs) and changes nothing, as the CLI does.
 */
@ExtendWith(PostgresExtension.class)
class LiquibasePluginUpdateSqlIT {

    @Test
    void updateSqlOfAMasterChangelogPreviewsTheConversionAndItsMaintenance(TestDatabase db) throws IOException {
        db.execute("CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                "INSERT INTO events SELECT i, now() - i * interval '1 hour' FROM generate_series(1, 240) i");
        Map<String, Object> before = SchemaState.of(db, "public");
        PluginProject project = PluginProject.named("liquibase-plugin-update-sql")
                .withPomDeclaring(liquibasePlugin(db)).withChangelog("""
                        <changeSet id="partition-events" author="ops" runInTransaction="false">
                          <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="7"/>
                        </changeSet>
                        <changeSet id="events-maintenance" author="ops" runAlways="true" runInTransaction="false">
                          <partition:ensurePartitions tableName="events" column="created_at" interval="day" premake="7"/>
                        </changeSet>
                        """);

        BuildResult build = MavenBuild.of(project, "liquibase:updateSQL").run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        String sql = Files.readString(project.directory().resolve("target/liquibase/migrate.sql"));
        assertThat(sql).contains("ATTACH PARTITION \"public\".\"events_legacy\"",
                "-- partitionkit: ensurePartitions of \"public\".\"events\" is planned when it runs: changeset "
                        + PluginProject.CHANGELOG + "::partition-events::ops converts it earlier in this update");
        assertThat(SchemaState.of(db, "public")).as("updateSQL changed nothing").isEqualTo(before);
    }

    /** The Liquibase Maven plugin as its users declare it, the extension and the driver as its dependencies. */
    private static String liquibasePlugin(TestDatabase db) {
        return """
                <plugin>
                  <groupId>org.liquibase</groupId>
                  <artifactId>liquibase-maven-plugin</artifactId>
                  <version>%s</version>
                  <configuration>
                    <changeLogFile>%s</changeLogFile>
                    <changeLogDirectory>src/main/resources</changeLogDirectory>
                    <url>%s</url>
                    <username>%s</username>
                    <password>%s</password>
                  </configuration>
                  <dependencies>
                    <dependency>
                      <groupId>io.partitionkit</groupId>
                      <artifactId>liquibase-partition-ext</artifactId>
                      <version>%s</version>
                    </dependency>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                      <version>%s</version>
                    </dependency>
                  </dependencies>
                </plugin>
                """.formatted(System.getProperty("plugin.test.liquibase.version"), PluginProject.CHANGELOG,
                db.jdbcUrl().replace("&", "&amp;"), db.username(), db.password(), PluginProject.pluginVersion(),
                System.getProperty("plugin.test.postgresql.version"));
    }
}
