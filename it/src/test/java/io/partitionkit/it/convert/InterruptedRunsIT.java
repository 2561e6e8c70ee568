package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A conversion (attach or copy) or revert stopped after any of its steps (a crash, a killed session, a deploy
 * cancelled) leaves the table usable, and running the same change again completes it with every
 * row. The steps come from the plans themselves, so a step added later is covered without a new test.
 */
@ExtendWith(PostgresExtension.class)
class InterruptedRunsIT {

    @TestFactory
    Stream<DynamicTest> aConversionStoppedAfterAnyStepCompletesWhenRunAgain(TestDatabase db) {
        OrdersFixture.create(db, "convert_probe");
        Plan probe = Plans.conversion(db, OrdersFixture.options("convert_probe", null), NOON);
        return IntStream.range(1, probe.steps().size()).mapToObj(stoppedAfter -> DynamicTest.dynamicTest(
                "stopped after step " + stoppedAfter + ": " + probe.steps().get(stoppedAfter - 1).description(),
                () -> conversionStoppedAfter(db, stoppedAfter, "attach")));
    }

    @TestFactory
    Stream<DynamicTest> aCopyConversionStoppedAfterAnyStepCompletesWhenRunAgain(TestDatabase db) {
        OrdersFixture.create(db, "copy_probe");
        Plan probe = Plans.conversion(db, OrdersFixture.options("copy_probe", "copy"), NOON);
        return IntStream.range(1, probe.steps().size()).mapToObj(stoppedAfter -> DynamicTest.dynamicTest(
                "stopped after step " + stoppedAfter + ": " + probe.steps().get(stoppedAfter - 1).description(),
                () -> conversionStoppedAfter(db, stoppedAfter, "copy")));
    }

    @TestFactory
    Stream<DynamicTest> aRevertStoppedAfterAnyStepCompletesWhenRunAgain(TestDatabase db) {
        OrdersFixture.create(db, "revert_probe");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog("probe.xml", OrdersFixture.changeSet("revert_probe", null)));
        Plan probe = Plans.revert(db, OrdersFixture.revertOptions("revert_probe"));
        return IntStream.range(1, probe.steps().size()).mapToObj(stoppedAfter -> DynamicTest.dynamicTest(
                "stopped after step " + stoppedAfter + ": " + probe.steps().get(stoppedAfter - 1).description(),
                () -> revertStoppedAfter(db, stoppedAfter)));
    }

    private void conversionStoppedAfter(TestDatabase db, int stoppedAfter, String strategy) {
        String schema = strategy + "_stop_" + stoppedAfter;
        OrdersFixture.create(db, schema);
        RowFingerprint rows = db.fingerprint(schema + ".orders");
        Plan plan = Plans.conversion(db, OrdersFixture.options(schema, strategy), NOON);

        Plans.runFirst(db, plan, stoppedAfter);
        assertThat(db.fingerprint(schema + ".orders")).as("readable in between").isEqualTo(rows);
        db.execute("INSERT INTO " + schema + ".orders (placed_at, total) VALUES ('2026-11-21 12:30+00', 1)");

        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog(schema + ".xml", OrdersFixture.changeSet(schema, strategy)));

        assertThat(db.longValue("SELECT count(*) FROM " + schema + ".orders")).isEqualTo(rows.rows() + 1);
        OrdersFixture.assertConvertedCompletely(db, schema);
    }

    private void revertStoppedAfter(TestDatabase db, int stoppedAfter) {
        String schema = "revert_stop_" + stoppedAfter;
        OrdersFixture.create(db, schema);
        Map<String, Object> original = CatalogDiff.properties(db, schema, "orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog(schema + ".xml", OrdersFixture.changeSet(schema, null));
        liquibase.update(changelog);
        db.execute("INSERT INTO " + schema + ".orders (placed_at, total) VALUES ('2026-11-22 09:00+00', 7), ('2026-11-23 09:00+00', 8)");
        RowFingerprint rows = db.fingerprint(schema + ".orders");
        Plan plan = Plans.revert(db, OrdersFixture.revertOptions(schema));

        Plans.runFirst(db, plan, stoppedAfter);
        assertThat(db.fingerprint(schema + ".orders")).as("readable in between").isEqualTo(rows);
        db.execute("UPDATE " + schema + ".orders SET total = total + 1 WHERE id % 100 = 1");
        RowFingerprint rowsAfterWrites = db.fingerprint(schema + ".orders");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.fingerprint(schema + ".orders")).isEqualTo(rowsAfterWrites);
        assertThat(CatalogDiff.properties(db, schema, "orders")).isEqualTo(original);
        OrdersFixture.assertNothingLeftOfTheRevert(db, schema);
    }
}
