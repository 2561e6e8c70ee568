package io.partitionkit.liquibase.maintain;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.ReportLine;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import io.partitionkit.liquibase.MaintenanceResults;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.logging.Logger;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Runs the maintenance changesets of a changelog (those made only of {@code ensurePartitions}) and
 * nothing else, as {@code mvn partition:maintain} and {@code liquibase partition-maintain} do: they
 * are this class. Every other pending changeset is listed and left to {@code liquibase update}. Runs
 * are recorded in DATABASECHANGELOG under DATABASECHANGELOGLOCK, as update records them; one failing
 * changeset does not stop the others. An application calls it from its own scheduler:
 *
 * <pre>{@code
 * MaintenanceOutcome outcome = PartitionMaintenance.of("db/changelog/db.changelog-master.xml").run(dataSource);
 * }</pre>
 *
 * <p>The changelog path is the one the application gives Liquibase (DATABASECHANGELOG records it),
 * found on the class path unless another {@link ResourceAccessor} is given. The report goes to
 * Liquibase's logger unless {@link #reportTo} says otherwise. Not thread-safe; runs in one JVM take
 * turns on DATABASECHANGELOGLOCK like any two Liquibase runs.
 */
public final class PartitionMaintenance {

    private final String changeLogFile;
    private final List<EnsurePartitionsChange> changes;
    private ResourceAccessor resourceAccessor;
    private boolean dryRun;
    private Consumer<ReportLine> report = PartitionMaintenance::log;
    private String command = "partitionkit maintenance";

    private PartitionMaintenance(String changeLogFile, List<EnsurePartitionsChange> changes) {
        this.changeLogFile = changeLogFile;
        this.changes = changes;
    }

    /** The maintenance of the changelog at {@code changeLogFile}, such as {@code db/changelog/db.changelog-master.xml}. */
    public static PartitionMaintenance of(String changeLogFile) {
        if (changeLogFile == null || changeLogFile.isBlank()) {
            throw new IllegalArgumentException("changeLogFile is required: the path of the changelog whose ensurePartitions "
                    + "changesets to run, as the application gives it to Liquibase");
        }
        return new PartitionMaintenance(changeLogFile, List.of());
    }

    /**
     * The maintenance of tables given in code, without a changelog: each change runs as its changeset
     * would, but nothing is recorded in DATABASECHANGELOG and DATABASECHANGELOGLOCK is not taken (each
     * table's own maintenance lock still keeps two runs apart). Every change is validated before the
     * first runs.
     */
    public static PartitionMaintenance of(EnsurePartitionsChange... changes) {
        if (changes.length == 0) {
            throw new IllegalArgumentException("changes: give at least one ensurePartitions change to run");
        }
        return new PartitionMaintenance(null, List.of(changes));
    }

    /** Where the changelog and the files it includes are read; default: the class path of the thread's context class loader. */
    public PartitionMaintenance resourceAccessor(ResourceAccessor resourceAccessor) {
        this.resourceAccessor = Objects.requireNonNull(resourceAccessor, "resourceAccessor");
        return this;
    }

    /**
     * true: prints the SQL each maintenance changeset would run now instead of running it, and changes
     * nothing: no lock is taken, DATABASECHANGELOG is only read (not even created).
     */
    public PartitionMaintenance dryRun(boolean dryRun) {
        this.dryRun = dryRun;
        return this;
    }

    /** Where the report's lines (and a dry run's SQL) go; default: Liquibase's logger, warnings at WARNING. */
    public PartitionMaintenance reportTo(Consumer<ReportLine> report) {
        this.report = Objects.requireNonNull(report, "report");
        return this;
    }

    /** What the report calls this run, such as {@code partition:maintain}; default: partitionkit maintenance. */
    public PartitionMaintenance reportAs(String command) {
        this.command = Objects.requireNonNull(command, "command");
        return this;
    }

    /** Runs over a connection of {@code dataSource}, closed afterwards. */
    public MaintenanceOutcome run(DataSource dataSource) throws LiquibaseException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return run(connection);
        }
    }

    /**
     * Runs over {@code connection}, which is left open with its autocommit as it was, and reports; the
     * outcome says which changesets failed ({@link MaintenanceOutcome#failureMessage}). Throws when the run itself cannot go on: the changelog
     * cannot be read or is invalid, DATABASECHANGELOGLOCK cannot be had.
     */
    public MaintenanceOutcome run(Connection connection) throws LiquibaseException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            return run(DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
        } finally {
            if (!connection.isClosed()) {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Runs over the connection of a Liquibase {@code database}, as a Liquibase command has it; the connection is left open. */
    public MaintenanceOutcome run(Database database) throws LiquibaseException {
        List<MaintenanceReport> reports = new ArrayList<>();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.database.name(), database);
        scope.put(MaintenanceResults.SCOPE_KEY, (Consumer<MaintenanceReport>) reports::add);
        if (resourceAccessor != null) {
            scope.put(Scope.Attr.resourceAccessor.name(), resourceAccessor);
        } else if (Scope.getCurrentScope().getResourceAccessor() == null) {
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Thread.currentThread().getContextClassLoader()));
        }
        MaintenanceOutcome outcome;
        try {
            outcome = Scope.child(scope, () -> {
                try {
                    if (changeLogFile == null) {
                        return new SettingsRun(database, changes).run(dryRun, line -> report.accept(ReportLine.info(line)));
                    }
                    DatabaseChangeLog changeLog = parse(database);
                    return dryRun
                            ? new DryRun(database, changeLog).print(line -> report.accept(ReportLine.info(line)))
                            : new MaintenanceRun(database, changeLog, command).run();
                } finally {
                    resetServices();
                }
            });
        } catch (LiquibaseException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        }
        MaintenanceOutcome reported = new MaintenanceOutcome(outcome.succeeded(), outcome.failures(), outcome.otherPending(),
                reports, dryRun);
        reported.lines(command).forEach(report);
        return reported;
    }

    private DatabaseChangeLog parse(Database database) throws LiquibaseException {
        ResourceAccessor accessor = Scope.getCurrentScope().getResourceAccessor();
        return ChangeLogParserFactory.getInstance().getParser(changeLogFile, accessor)
                .parse(changeLogFile, new ChangeLogParameters(database), accessor);
    }

    /**
     * Forgets the lock and history services Liquibase keeps per database in JVM-wide singletons, as
     * its own commands do when they finish: a long-lived JVM (an application, a Maven daemon, an IDE)
     * would otherwise keep this run's connection reachable.
     */
    private static void resetServices() {
        LockServiceFactory.getInstance().resetAll();
        Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
        Scope.getCurrentScope().getSingleton(ExecutorService.class).reset();
    }

    private static void log(ReportLine line) {
        Logger logger = Scope.getCurrentScope().getLog(PartitionMaintenance.class);
        logger.log(line.warning() ? Level.WARNING : Level.INFO, line.text(), null);
    }
}
