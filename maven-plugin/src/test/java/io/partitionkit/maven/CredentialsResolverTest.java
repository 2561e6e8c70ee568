package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class CredentialsResolverTest {

    /** Decrypts {@code {enc:x}} to {@code x}, and reports a problem for {@code {broken}}, as Maven's decrypter would. */
    private static final SettingsDecrypter DECRYPTER = (SettingsDecryptionRequest request) -> {
        Server server = request.getServers().get(0).clone();
        String password = server.getPassword();
        if ("{broken}".equals(password)) {
            return new Result(server, List.of(new DefaultSettingsProblem(
                    "Failed to decrypt password for server " + server.getId(), SettingsProblem.Severity.ERROR, "server: " + server.getId(),
                    -1, -1, null)));
        }
        if (password != null && password.startsWith("{enc:")) {
            server.setPassword(password.substring(5, password.length() - 1));
        }
        return new Result(server, List.of());
    };

    private record Result(Server getServer, List<SettingsProblem> getProblems) implements SettingsDecryptionResult {
        @Override
        public List<Server> getServers() {
            return List.of(getServer);
        }

        @Override
        public Proxy getProxy() {
            return null;
        }

        @Override
        public List<Proxy> getProxies() {
            return List.of();
        }
    }

    private static Settings settings(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void aServerGivesItsDecryptedPasswordAndItsUsername() throws MojoExecutionException {
        CredentialsResolver resolver = new CredentialsResolver(settings("db", "ci", "{enc:pw}"), properties(), properties(), DECRYPTER);

        assertThat(resolver.resolve("db", null)).isEqualTo(new Credentials("ci", "pw", "from settings.xml server 'db'"));
    }

    @Test
    void explicitUsernameAndPasswordPropertyWinOverTheServer() throws MojoExecutionException {
        CredentialsResolver fromUser = new CredentialsResolver(settings("db", "ci", "{enc:pw}"),
                properties("partition.password", "given"), properties("partition.password", "system"), DECRYPTER);
        CredentialsResolver fromSystem = new CredentialsResolver(settings("db", "ci", "{enc:pw}"), properties(),
                properties("partition.password", "system"), DECRYPTER);

        assertThat(fromUser.resolve("db", "admin")).isEqualTo(new Credentials("admin", "given", "from property partition.password"));
        assertThat(fromSystem.resolve("db", null).password()).isEqualTo("system");
    }

    @Test
    void withoutAServerOnlyThePropertiesCount() throws MojoExecutionException {
        CredentialsResolver resolver = new CredentialsResolver(new Settings(), properties(), properties(), DECRYPTER);

        assertThat(resolver.resolve(null, "ci")).isEqualTo(new Credentials("ci", null, "not given"));
    }

    @Test
    void anUnknownServerOrAnUndecryptablePasswordStopsWithTheReason() {
        CredentialsResolver resolver = new CredentialsResolver(settings("db", "ci", "{broken}"), properties(), properties(), DECRYPTER);

        assertThatThrownBy(() -> resolver.resolve("other", null)).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("partition.serverId 'other' names no <server> in settings.xml");
        assertThatThrownBy(() -> resolver.resolve("db", null)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("cannot decrypt the password of settings.xml server 'db': Failed to decrypt password for server db");
    }

    @Test
    void theRecordNeverPrintsThePassword() {
        assertThat(new Credentials("ci", "pw-123", "from property partition.password").toString()).doesNotContain("pw-123");
    }
}
