package io.partitionkit.flyway;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.run.AutoCommit;
import io.partitionkit.core.run.MaintenanceReport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogFactory;

/**
 * Partition maintenance after every {@code migrate}, including one that found nothing pending, so a
 * scheduled {@code flyway migrate} is the maintenance job. Each table is maintained under its
 * advisory lock (a table another run is working on is skipped), every unit in its own transactions;
 * a table that fails does not stop the others, and {@code migrate} fails afterwards, naming each.
 *
 * <p>Register an instance (a Spring bean, {@code Flyway.configure().callbacks(...)}), or a subclass
 * with a public no-argument constructor by name ({@code flyway.callbacks=com.example.EventsMaintenance}):
 *
 * <pre>
 * public class EventsMaintenance extends MaintenanceCallback {
 *     public EventsMaintenance() {
 *         super(Partitioning.ensurePartitions("events").column("created_at").interval("day").premake(7).retention("30 days"));
 *     }
 * }
 * </pre>
 */
public class MaintenanceCallback implements Callback {

    private static final Log LOG = LogFactory.getLog(MaintenanceCallback.class);

    private final List<EnsurePartitions> tables;

    /**
     * Checks nothing yet: Flyway passes over, with a warning only, a callback named in
     * {@code flyway.callbacks} whose constructor throws. The settings are checked before {@code migrate}
     * runs any migration.
     */
    public MaintenanceCallback(EnsurePartitions... tables) {
        this.tables = List.of(tables);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    /** Maintenance commits as it goes and takes locks one unit at a time: no surrounding transaction. */
    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return false;
    }

    @Override
    @SuppressWarnings("try") // the resource only restores the connection's autocommit setting
    public void handle(Event event, Context context) {
        if (tables.isEmpty()) {
            throw new FlywayException("partitionkit: MaintenanceCallback was given no ensurePartitions(...) to run");
        }
        tables.forEach(EnsurePartitions::validate);
        if (event == Event.BEFORE_MIGRATE) {
            return;
        }
        Connection connection = context.getConnection();
        List<String> failures = new ArrayList<>();
        try (AutoCommit ignored = AutoCommit.on(connection)) {
            for (EnsurePartitions table : tables) {
                try {
                    MaintenanceReport report = table.maintain(connection, LOG);
                    if (report.failed()) {
                        failures.add(report.summary());
                    }
                } catch (PlanningException | CatalogException | SQLException e) {
                    LOG.error("partitionkit: maintenance of " + table.text("tableName") + " failed: " + e.getMessage());
                    failures.add(table.text("tableName") + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("partitionkit: maintenance cannot use the connection: " + e.getMessage(), e);
        }
        if (!failures.isEmpty()) {
            throw new FlywayException("partitionkit: maintenance failed for " + failures.size() + " of " + tables.size() + " table(s):\n  "
                    + String.join("\n  ", failures));
        }
    }

    @Override
    public String getCallbackName() {
        return "partitionkit maintenance";
    }
}
