package io.partitionkit.liquibase;

import io.partitionkit.core.run.MaintenanceReport;
import java.util.function.Consumer;
import liquibase.Scope;

/**
 * Lets a caller running maintenance through Liquibase (the Maven plugin) collect each table's
 * report: put a {@code Consumer<MaintenanceReport>} into the Scope under {@link #SCOPE_KEY}.
 */
public final class MaintenanceResults {

    public static final String SCOPE_KEY = "io.partitionkit.maintenanceResults";

    private MaintenanceResults() {
    }

    @SuppressWarnings("unchecked")
    static void record(MaintenanceReport report) {
        Object consumer = Scope.getCurrentScope().get(SCOPE_KEY, Object.class);
        if (consumer instanceof Consumer<?> reports) {
            ((Consumer<MaintenanceReport>) reports).accept(report);
        }
    }
}
