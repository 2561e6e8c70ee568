package io.partitionkit.maven;

import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the user name and password. Explicit values win: {@code partition.username} (a plugin
 * parameter) and {@code partition.password} (read from the session's user or system properties
 * only, so that it is never a mojo parameter Maven prints with {@code -X}); otherwise the
 * settings.xml {@code <server>} named by {@code partition.serverId}, its password decrypted as Maven
 * decrypts every server password.
 */
final class CredentialsResolver {

    static final String PASSWORD_PROPERTY = "partition.password";

    private final Settings settings;
    private final Properties userProperties;
    private final Properties systemProperties;
    private final SettingsDecrypter decrypter;

    CredentialsResolver(Settings settings, Properties userProperties, Properties systemProperties, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.userProperties = userProperties;
        this.systemProperties = systemProperties;
        this.decrypter = decrypter;
    }

    Credentials resolve(String serverId, String username) throws MojoExecutionException {
        String password = userProperties.getProperty(PASSWORD_PROPERTY, systemProperties.getProperty(PASSWORD_PROPERTY));
        if (serverId == null || serverId.isBlank()) {
            return new Credentials(username, password, password == null ? "not given" : "from property " + PASSWORD_PROPERTY);
        }
        Server server = decrypted(server(serverId));
        return new Credentials(username != null ? username : server.getUsername(),
                password != null ? password : server.getPassword(),
                password != null ? "from property " + PASSWORD_PROPERTY : "from settings.xml server '" + serverId + "'");
    }

    private Server server(String serverId) throws MojoExecutionException {
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("partition.serverId '" + serverId + "' names no <server> in settings.xml; add "
                    + "<server><id>" + serverId + "</id><username>...</username><password>...</password></server> to "
                    + "~/.m2/settings.xml (or the file given with -s)");
        }
        return server;
    }

    private Server decrypted(Server server) throws MojoExecutionException {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("cannot decrypt the password of settings.xml server '" + server.getId() + "': "
                        + problem.getMessage() + " (is settings-security.xml, or -Dsettings.security, pointing at the master password?)");
            }
        }
        return result.getServer();
    }
}
