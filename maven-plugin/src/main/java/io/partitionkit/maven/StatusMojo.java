package io.partitionkit.maven;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.liquibase.status.PartitionStatusCheck;
import io.partitionkit.liquibase.status.StatusOutput;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
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
 * Prints the health of every partitioned table in the database (all schemas but PostgreSQL's own):
 * each partition with its range, estimated rows and size; rows waiting in DEFAULT; how far
 * partitions reach ahead; expired partitions still present; gaps; warnings. With
 * {@code partition.changeLogFile}, each table is checked against its {@code ensurePartitions}
 * change (interval, premake, retention, time zone); without it the interval is inferred from the
 * bounds and retention is not checked. Only reads.
 */
@Mojo(name = "status", requiresProject = false, threadSafe = true)
public class StatusMojo extends AbstractPartitionMojo {

    /** true: fails the build when the report has a warning, for scheduled checks in CI. */
    @Parameter(property = "partition.failOnWarning", defaultValue = "false")
    private String failOnWarning;

    /** {@code text} (the report people read, in the log), {@code json} or {@code prometheus}. */
    @Parameter(property = "partition.format", defaultValue = "text")
    private String format;

    /**
     * Writes the report to this file instead of the log, replacing it atomically: a node_exporter
     * textfile collector (a name ending in {@code .prom}) never reads half of it.
     */
    @Parameter(property = "partition.outputFile")
    private String outputFile;

    /** How old a table's last successful maintenance may be before it is a warning ({@code 36h}, {@code 2d}); default one interval. */
    @Parameter(property = "partition.maxMaintenanceAge")
    private String maxMaintenanceAge;

    /** {@link #failOnWarning}, read by {@link #checkParameters}. */
    private boolean warningsFail;

    /** {@link #format}, {@link #outputFile} and {@link #maxMaintenanceAge}, read by {@link #checkParameters}. */
    private StatusOutput output;

    @Inject
    public StatusMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    String goal() {
        return "status";
    }

    /** The changelog is optional. */
    @Override
    void checkParameters(ParameterProblems problems, boolean changelogGiven) {
        warningsFail = problems.flag("partition.failOnWarning", failOnWarning);
        try {
            output = StatusOutput.of(format, outputFile, maxMaintenanceAge, new StatusOutput.Names("partition.format",
                    "partition.outputFile", "partition.maxMaintenanceAge"));
        } catch (IllegalArgumentException e) {
            e.getMessage().lines().forEach(problems::add);
        }
    }

    @Override
    void execute(Connection connection, Optional<ChangelogSource> changelog)
            throws MojoExecutionException, MojoFailureException {
        PartitionStatusCheck check = new PartitionStatusCheck(changelog.map(ChangelogSource::path), output.maxMaintenanceAge());
        StatusReport report;
        try {
            report = changelog.isPresent()
                    ? new LiquibaseScope(getLog(), changelog.get().accessor()).call(() -> check.read(connection))
                    : check.read(connection);
        } catch (SQLException | CatalogException e) {
            throw new MojoExecutionException("partition:status cannot read the database: " + Secrets.mask(e.getMessage()), e);
        } catch (Exception e) {
            throw new MojoExecutionException(Secrets.mask(String.valueOf(e.getMessage())), e);
        }
        try {
            output.write(report, line -> {
                if (line.warning()) {
                    getLog().warn(line.text());
                } else {
                    getLog().info(line.text());
                }
            });
        } catch (IOException e) {
            throw new MojoExecutionException("partition:status cannot write partition.outputFile " + output.outputFile().orElseThrow()
                    + ": " + e.getMessage(), e);
        }
        Optional<String> failure = PartitionStatusCheck.warningFailure(report, "partition:status", "partition.failOnWarning");
        if (warningsFail && failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }
}
