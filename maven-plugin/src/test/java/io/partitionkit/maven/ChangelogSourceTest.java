package io.partitionkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogSourceTest {

    @TempDir
    Path project;

    private File resources() throws IOException {
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.createDirectories(resources.resolve("db"));
        Files.writeString(resources.resolve("db/changelog.xml"), "<databaseChangeLog/>");
        return resources.toFile();
    }

    @Test
    void aChangelogUnderTheResourcesIsFoundByThePathTheApplicationGives() throws Exception {
        assertThat(ChangelogSource.locate("db/changelog.xml", project.toFile(), List.of(resources())).path()).isEqualTo("db/changelog.xml");
    }

    @Test
    void aMissingChangelogNamesTheValueAndWhereItWasLookedFor() throws IOException {
        File resources = resources();

        assertThatThrownBy(() -> ChangelogSource.locate("db/changelog.yaml", project.toFile(), List.of(resources)))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("partition.changeLogFile 'db/changelog.yaml' is not a file under [")
                .hasMessageContaining("src" + File.separator + "main" + File.separator + "resources, " + project.toAbsolutePath().normalize());
    }

    @Test
    void aChangelogOutsideTheProjectIsRefused(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("changelog.xml"), "<databaseChangeLog/>");

        assertThatThrownBy(() -> ChangelogSource.locate(outside.toString(), project.toFile(), List.of(resources())))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("partition.changeLogFile '" + outside + "' lies outside the project directory")
                .hasMessageEndingWith("give it relative to the project directory or to src/main/resources");
    }
}
