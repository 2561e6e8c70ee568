package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.StepKiller;
import io.partitionkit.it.support.StepKiller.PausePoint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A conversion (attach or copy) or revert whose session is terminated while any of its steps runs
 * (pg_terminate_backend, as an operator or a crashing pooler would) leaves the table readable and
 * writable with every row, and running the same change again through Liquibase completes it. The
 * application writes between the steps, so the copies have rows to catch up on.
 *
 * <p>The steps come from the plans themselves, and where each can be killed from a reference run of
 * the same plan (see {@link StepKiller}): by default each step is killed once, after its last DDL
 * command (its work done, not committed) or, where writes follow it, after the middle one (in a
 * batched copy, a batch committed and more to come). {@code -Dpartition.test.faults=every} kills
 * each step after every one of its DDL commands and writes instead.
 */
@ExtendWith(PostgresExtension.class)
class KilledStepsIT {

    /** Orders of the last twelve hours: strategy copy loads three daily ranges, today's in two batches of 100. */
    private static final int ROWS = 100;

    @TestFactory
    Stream<DynamicTest> anAttachConversionKilledDuringAnyStepCompletesWhenRunAgain(TestDatabase db) {
        return killedConversions(db, "attach");
    }

    @TestFactory
    Stream<DynamicTest> aCopyConversionKilledDuringAnyStepCompletesWhenRunAgain(TestDatabase db) {
        return killedConversions(db, "copy");
    }

    @TestFactory
    Stream<DynamicTest> aRevertKilledDuringAnyStepCompletesWhenRolledBackAgain(TestDatabase db) {
        String reference = "revert_reference";
        convertedOrders(db, reference);
        Plan plan = Plans.revert(db, OrdersFixture.revertOptions(reference));
        assertThat(plan.summary()).as("the revert by the legacy partition").contains("to a plain table in place");
        return cases(referenceRun(db, reference, plan), plan, (step, point) -> () -> revertKilled(db, step, point));
    }

    private Stream<DynamicTest> killedConversions(TestDatabase db, String strategy) {
        String reference = strategy + "_reference";
        OrdersFixture.create(db, reference, ROWS);
        Plan plan = Plans.conversion(db, OrdersFixture.options(reference, strategy), NOON);
        return cases(referenceRun(db, reference, plan), plan, (step, point) -> () -> conversionKilled(db, strategy, step, point));
    }

    private void conversionKilled(TestDatabase db, String strategy, int step, PausePoint point) {
        String schema = schemaOf(strategy, step, point);
        OrdersFixture.create(db, schema, ROWS);
        Plan plan = Plans.conversion(db, OrdersFixture.options(schema, strategy), NOON);

        RowFingerprint expected = killAndWrite(db, schema, plan, step, point);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog(schema + ".xml", OrdersFixture.changeSet(schema, strategy)));

