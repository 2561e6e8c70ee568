package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

/**
 * A real Maven build (by default the Maven running this build, forked) of a {@link PluginProject}, on the
 * repository the plugin under test was staged in. Every build's output is checked for the
 * role's password (whatever the goal, it must never be printed) and kept as build.log in the
 * project's directory.
 */
final class MavenBuild {

    private static final Path REPOSITORY = Path.of(System.getProperty("plugin.test.repository"));
    private static final File MAVEN_HOME = new File(System.getProperty("plugin.test.maven.home"));

    private final PluginProject project;
    private final List<String> goals = new ArrayList<>();
    private final Properties properties = new Properties();
    private final Map<String, String> environment = new HashMap<>();
    private final StringBuffer output = new StringBuffer();
    private boolean debug;
    private boolean showErrors;

    private MavenBuild(PluginProject project, String goal) {
        this.project = project;
        this.goals.add(goal);
    }

    /** {@code goal} as typed after {@code mvn}, e.g. {@code partition:maintain}. */
    static MavenBuild of(PluginProject project, String goal) {
        return new MavenBuild(project, goal);
    }

    /** The usual connection: the role's user name and password given as properties. */
    /** Another goal or phase, run after the ones before it in the same build. */
    MavenBuild andGoal(String goal) {
        goals.add(goal);
        return this;
    }

    MavenBuild connectingAs(CiRole role) {
        return property("partition.url", role.url()).property("partition.username", CiRole.NAME)
                .property("partition.password", CiRole.PASSWORD);
    }

    MavenBuild property(String name, String value) {
        properties.setProperty(name, value);
        return this;
    }

    MavenBuild withoutProperty(String name) {
        properties.remove(name);
        return this;
    }

    MavenBuild environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** {@code mvn -X}: Maven prints every mojo parameter it sets, and Liquibase logs its debug output. */
    MavenBuild debug() {
        debug = true;
        return this;
    }

    /** {@code mvn -e}: Maven prints the failure's whole cause chain, each cause's message and stack trace. */
    MavenBuild showErrors() {
        showErrors = true;
        return this;
    }

    BuildResult run() {
        output.setLength(0);
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(project.directory().toFile())
                .setGoals(goals)
                .setProperties(properties)
                .setUserSettingsFile(project.settings().toFile())
                .setLocalRepositoryDirectory(REPOSITORY.toFile())
                .setBatchMode(true)
                .setNoTransferProgress(true)
                .setDebug(debug)
                .setShowErrors(showErrors)
                .setJavaHome(new File(System.getProperty("java.home")))
                // A build lives a few seconds: the quick compiler alone starts it faster.
                .setMavenOpts("-XX:TieredStopAtLevel=1")
                .setInputStream(InputStream.nullInputStream())
                .setOutputHandler(line -> output.append(line).append('\n'))
                .setErrorHandler(line -> output.append(line).append('\n'));
        request.setTimeoutInSeconds(300);
        environment.forEach(request::addShellEnvironment);
        DefaultInvoker invoker = new DefaultInvoker();
        invoker.setMavenHome(MAVEN_HOME);
        try {
            InvocationResult result = invoker.execute(request);
            if (result.getExecutionException() != null) {
                throw new IllegalStateException("cannot run Maven in " + project.directory(), result.getExecutionException());
            }
            BuildResult build = new BuildResult(result.getExitCode(), output.toString());
            Files.writeString(project.directory().resolve("build.log"), build.output());
            assertThat(withoutMavensCommandLine(build.output())).as("the output of mvn %s", goals).doesNotContain(CiRole.PASSWORD);
            return build;
        } catch (MavenInvocationException | IOException e) {
            throw new IllegalStateException("cannot run Maven in " + project.directory(), e);
        }
    }

    /** What the build running now (on another thread) has printed so far. */
    String outputSoFar() {
        return output.toString();
    }

    /**
     * The output without the line in which Maven 4 with -X repeats its own command line: what was
     * typed after {@code mvn}, -D options included, is the user's, not something the plugin printed.
     */
    private static String withoutMavensCommandLine(String output) {
        return output.lines().filter(line -> !line.startsWith("Command line: ")).collect(Collectors.joining("\n"));
    }
}
