package io.partitionkit.it.citus;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.CitusCluster;
import io.partitionkit.it.support.CitusExtension;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.ReaderDuringLockedSteps;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A long transaction on a worker, reading one shard of the table, is open during every lock-bounded
 * step of an attach conversion and of its revert, run from the coordinator. The coordinator's own
 * lock is free, so each step waits on that worker, for the shard: it gives up there after lockTimeout
 * and tries again, as it does on one server. Once the transaction commits, the step succeeds with
 * every row kept.
 */
@ExtendWith(CitusExtension.class)
class CitusLockTimeoutIT {

    private static final String LOCK_TIMEOUT = "200ms";

    @Test
    void eachLockBoundedStepGivesUpAfterLockTimeoutWaitingForAShardOnAWorker(TestDatabase db, CitusCluster cluster) {
        CitusCluster.freshSchema(db, "waited");
        db.execute("CREATE TABLE waited.events (tenant_id bigint NOT NULL, id bigint NOT NULL, created_at timestamptz NOT NULL, "
                        + "PRIMARY KEY (tenant_id, id))",
                "SELECT create_distributed_table('waited.events', 'tenant_id')",
                "INSERT INTO waited.events SELECT i % 10, i, timestamptz '2026-11-21 11:00+00' - i * interval '1 minute' "
                        + "FROM generate_series(1, 3000) i");
        TestDatabase worker = cluster.workers().get(0);
        RowFingerprint rows = db.fingerprint("waited.events");
        Plan conversion = Plans.conversion(db, ConversionOptions.parse("waited", "events", "created_at", "day", 2, "attach", null, null,
                null, LOCK_TIMEOUT, 100), NOON);

        Set<String> retried = ReaderDuringLockedSteps.runHeldUp(db, conversion, worker, shardOn(db, worker, "waited.events"));

        assertThat(retried).as("steps that gave up twice after lock_timeout " + LOCK_TIMEOUT + " on the worker")
                .containsAll(exclusiveSteps(conversion));
        assertThat(db.fingerprint("waited.events")).isEqualTo(rows);
        assertThat(db.value("SELECT partmethod FROM pg_dist_partition WHERE logicalrelid = 'waited.events'::regclass")).isEqualTo("h");

        db.execute("INSERT INTO waited.events SELECT i % 10, 10000 + i, timestamptz '2026-11-23 06:00+00' + i * interval '1 hour' "
                + "FROM generate_series(1, 40) i");
        RowFingerprint everything = db.fingerprint("waited.events");
        Plan revert = Plans.revert(db, RevertOptions.parse("waited", "events", null, null, null, LOCK_TIMEOUT));

        retried = ReaderDuringLockedSteps.runHeldUp(db, revert, worker, shardOn(db, worker, "waited.events"));

        assertThat(retried).as("revert steps that gave up twice after lock_timeout " + LOCK_TIMEOUT + " on the worker")
                .containsAll(exclusiveSteps(revert));
        assertThat(db.fingerprint("waited.events")).isEqualTo(everything);
        assertThat(db.value("SELECT relkind::text || ' ' || partmethod::text FROM pg_class c JOIN pg_dist_partition d ON d.logicalrelid = c.oid "
                + "WHERE c.oid = 'waited.events'::regclass")).isEqualTo("r h");
    }

    /** The name of the first shard of {@code table} that {@code worker} holds. */
    private static String shardOn(TestDatabase db, TestDatabase worker, String table) {
        return db.value("SELECT shard_name('" + table + "'::regclass, " + CitusCluster.firstShardOn(db, worker, table) + ")");
    }

    /** The plan's steps that take ACCESS EXCLUSIVE, which the worker's reader holds up. */
    private static List<String> exclusiveSteps(Plan plan) {
        List<String> steps = plan.steps().stream().filter(step -> step.lock() == LockMode.ACCESS_EXCLUSIVE).map(Step::description).toList();
        assertThat(steps).as("the plan's steps that the worker's reader holds up").isNotEmpty();
        return steps;
    }
}
