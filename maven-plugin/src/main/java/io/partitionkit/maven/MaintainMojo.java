package io.partitionkit.maven;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.liquibase.MaintenanceResults;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.inject.Inject;
import liquibase.Scope;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
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
        List<MaintenanceReport> reports = new ArrayList<>();
        MaintenanceOutcome outcome;
        try {
            outcome = new LiquibaseScope(getLog(), source.accessor())
                    .with(MaintenanceResults.SCOPE_KEY, (Consumer<MaintenanceReport>) reports::add)
                    .call(() -> maintain(connection, source));
        } catch (Exception e) {
            throw new MojoExecutionException("partition:maintain stopped: " + Secrets.mask(String.valueOf(e.getMessage())), e);
        }
        report(outcome, reports);
    }

    private MaintenanceOutcome maintain(Connection connection, ChangelogSource source) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try {
            return Scope.child(Map.of(Scope.Attr.database.name(), database), () -> {
                DatabaseChangeLog changeLog = source.parse(database);
                return printOnly
                        ? new DryRun(database, changeLog).print(line -> getLog().info(Secrets.mask(line)))
                        : new MaintenanceRun(database, changeLog).run();
            });
        } finally {
            LiquibaseScope.resetServices();
            close(database);
        }
    }

    private void close(Database database) {
        try {
            database.close();
        } catch (LiquibaseException e) {
            getLog().warn("closing the connection failed: " + Secrets.mask(e.getMessage()));
        }
    }

    private void report(MaintenanceOutcome outcome, List<MaintenanceReport> reports) throws MojoFailureException {
        String verb = printOnly ? "would run" : "ran";
        getLog().info("partition:maintain " + verb + " " + (outcome.succeeded().size() + outcome.failures().size())
                + " maintenance changeset(s)" + (printOnly ? " (dry run: nothing was changed)" : ""));
        for (MaintenanceReport report : reports) {
            String line = "  " + Secrets.mask(report.summary());
            if (report.retentionWithheld().isPresent()) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        if (!outcome.otherPending().isEmpty()) {
            getLog().warn(outcome.otherPending().size() + " pending changeset(s) are not maintenance; partition:maintain left them "
                    + "for liquibase update:");
            outcome.otherPending().forEach(changeSet -> getLog().warn("  " + changeSet));
        }
        if (!outcome.failures().isEmpty()) {
            // Maven prints the failure's message at the end of the build; logging it here too would repeat it.
            String failures = outcome.failures().stream().map(f -> f.changeSet() + ": " + Secrets.mask(f.reason()))
                    .collect(Collectors.joining("\n  "));
            throw new MojoFailureException("partition:maintain: " + outcome.failures().size() + " maintenance changeset(s) failed:\n  "
                    + failures);
        }
    }
}
