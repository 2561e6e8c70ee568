package io.partitionkit.it.support;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionFacts;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.convert.ConversionPlanner;
import io.partitionkit.core.plan.revert.RevertFacts;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.core.plan.revert.RevertPlanner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans the Liquibase changes would run, made and run directly, so tests can stop a plan after
 * any step (as a crash or a killed session would) and see what happens next.
 */
public final class Plans {

    private Plans() {
    }

    public static Plan conversion(TestDatabase db, ConversionOptions options, Clock clock) {
        try (Connection connection = db.connect()) {
            return ConversionPlanner.plan(ConversionFacts.read(new CatalogReader(connection), options), options, clock);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Plan revert(TestDatabase db, RevertOptions options) {
        try (Connection connection = db.connect()) {
            return RevertPlanner.plan(RevertFacts.read(new CatalogReader(connection), options), options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position of the first step whose description starts with {@code start}. */
    public static int indexOf(Plan plan, String start) {
        for (int i = 0; i < plan.steps().size(); i++) {
            if (plan.steps().get(i).description().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no step starts with '" + start + "' in: " + plan.steps().stream().map(Step::description).toList());
    }

    /** Runs the first {@code count} steps of a plan, as if the process died after them. */
    public static void runFirst(TestDatabase db, Plan plan, int count) {
        runSteps(db, plan.steps().subList(0, count), new PlanExecutor.Listener() { });
    }

    /** Runs one step in the session of {@code connection}, which the test controls (and may terminate). */
    public static Void runStep(Connection connection, Step step) throws SQLException {
        new PlanExecutor(connection, new PlanExecutor.Listener() { }).execute(new Plan("one step", List.of(step), List.of()));
        return null;
    }

    public static void run(TestDatabase db, Plan plan, PlanExecutor.Listener listener) {
        runSteps(db, plan.steps(), listener);
    }

    private static void runSteps(TestDatabase db, List<Step> steps, PlanExecutor.Listener listener) {
        try (Connection connection = db.connect()) {
            new PlanExecutor(connection, listener).execute(new Plan("part of a plan", steps, List.of()));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Runs the plan with client_min_messages at DEBUG1 (where PostgreSQL says whether ATTACH and
     * VALIDATE read a table's rows); returns the server's messages by step description, in step order.
     */
    public static Map<String, List<String>> debugMessagesByStep(TestDatabase db, Plan plan) throws SQLException {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET client_min_messages = debug1");
            new PlanExecutor(connection, new PlanExecutor.Listener() {
                @Override
                public void serverMessage(Step step, String message) {
                    messages.computeIfAbsent(step.description(), k -> new ArrayList<>()).add(message);
                }
            }).execute(plan);
        }
        return messages;
    }
}
