package io.partitionkit.it.maven;

import io.partitionkit.it.support.LiquibaseRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory a forked build runs in, under target/plugin-its: optionally a project whose POM
 * declares the plugin (so that {@code mvn partition:<goal>} resolves the prefix as it does for
 * users), a changelog in src/main/resources, and the settings files.
 */
final class PluginProject {

    static final String CHANGELOG = "db/changelog.xml";

    private static final String VERSION = System.getProperty("plugin.test.version");
    private static final String OUTER_REPOSITORY = Path.of(System.getProperty("plugin.test.outer.repository")).toUri().toString();

    private final Path directory;

    private PluginProject(Path directory) {
        this.directory = directory;
    }

    /** An empty directory (emptied if a previous run left it). */
    static PluginProject named(String name) {
        Path directory = Path.of("target", "plugin-its", name).toAbsolutePath();
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PluginProject(directory).writeSettings("");
    }

    static String pluginVersion() {
        return VERSION;
    }

    Path directory() {
        return directory;
    }

    Path settings() {
        return directory.resolve("settings.xml");
    }

    /** A POM declaring the plugin, as a project using it would. */
    PluginProject withPom() {
        return withPomDeclaring("""
                <plugin>
                  <groupId>io.partitionkit</groupId>
                  <artifactId>partition-maven-plugin</artifactId>
                  <version>%s</version>
                </plugin>
                """.formatted(VERSION));
    }

    /** A POM whose build declares {@code plugins} (each a {@code <plugin>} element). */
    PluginProject withPomDeclaring(String plugins) {
        return write("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.partitionkit.it</groupId>
                  <artifactId>app</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(plugins));
    }

    /** A file of the project, as written ({@code src/main/java/db/migration/V1__Create.java}). */
    PluginProject withFile(String path, String content) {
        return write(path, content);
    }

    /** src/main/resources/db/changelog.xml with the partition namespace declared around the changesets. */
    PluginProject withChangelog(String changeSets) {
        return withChangelogFile(CHANGELOG, LiquibaseRunner.xmlChangelogText(changeSets));
    }

    /** A changelog file under src/main/resources, as written. */
    PluginProject withChangelogFile(String path, String text) {
        return write("src/main/resources/" + path, text);
    }

    /** settings.xml with one server whose password is encrypted, and the settings-security.xml holding its master password. */
    PluginProject withEncryptedServer(String serverId) {
        write("settings-security.xml", CiRole.SECURITY_SETTINGS);
        return writeSettings("""
                  <servers>
                    <server>
                      <id>%s</id>
                      <username>%s</username>
                      <password>%s</password>
                    </server>
                  </servers>
                """.formatted(serverId, CiRole.NAME, CiRole.ENCRYPTED_PASSWORD));
    }

    /**
     * Every repository is mirrored by the local repository of the build running the tests, read as a
     * remote one: what the staged repository lacks (such as the BOMs the plugin's parent POM imports)
     * comes from there, and a forked build never reaches the network.
     */
    private PluginProject writeSettings(String servers) {
        return write("settings.xml", """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>outer-local-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                %s</settings>
                """.formatted(OUTER_REPOSITORY, servers));
    }

    /**
     * settings.xml with one server whose password comes from an environment variable, the way a CI
     * job hands a secret to Maven without a command line or a file holding it.
     */
    PluginProject withServerPasswordFromEnvironment(String serverId, String variable) {
        return writeSettings("""
                  <servers>
                    <server>
                      <id>%s</id>
                      <username>%s</username>
                      <password>${env.%s}</password>
                    </server>
                  </servers>
                """.formatted(serverId, CiRole.NAME, variable));
    }

    Path securitySettings() {
        return directory.resolve("settings-security.xml");
    }

    private PluginProject write(String file, String content) {
        try {
            Path path = directory.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
