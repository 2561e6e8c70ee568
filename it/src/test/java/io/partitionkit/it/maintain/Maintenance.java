package io.partitionkit.it.maintain;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.plan.maintain.MaintenanceFacts;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.plan.maintain.MaintenancePlanner;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.MaintenanceRunner;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PartitionkitLog;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.liquibase.MaintenanceResults;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import liquibase.Scope;
import liquibase.SingletonScopeManager;

/**
 * Runs {@code ensurePartitions} through Liquibase and keeps what the run reported: the report each
 * table's maintenance hands to {@link MaintenanceResults}, and every partitionkit line written to
 * Liquibase's logger. Also plans and runs maintenance directly, for tests that need the plan.
 */
public final class Maintenance {

    private Maintenance() {
    }

    /** A runAlways changeset holding one ensurePartitions with the given attributes. */
    public static String changeSet(String id, String attributes) {
        return """
                <changeSet id="%s" author="test" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions %s/>
                </changeSet>
                """.formatted(id, attributes);
    }

    /**
     * What one Liquibase update reported.
     *
     * @param failure why the update failed, or null
     */
    public record Run(List<MaintenanceReport> reports, List<String> log, RuntimeException failure) {

        public MaintenanceReport report() {
            if (reports.size() != 1) {
                throw new AssertionError("expected one maintenance report but got " + reports + (failure == null ? "" : "; " + failure));
            }
            return reports.get(0);
        }

        /** Fails the test with Liquibase's explanation when the update failed. */
        public Run succeeded() {
            if (failure != null) {
                throw new AssertionError("update failed: " + failure.getMessage(), failure);
            }
            return this;
        }

        String logText() {
            return String.join("\n", log);
        }
    }

    /** Runs update; a failing update is returned, not thrown, with what was reported until then. */
    public static Run update(LiquibaseRunner liquibase, String changelog) {
        return update(liquibase, changelog, Map.of());
    }

    /** Runs update with more values in Liquibase's scope, such as other changelog table names. */
    static Run update(LiquibaseRunner liquibase, String changelog, Map<String, Object> scope) {
        List<MaintenanceReport> reports = Collections.synchronizedList(new ArrayList<>());
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Map<String, Object> values = new HashMap<>(scope);
        values.put(MaintenanceResults.SCOPE_KEY, (Consumer<MaintenanceReport>) reports::add);
        values.put(Scope.Attr.logService.name(), PartitionkitLog.capturing(log));
        RuntimeException failure = null;
        try {
            Scope.child(values, () -> liquibase.update(changelog));
        } catch (RuntimeException e) {
            failure = e;
        } catch (Exception e) {
            failure = new IllegalStateException(e);
        }
        return new Run(List.copyOf(reports), List.copyOf(log), failure);
    }

    static MaintenancePlan plan(TestDatabase db, MaintenanceOptions options, Clock clock) {
        try (Connection connection = db.connect()) {
            return plan(connection, options, clock);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plans one table's maintenance as ensurePartitions does: from the catalog as the connection sees it now. */
    public static MaintenancePlan plan(Connection connection, MaintenanceOptions options, Clock clock) throws SQLException {
        return MaintenancePlanner.plan(MaintenanceFacts.read(new CatalogReader(connection), options), options, clock);
    }

    static MaintenanceReport run(TestDatabase db, MaintenancePlan plan) {
        try (Connection connection = db.connect()) {
            return run(connection, plan);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs Liquibase on a thread of its own, with a Liquibase scope of its own (scopes are otherwise inherited by new threads). */
    static CompletableFuture<Maintenance.Run> inBackground(Supplier<Maintenance.Run> run) {
        CompletableFuture<Maintenance.Run> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            Scope.setScopeManager(new SingletonScopeManager());
            try {
                result.complete(run.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "background-maintenance-run");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Runs a plan with the core runner alone, without Liquibase. */
    public static MaintenanceReport run(Connection connection, MaintenancePlan plan) throws SQLException {
        return new MaintenanceRunner(connection, outcome -> { }).run(plan);
    }
}