        assertThat(db.fingerprint(schema + ".orders")).as("every row, once").isEqualTo(expected);
        OrdersFixture.assertConvertedCompletely(db, schema);
    }

    private void revertKilled(TestDatabase db, int step, PausePoint point) {
        String schema = schemaOf("revert", step, point);
        Map<String, Object> original = convertedOrders(db, schema);
        Plan plan = Plans.revert(db, OrdersFixture.revertOptions(schema));

        RowFingerprint expected = killAndWrite(db, schema, plan, step, point);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.rollbackCount(liquibase.xmlChangelog(schema + ".xml", OrdersFixture.changeSet(schema, null)), 1);

        assertThat(db.fingerprint(schema + ".orders")).as("every row, once").isEqualTo(expected);
        assertThat(CatalogDiff.properties(db, schema, "orders")).isEqualTo(original);
        OrdersFixture.assertNothingLeftOfTheRevert(db, schema);
    }

    /**
     * Runs the steps before {@code step} (the application writing before each), kills {@code step}
     * at {@code point}, and checks the table: the same rows as before the step, and an insert works.
     * Returns the rows the completed change must keep, the inserted one included.
     */
    private static RowFingerprint killAndWrite(TestDatabase db, String schema, Plan plan, int step, PausePoint point) {
        try (Connection session = db.connect()) {
            for (int i = 0; i < step; i++) {
                applicationWrites(db, schema, i);
                Plans.runStep(session, plan.steps().get(i));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        applicationWrites(db, schema, step);
        RowFingerprint before = db.fingerprint(schema + ".orders");
        Step killed = plan.steps().get(step);

        StepKiller.Killed outcome;
        try (StepKiller killer = new StepKiller(db, schema)) {
            outcome = killer.kill(killed, point, connection -> Plans.runStep(connection, killed));
        }

        assertThat(outcome.failure()).as("the killed step failed").isNotNull();
        assertThat(db.fingerprint(schema + ".orders")).as("readable, every row").isEqualTo(before);
        db.execute("INSERT INTO " + schema + ".orders (placed_at, customer_id, total) VALUES ('2026-11-21 11:30+00', 2, -1)");
        assertThat(db.fingerprint(schema + ".orders").rows()).as("writable").isEqualTo(before.rows() + 1);
        return db.fingerprint(schema + ".orders");
    }

    /** Runs every step of a plan to its end, the application writing before each, and returns where each step can be killed. */
    private static List<List<PausePoint>> referenceRun(TestDatabase db, String schema, Plan plan) {
        List<List<PausePoint>> points = new ArrayList<>();
        try (StepKiller killer = new StepKiller(db, schema)) {
            for (int i = 0; i < plan.steps().size(); i++) {
                Step step = plan.steps().get(i);
                applicationWrites(db, schema, i);
                points.add(killer.run(step, connection -> Plans.runStep(connection, step)));
            }
        }
        return points;
    }

    /** An insert, an update and a delete (of an order without receipt), different before each step. */
    private static void applicationWrites(TestDatabase db, String schema, int step) {
        db.execute("INSERT INTO " + schema + ".orders (placed_at, customer_id, total) VALUES ('2026-11-21 11:00+00', 1, " + (1000 + step) + ")",
                "UPDATE " + schema + ".orders SET total = total + 1 WHERE id = " + (10 * step % ROWS + 1),
                "DELETE FROM " + schema + ".orders WHERE id = " + (10 * step % ROWS + 5));
    }

    /** Orders converted through Liquibase (changelog {@code <schema>.xml}), with rows in new partitions; returns the plain table's catalog. */
    private static Map<String, Object> convertedOrders(TestDatabase db, String schema) {
        OrdersFixture.create(db, schema, ROWS);
        Map<String, Object> original = CatalogDiff.properties(db, schema, "orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog(schema + ".xml", OrdersFixture.changeSet(schema, null)));
        db.execute("INSERT INTO " + schema + ".orders (placed_at, total) VALUES ('2026-11-22 09:00+00', 7), ('2026-11-23 09:00+00', 8)");
        return original;
    }

    @FunctionalInterface
    private interface KillCase {
        Executable at(int step, PausePoint point);
    }

    private static Stream<DynamicTest> cases(List<List<PausePoint>> points, Plan plan, KillCase killCase) {
        // A step that takes no lock and changes nothing (a notice) has no moment worth killing it at.
        return IntStream.range(0, points.size()).boxed()
                .filter(step -> !points.get(step).isEmpty() || plan.steps().get(step).lock() != LockMode.NONE)
                .flatMap(step -> StepKiller.killPoints(points.get(step)).stream()
                .map(point -> DynamicTest.dynamicTest("step " + (step + 1) + " (" + plan.steps().get(step).description() + ") killed " + point,
                        killCase.at(step, point))));
    }

    private static String schemaOf(String kind, int step, PausePoint point) {
        return kind + "_kill_" + (step + 1) + "_" + point.ordinal();
    }
}
