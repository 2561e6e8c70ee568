package io.partitionkit.maven;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every goal shares: skipping, finding the credentials, connecting, locating the changelog.
 * The password is deliberately not a parameter: Maven prints every parameter it sets when run with
 * {@code -X}, so {@code partition.password} is read from the session's properties instead.
 */
abstract class AbstractPartitionMojo extends AbstractMojo {

    /** JDBC URL of the database, such as {@code jdbc:postgresql://db.example.com:5432/app}. Keep the password out of it. */
    @Parameter(property = "partition.url")
    private String url;

    /** Database user; overrides the username of the {@code serverId} server. */
    @Parameter(property = "partition.username")
    private String username;

    /**
     * Id of a settings.xml {@code <server>} whose username and password (encrypted or not) to connect with. The password can
     * also be given with {@code -Dpartition.password}, which wins.
     */
    @Parameter(property = "partition.serverId")
    private String serverId;

    /**
     * The Liquibase changelog, found under src/main/resources or the project directory. Give the path the application gives
     * Liquibase, such as {@code db/changelog/db.changelog-master.xml}: it is what DATABASECHANGELOG records.
     */
    @Parameter(property = "partition.changeLogFile")
    private String changeLogFile;

    /** Skips the goal: true or false. */
    @Parameter(property = "partition.skip", defaultValue = "false")
    private String skip;

    private final MavenSession session;
    private final MavenProject project;
    private final SettingsDecrypter decrypter;

    AbstractPartitionMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        this.session = session;
        this.project = project;
        this.decrypter = decrypter;
    }

    /**
     * Every failure leaves through here with its passwords masked, its causes' included: with
     * {@code mvn -e} Maven prints the whole chain, and its summary repeats the causes' messages.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            run();
        } catch (MojoExecutionException e) {
            throw MaskedException.of(e);
        } catch (MojoFailureException e) {
            throw MaskedException.of(e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("partition:" + goal() + " failed: " + Secrets.mask(e.toString()), MaskedException.of(e));
        }
    }

    private void run() throws MojoExecutionException, MojoFailureException {
        ParameterProblems problems = new ParameterProblems();
        if (problems.flag("partition.skip", skip)) {
            getLog().info("partition:" + goal() + " skipped (partition.skip)");
            return;
        }
        boolean changelogGiven = changeLogFile != null && !changeLogFile.isBlank();
        Optional<ChangelogSource> changelog = changelogGiven
                ? problems.check(() -> ChangelogSource.locate(changeLogFile, basedir(), resourceDirectories()))
                : Optional.empty();
        checkParameters(problems, changelogGiven);
        problems.check(() -> PostgresConnections.checkUrl(url));
        Optional<Credentials> resolved = problems.check(() -> new CredentialsResolver(session.getSettings(),
                session.getUserProperties(), session.getSystemProperties(), decrypter).resolve(serverId, username));
        problems.throwIfAny(goal());
        Credentials credentials = resolved.orElseThrow();
        getLog().info("Connecting to " + Secrets.mask(url) + " as " + credentials.who() + " (password " + credentials.source() + ")");
        try (Connection connection = PostgresConnections.open(url, credentials)) {
            execute(connection, changelog);
        } catch (SQLException e) {
            throw new MojoExecutionException("closing the connection failed: " + Secrets.mask(e.getMessage()), e);
        }
    }

    abstract String goal();

    /**
     * Reads and checks the goal's own parameters, adding what cannot work to {@code problems}; whether
     * partition.changeLogFile was given is for the goals that need it (a given one that cannot be found
     * is already a problem).
     */
    abstract void checkParameters(ParameterProblems problems, boolean changelogGiven);

    abstract void execute(Connection connection, Optional<ChangelogSource> changelog)
            throws MojoExecutionException, MojoFailureException;

    /** The project directory; without a project (requiresProject = false), the directory Maven runs in. */
    private File basedir() {
        return project.getFile() != null ? project.getBasedir() : new File(session.getExecutionRootDirectory());
    }

    private List<File> resourceDirectories() {
        return project.getFile() == null ? List.of() : project.getResources().stream().map(Resource::getDirectory).map(File::new).toList();
    }
}
