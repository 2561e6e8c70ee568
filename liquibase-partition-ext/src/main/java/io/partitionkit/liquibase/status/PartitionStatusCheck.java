package io.partitionkit.liquibase.status;

import io.partitionkit.core.catalog.ServerClock;
import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.run.AutoCommit;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.StatusAnalysis;
import io.partitionkit.core.status.StatusPolicy;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.StatusReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

/**
 * The health of every partitioned table in the database (all schemas but PostgreSQL's own), as
 * {@code mvn partition:status} and {@code liquibase partition-status} report it: they are this
 * class. With a changelog, each table is judged against its {@code ensurePartitions} change
 * (interval, premake, retention, time zone); without one the interval is inferred from the bounds
 * and retention is not judged. Only reads.
 */
public final class PartitionStatusCheck {

    private final Optional<String> changeLogFile;
    private final Duration maxMaintenanceAge;

    /** {@code changeLogFile}, when present, is read through the scope's resource accessor. */
    public PartitionStatusCheck(Optional<String> changeLogFile) {
        this(changeLogFile, null);
    }

    /** {@code maxMaintenanceAge}: how old a table's last successful maintenance may be; null for one interval. */
    public PartitionStatusCheck(Optional<String> changeLogFile, Duration maxMaintenanceAge) {
        this.changeLogFile = changeLogFile;
        this.maxMaintenanceAge = maxMaintenanceAge;
    }

    /**
     * Reads the report over {@code connection}. Throws {@link LiquibaseException} when the changelog
     * cannot be read or holds invalid {@code ensurePartitions} changes, {@link SQLException} (or
     * {@link io.partitionkit.core.catalog.CatalogException}) when the database cannot be read.
     */
    public StatusReport read(Connection connection) throws LiquibaseException, SQLException {
        try (AutoCommit autoCommit = AutoCommit.on(connection)) {
            StatusReader reader = new StatusReader(connection);
            Map<QualifiedName, StatusPolicy> policies = changeLogFile.isPresent() ? policies(changeLogFile.get(), reader.currentSchema())
                    : Map.of();
            return StatusAnalysis.analyze(reader.read(), policies, ServerClock.read(connection), maxMaintenanceAge);
        }
    }

    /**
     * Why a run that must not find warnings fails: {@code command} (such as {@code partition:status})
     * and {@code option} (the setting that asked for it) name the cause. Empty when there is none.
     */
    public static Optional<String> warningFailure(StatusReport report, String command, String option) {
        List<String> warnings = report.allWarnings();
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(command + " found " + warnings.size() + " warning(s) (" + option + "):\n  " + String.join("\n  ", warnings));
    }

    private static Map<QualifiedName, StatusPolicy> policies(String path, String defaultSchema) throws LiquibaseException {
        ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
        try {
            DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(path, accessor)
                    .parse(path, new ChangeLogParameters(null), accessor);
            return ChangelogPolicies.of(changeLog, defaultSchema);
        } catch (InvalidOptionsException e) {
            throw new LiquibaseException(e.getMessage(), e);
        } catch (LiquibaseException e) {
            throw new LiquibaseException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
