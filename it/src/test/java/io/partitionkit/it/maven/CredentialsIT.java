package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where the plugin gets its password, and that it never prints it: not with {@code -X} (which
 * prints every mojo parameter and Liquibase's debug log), not in a JDBC URL. {@link MavenBuild}
 * checks every build's output for the password. (Maven 4 with -X echoes its own command line, -D
 * options included; that line is the user's, and the README says to keep passwords off it.)
 */
@ExtendWith(PostgresExtension.class)
class CredentialsIT {

    private static CiRole role;

    @BeforeAll
    static void createTable(TestDatabase database) {
        role = CiRole.owning(database);
        role.execute("CREATE TABLE visits (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at)",
                "CREATE TABLE visits_default PARTITION OF visits DEFAULT");
    }

    @Test
    void theServerChecksPasswords() {
        // Without this, a build could connect whatever password it decrypted.
        assertThatThrownBy(() -> role.connect("not-" + CiRole.PASSWORD).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void anEncryptedSettingsServerPasswordIsDecryptedAndNeverPrinted() {
        PluginProject directory = PluginProject.named("credentials-settings-server").withEncryptedServer("partitionkit-db");

        BuildResult build = MavenBuild.of(directory, "io.partitionkit:partition-maven-plugin:" + PluginProject.pluginVersion() + ":status")
                .property("partition.url", role.url())
                .property("partition.serverId", "partitionkit-db")
                .property("settings.security", directory.securitySettings().toString())
                .debug().run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("as " + CiRole.NAME + " (password from settings.xml server 'partitionkit-db')",
                "\"public\".\"visits\": range on created_at", "[DEBUG]");
    }

    @Test
    void aPasswordPropertyIsNeverPrintedEvenWhenMavenAndLiquibaseLogEverything() {
        PluginProject project = PluginProject.named("credentials-debug").withPom().withChangelog("""
                <changeSet id="visits-maintenance" author="ops" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="visits" column="created_at" interval="day" premake="1"/>
                </changeSet>
                """);

        BuildResult build = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).debug().run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("(password from property partition.password)", "(f) url = " + role.url(),
                "\"public\".\"visits\": created 2 partition(s)");
    }

    @Test
    void aSettingsServerPasswordCanComeFromTheEnvironment() {
        PluginProject directory = PluginProject.named("credentials-environment")
                .withServerPasswordFromEnvironment("partitionkit-db", "PARTITIONKIT_TEST_DB_PASSWORD");

        BuildResult build = MavenBuild.of(directory, "io.partitionkit:partition-maven-plugin:" + PluginProject.pluginVersion() + ":status")
                .property("partition.url", role.url())
                .property("partition.serverId", "partitionkit-db")
                .environment("PARTITIONKIT_TEST_DB_PASSWORD", CiRole.PASSWORD).run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("(password from settings.xml server 'partitionkit-db')", "\"public\".\"visits\"");
    }

    @Test
    void aPasswordInsideTheJdbcUrlIsMasked() {
        PluginProject directory = PluginProject.named("credentials-url");

        BuildResult build = MavenBuild.of(directory, "io.partitionkit:partition-maven-plugin:" + PluginProject.pluginVersion() + ":status")
                .property("partition.url", role.url() + "?user=" + CiRole.NAME + "&password=" + CiRole.PASSWORD).run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("Connecting to " + role.url() + "?user=" + CiRole.NAME + "&password=*****");
    }
}
