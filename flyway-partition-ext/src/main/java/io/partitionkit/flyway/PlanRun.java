package io.partitionkit.flyway;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.run.StepExecution;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.logging.Log;

/** Runs a conversion's or a revert's plan step by step, as Liquibase's update does, logging through Flyway's log. */
final class PlanRun {

    private PlanRun() {
    }

    static void run(Connection connection, Plan plan, Log log) throws SQLException {
        log.info("partitionkit: " + plan.summary());
        plan.warnings().forEach(warning -> log.warn("partitionkit: " + warning));
        for (Step step : plan.steps()) {
            log.info("partitionkit: " + step.description());
            StepExecution.execute(connection, step, log::info);
        }
    }
}
