package io.partitionkit.core.run;

import io.partitionkit.core.plan.MaintenanceLock;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one table's maintenance plan: takes the table's advisory lock (or reports the table skipped
 * when another run holds it), runs every unit in its own transactions, keeps going when a unit fails,
 * records the success in the table's comment when every unit succeeded, and releases the lock. A plan
 * without units is its record alone, one transaction that holds the lock for itself. Each step runs
 * exactly the SQL update-sql prints.
 */
public final class MaintenanceRunner {

    /** Hears each unit as it finishes. */
    public interface Listener {
        void unitFinished(UnitOutcome outcome);
    }

    private final Connection connection;
    private final Listener listener;

    public MaintenanceRunner(Connection connection, Listener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    @SuppressWarnings("try") // the resource only restores the caller's autocommit setting
    public MaintenanceReport run(MaintenancePlan plan) throws SQLException {
        long started = System.nanoTime();
        try (AutoCommit ignored = AutoCommit.on(connection)) {
            if (plan.lock().isEmpty()) {
                return recordOnly(plan, started);
            }
            if (!acquire(plan.lock().get())) {
                return new MaintenanceReport(plan.table(), true, List.of(), Optional.empty(), since(started));
            }
            List<UnitOutcome> outcomes = new ArrayList<>();
            try {
                for (MaintenancePlan.Unit unit : plan.units()) {
                    UnitOutcome outcome = run(unit);
                    outcomes.add(outcome);
                    listener.unitFinished(outcome);
                }
                if (outcomes.stream().allMatch(UnitOutcome::succeeded)) {
                    UnitOutcome recorded = run(plan.record());
                    outcomes.add(recorded);
                    listener.unitFinished(recorded);
                }
            } finally {
                release(plan.unlock().orElseThrow());
            }
            return new MaintenanceReport(plan.table(), false, outcomes, plan.retentionWithheld(), since(started));
        }
    }

    private MaintenanceReport recordOnly(MaintenancePlan plan, long started) {
        UnitOutcome recorded = run(plan.record());
        if (recorded.succeeded() && recorded.messages().stream().anyMatch(MaintenanceLock::saysHeldElsewhere)) {
            return new MaintenanceReport(plan.table(), true, List.of(), Optional.empty(), since(started));
        }
        listener.unitFinished(recorded);
        return new MaintenanceReport(plan.table(), false, List.of(recorded), plan.retentionWithheld(), since(started));
    }

    private UnitOutcome run(MaintenancePlan.Unit unit) {
        long started = System.nanoTime();
        List<String> messages = new ArrayList<>();
        for (Step step : unit.steps()) {
            try {
                StepExecution.execute(connection, step, messages::add);
            } catch (SQLException e) {
                return new UnitOutcome(unit, e.getMessage(), messages, since(started));
            }
        }
        return new UnitOutcome(unit, null, messages, since(started));
    }

    private boolean acquire(Step lock) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(lock.statement())) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** Releasing must not hide why a unit failed; a lost session releases the lock by itself. */
    private void release(Step unlock) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(unlock.statement());
        } catch (SQLException ignored) {
            // the session is gone, and with it the lock
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
