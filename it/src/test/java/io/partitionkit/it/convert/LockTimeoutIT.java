package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.ApplicationLoad;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.ReaderDuringLockedSteps;
import io.partitionkit.it.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A long transaction that has read the table (ACCESS SHARE) is open during every lock-bounded step
 * of a conversion or revert, while the application reads and inserts from several sessions. Each
 * step that needs ACCESS EXCLUSIVE gives up after lock_timeout and tries again, so the application,
 * queued behind it, never waits for longer than that: its sessions have a lock_timeout ten times
 * ours and none of their queries fails. Once the transaction commits, the step succeeds, and the
 * table holds every row it held plus every row the application inserted meanwhile.
 */
@ExtendWith(PostgresExtension.class)
class LockTimeoutIT {

    private static final String LOCK_TIMEOUT = "200ms";
    private static final Duration APPLICATION_LOCK_TIMEOUT = Duration.ofSeconds(2);
    private static final int APPLICATION_SESSIONS = 3;

    @Test
    void anAttachConversionWaitsForALongTransactionAndTheApplicationDoesNot(TestDatabase db) {
        createOrders(db, "attach");

        runUnderLoad(db, "attach", "attach conversion", Plans.conversion(db, conversion("attach", "attach"), NOON));

        assertThat(db.partitions("attach.orders")).contains(
                "attach.orders_legacy FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00+00')", "attach.orders_default DEFAULT");
    }

    @Test
    void aCopyConversionWaitsForALongTransactionAndTheApplicationDoesNot(TestDatabase db) {
        createOrders(db, "copy");

        runUnderLoad(db, "copy", "copy conversion", Plans.conversion(db, conversion("copy", "copy"), NOON));

        assertThat(db.partitions("copy.orders")).contains(
                "copy.orders_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00+00') TO ('2026-11-22 00:00:00+00')", "copy.orders_default DEFAULT");
    }

    @Test
    void aRevertWaitsForALongTransactionAndTheApplicationDoesNot(TestDatabase db) {
        createOrders(db, "revert");
        Plans.run(db, Plans.conversion(db, conversion("revert", "attach"), NOON), new PlanExecutor.Listener() { });

        runUnderLoad(db, "revert", "revert", Plans.revert(db, RevertOptions.parse("revert", "orders", null, 100, null, LOCK_TIMEOUT)));

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'revert.orders'::regclass")).isEqualTo("r");
    }

    /**
     * Runs the plan with a reader in the way of each lock-bounded step and the application busy, and
     * checks what the application and the table went through.
     */
    private static void runUnderLoad(TestDatabase db, String schema, String operation, Plan plan) {
        String table = schema + ".orders";
        db.execute("CREATE TABLE " + schema + ".expected AS SELECT * FROM " + table);
        ApplicationLoad load = ApplicationLoad.start(db, APPLICATION_SESSIONS, APPLICATION_LOCK_TIMEOUT, table,
                "SELECT count(*), sum(total) FROM " + table + " WHERE placed_at >= '2026-11-21 00:00+00'",
                id -> "(" + id + ", timestamptz '2026-11-21 11:00+00' + " + id % 3600 + " * interval '1 second', " + id % 100 + ")");
        ApplicationLoad.Result application;
        Set<String> retried;
        try {
            retried = ReaderDuringLockedSteps.runHeldUp(db, plan, table);
        } finally {
            application = load.stop();
        }
        System.out.println(application.summary(operation, LOCK_TIMEOUT));

        List<String> exclusiveSteps = plan.steps().stream().filter(step -> step.lock() == LockMode.ACCESS_EXCLUSIVE)
                .map(Step::description).toList();
        assertThat(exclusiveSteps).as("the plan's steps that a reader holds up").isNotEmpty();
        assertThat(retried).as("steps that gave up twice after lock_timeout " + LOCK_TIMEOUT).containsAll(exclusiveSteps);
        assertThat(application.failures()).as("application queries that waited longer than " + APPLICATION_LOCK_TIMEOUT).isEmpty();
        assertThat(application.inserted()).isNotEmpty();
        application.insertSameRowsInto(db, schema + ".expected");
        assertThat(db.fingerprint(table)).as("every row from before and every row the application inserted")
                .isEqualTo(db.fingerprint(schema + ".expected"));
    }

    private static ConversionOptions conversion(String schema, String strategy) {
        return ConversionOptions.parse(schema, "orders", "placed_at", "day", 2, strategy, null, null, null, LOCK_TIMEOUT, 100);
    }

    /** 1,500 orders, one every 7 minutes, back from noon of 21 November 2026. */
    private static void createOrders(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL, total numeric NOT NULL)",
                "CREATE INDEX orders_placed_idx ON " + schema + ".orders (placed_at)",
                "INSERT INTO " + schema + ".orders SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '7 minutes', i % 500 "
                        + "FROM generate_series(1, 1500) i");
    }
}
