package io.partitionkit.maven;

import io.partitionkit.core.run.ReportLine;
import io.partitionkit.liquibase.maintain.MaintenanceOutcome;
import io.partitionkit.liquibase.maintain.PartitionMaintenance;
import java.sql.Connection;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Runs the maintenance changesets of a changelog (those made only of {@code ensurePartitions}
 * changes) and nothing else: every other pending changeset is listed and left to
 * {@code liquibase update}. Runs are recorded in DATABASECHANGELOG as Liquibase records them, under
 * DATABASECHANGELOGLOCK. Every maintenance changeset runs even when an earlier one fails; the build
 * fails afterwards, naming each failure.
 */
// Not thread-safe: Liquibase's lock and history services are JVM-wide singletons, reset after each run.
@Mojo(name = "maintain", requiresProject = false, threadSafe = false)
public class MaintainMojo extends AbstractPartitionMojo {

    /** true: prints the SQL maintenance would run now instead of running it; changes nothing. */
    @Parameter(property = "partition.dryRun", defaultValue = "false")
    private String dryRun;

    /** {@link #dryRun}, read by {@link #checkParameters}. */
    private boolean printOnly;

    @Inject
    public MaintainMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    String goal() {
        return "maintain";
    }

    @Override
    void checkParameters(ParameterProblems problems, boolean changelogGiven) {
        printOnly = problems.flag("partition.dryRun", dryRun);
        if (!changelogGiven) {
            problems.add("partition.changeLogFile is required: the changelog whose ensurePartitions changesets "
                    + "partition:maintain runs (-Dpartition.changeLogFile=db/changelog.xml or <changeLogFile> in the plugin configuration)");
        }
    }

    @Override
    void execute(Connection connection, Optional<ChangelogSource> changelog)
            throws MojoExecutionException, MojoFailureException {
        ChangelogSource source = changelog.orElseThrow();
        PartitionMaintenance maintenance = PartitionMaintenance.of(source.path()).resourceAccessor(source.accessor())
                .dryRun(printOnly).reportAs("partition:" + goal()).reportTo(this::print);
        MaintenanceOutcome outcome;
        try {
            outcome = new LiquibaseScope(getLog(), source.accessor()).call(() -> maintenance.run(connection));
        } catch (Exception e) {
            throw new MojoExecutionException("partition:maintain stopped: " + Secrets.mask(String.valueOf(e.getMessage())), e);
        }
        // Maven prints the failure's message at the end of the build; logging it here too would repeat it.
        Optional<String> failure = outcome.failureMessage("partition:" + goal());
        if (failure.isPresent()) {
            throw new MojoFailureException(Secrets.mask(failure.get()));
        }
    }

    private void print(ReportLine line) {
        if (line.warning()) {
            getLog().warn(Secrets.mask(line.text()));
        } else {
            getLog().info(Secrets.mask(line.text()));
        }
    }
}
