package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failing builds given a JDBC URL that carries the password, run with {@code mvn -e}: Maven then
 * prints the failure's whole cause chain, messages of the driver's exceptions included. The password
 * must appear nowhere ({@link MavenBuild} checks every build's output for it) while the messages,
 * exception class names and stack traces stay readable.
 */
@ExtendWith(PostgresExtension.class)
class PasswordMaskingIT {

    private static CiRole role;

    @BeforeAll
    static void createRole(TestDatabase database) {
        role = CiRole.owning(database);
    }

    @Test
    void aDriverFailureQuotingTheUrlShowsItsCausesWithThePasswordsMasked() {
        // A port the driver cannot parse: it fails with a message quoting the whole URL, query string included.
        String withoutPort = role.url().replaceFirst(":\\d+/", ":no-port/");
        PluginProject directory = PluginProject.named("masking-driver-failure");

        BuildResult build = MavenBuild.of(directory, "io.partitionkit:partition-maven-plugin:" + PluginProject.pluginVersion() + ":status")
                .property("partition.url", withoutPort + "?user=" + CiRole.NAME + "&PASSWORD=" + CiRole.PASSWORD
                        + "&sslpassword=" + CiRole.PASSWORD + "&ApplicationName=masking")
                .showErrors().run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        String masked = withoutPort + "?user=" + CiRole.NAME + "&PASSWORD=*****&sslpassword=*****&ApplicationName=masking";
        assertThat(build.output()).contains("Connecting to " + masked,
                "cannot connect to " + masked + " as the driver's default user (password not given): Unable to parse URL " + masked,
                "Caused by: io.partitionkit.maven.MaskedException: org.postgresql.util.PSQLException: Unable to parse URL " + masked,
                "at org.postgresql.Driver.connect");
    }

    @Test
    void aUrlWithUserAndPasswordBeforeTheHostIsRefusedWithThePasswordMasked() {
        String url = role.url().replace("//", "//" + CiRole.NAME + ":" + CiRole.PASSWORD + "@");
        PluginProject directory = PluginProject.named("masking-user-info");

        BuildResult build = MavenBuild.of(directory, "io.partitionkit:partition-maven-plugin:" + PluginProject.pluginVersion() + ":status")
                .property("partition.url", url + "?password=" + CiRole.PASSWORD).showErrors().run();

        assertThat(build.succeeded()).as("%s", build).isFalse();
        String masked = role.url().replace("//", "//" + CiRole.NAME + ":*****@") + "?password=*****";
        assertThat(build.output()).contains("partition.url '" + masked + "' names the user before the host",
                        "partition.username")
                .doesNotContain("Connecting to");
    }
}
