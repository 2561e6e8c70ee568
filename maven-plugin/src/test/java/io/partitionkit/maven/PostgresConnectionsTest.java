package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class PostgresConnectionsTest {

    @Test
    void aMissingUrlSaysHowToGiveIt() {
        assertThatThrownBy(() -> PostgresConnections.checkUrl(" ")).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("partition.url is required").hasMessageContaining("-Dpartition.url=");
    }

    @Test
    void anotherDatabasesUrlIsRefusedWithItsPasswordMasked() {
        assertThatThrownBy(() -> PostgresConnections.checkUrl("jdbc:mysql://db/app?password=hunter2"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("partition.url 'jdbc:mysql://db/app?password=*****' is not a PostgreSQL JDBC URL; expected "
                        + "jdbc:postgresql://host:port/database");
        assertThatCode(() -> PostgresConnections.checkUrl("jdbc:postgresql://db:5432/app")).doesNotThrowAnyException();
    }

    @Test
    void aUserBeforeTheHostIsRefusedWithThePasswordMasked() {
        assertThatThrownBy(() -> PostgresConnections.checkUrl("jdbc:postgresql://ci:hunter2@db:5432/app?password=hunter2"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("partition.url 'jdbc:postgresql://ci:*****@db:5432/app?password=*****' names the user before the host, "
                        + "which the PostgreSQL driver does not read; expected jdbc:postgresql://host:port/database, with the user as "
                        + "partition.username and the password from partition.serverId or partition.password");
        assertThatThrownBy(() -> PostgresConnections.checkUrl("jdbc:postgresql://ci@db/app")).hasMessageContaining("names the user");
        assertThatCode(() -> PostgresConnections.checkUrl("jdbc:postgresql://[::1]:5432,db2:5432/app?user=ops@example.com"))
                .doesNotThrowAnyException();
    }
}
