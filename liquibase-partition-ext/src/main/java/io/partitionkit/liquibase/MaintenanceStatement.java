package io.partitionkit.liquibase;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.MaintenanceRunner;
import io.partitionkit.core.run.UnitOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import liquibase.Scope;
import liquibase.database.PreparedStatementFactory;
import liquibase.exception.DatabaseException;
import liquibase.logging.Logger;
import liquibase.statement.AbstractSqlStatement;
import liquibase.statement.ExecutablePreparedStatement;

/**
 * One table's maintenance, run by {@link MaintenanceRunner} when Liquibase executes it: the same
 * steps update-sql prints, plus what plain SQL cannot do: skip the table when another run holds it,
 * keep going past a failed partition, and report counts and durations through Liquibase's logger.
 * The changeset fails after every unit was tried, listing what failed; retention withheld is a
 * warning, not a failure.
 */
public final class MaintenanceStatement extends AbstractSqlStatement implements ExecutablePreparedStatement {

    private final MaintenancePlan plan;
    private final Connection connection;

    MaintenanceStatement(MaintenancePlan plan, Connection connection) {
        this.plan = plan;
        this.connection = connection;
    }

    public MaintenancePlan getPlan() {
        return plan;
    }

    @Override
    public void execute(PreparedStatementFactory factory) throws DatabaseException {
        Logger log = Scope.getCurrentScope().getLog(EnsurePartitionsChange.class);
        log.info("partitionkit: " + plan.summary());
        plan.notes().forEach(note -> log.warning("partitionkit: " + note));
        MaintenanceReport report;
        try {
            report = new MaintenanceRunner(connection, outcome -> logUnit(log, outcome)).run(plan);
        } catch (SQLException e) {
            throw new DatabaseException("partitionkit: maintenance of " + plan.table() + " stopped: " + e.getMessage(), e);
        }
        MaintenanceResults.record(report);
        if (report.skipped() || report.retentionWithheld().isPresent() && !report.failed()) {
            log.warning("partitionkit: " + report.summary());
        } else if (report.failed()) {
            throw new DatabaseException("partitionkit: " + report.summary());
        } else {
            log.info("partitionkit: " + report.summary());
        }
    }

    private static void logUnit(Logger log, UnitOutcome outcome) {
        outcome.messages().forEach(message -> log.info(message));
        if (outcome.succeeded()) {
            log.info("partitionkit: " + outcome.unit().name() + " done in " + outcome.took().toMillis() + " ms");
        } else {
            log.severe("partitionkit: " + outcome.unit().name() + " failed after " + outcome.took().toMillis() + " ms: " + outcome.error());
        }
    }

    @Override
    public String toString() {
        return plan.summary();
    }
}
