package io.partitionkit.it.security;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes a live copy must not lose: those made in replica mode (as logical replication applies
 * them) while a copy conversion or a revert copies rows, and the rows of a partition attached (or
 * taken away by a detach) after a revert began copying, which its switch refuses to drop.
 */
@ExtendWith(PostgresExtension.class)
class CapturedWritesIT {

    @Test
    void writesInReplicaModeDuringACopyConversionAreKept(TestDatabase db) {
        events(db, "copy_replica");
        Plan plan = Plans.conversion(db, ConversionOptions.parse("copy_replica", "events", "created_at", "day", 2, "copy", null, null,
                null, null, 100), NOON);
        List<String> descriptions = plan.steps().stream().map(Step::description).toList();
        int everyRangeLoaded = descriptions.indexOf(descriptions.stream().filter(d -> d.startsWith("copy the rows of")).reduce((a, b) -> b)
                .orElseThrow()) + 1;
        Plans.runFirst(db, plan, everyRangeLoaded);
        writeInReplicaMode(db, "copy_replica");
        RowFingerprint expected = db.fingerprint("copy_replica.events");

        Plans.run(db, new Plan("the rest", plan.steps().subList(everyRangeLoaded, plan.steps().size()), List.of()),
                new PlanExecutor.Listener() { });

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'copy_replica.events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("copy_replica.events")).isEqualTo(expected);
    }

    @Test
    void writesInReplicaModeDuringARevertAreKept(TestDatabase db) {
        events(db, "revert_replica");
        Plans.run(db, Plans.conversion(db, ConversionOptions.parse("revert_replica", "events", "created_at", "day", 2, "copy", null,
                null, null, null, 100), NOON), new PlanExecutor.Listener() { });
        Plan plan = Plans.revert(db, RevertOptions.parse("revert_replica", "events", null, 100, null, null));
        int copied = Plans.indexOf(plan, "copy the rows of") + 1;
        Plans.runFirst(db, plan, copied);
        writeInReplicaMode(db, "revert_replica");
        RowFingerprint expected = db.fingerprint("revert_replica.events");

        Plans.run(db, new Plan("the rest", plan.steps().subList(copied, plan.steps().size()), List.of()), new PlanExecutor.Listener() { });

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'revert_replica.events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("revert_replica.events")).isEqualTo(expected);
    }

    @Test
    void aRevertSwitchRefusesWhenAPartitionWasAttachedSinceItsCopyBegan(TestDatabase db) {
        events(db, "attached");
        Plans.run(db, Plans.conversion(db, ConversionOptions.parse("attached", "events", "created_at", "day", 2, "copy", null, null,
                null, null, 100), NOON), new PlanExecutor.Listener() { });
        Plan plan = Plans.revert(db, RevertOptions.parse("attached", "events", null, 100, null, null));
        int beforeSwitch = Plans.indexOf(plan, "switch ");
        Plans.runFirst(db, plan, beforeSwitch);
        db.execute("CREATE TABLE attached.events_later (LIKE attached.events INCLUDING ALL)",
                "INSERT INTO attached.events_later SELECT 100000 + i, timestamptz '2027-01-01 00:00+00' + i * interval '1 minute', 'attached' "
                        + "FROM generate_series(1, 50) i",
                "ALTER TABLE attached.events ATTACH PARTITION attached.events_later FOR VALUES FROM ('2027-01-01 00:00+00') TO ('2027-01-02 00:00+00')");
        RowFingerprint rows = db.fingerprint("attached.events");

        assertThatThrownBy(() -> Plans.run(db, new Plan("the switch", plan.steps().subList(beforeSwitch, beforeSwitch + 1), List.of()),
                new PlanExecutor.Listener() { })).hasMessageContaining("partitions of \"attached\".\"events\" were attached or detached "
                + "since the revert began copying it");

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'attached.events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("attached.events")).isEqualTo(rows);
        assertThatThrownBy(() -> Plans.revert(db, RevertOptions.parse("attached", "events", null, 100, null, null)))
                .as("a new run does not continue that copy").hasMessageContaining("before partitions were attached or detached");
    }

    @Test
    void aRevertSwitchRefusesWhenAPartitionWasDetachedSinceItsCopyBegan(TestDatabase db) {
        events(db, "detached");
        Plans.run(db, Plans.conversion(db, ConversionOptions.parse("detached", "events", "created_at", "day", 2, "copy", null, null,
                null, null, 100), NOON), new PlanExecutor.Listener() { });
        Plan plan = Plans.revert(db, RevertOptions.parse("detached", "events", null, 100, null, null));
        int beforeSwitch = Plans.indexOf(plan, "switch ");
        Plans.runFirst(db, plan, beforeSwitch);
        db.execute("ALTER TABLE detached.events DETACH PARTITION detached.events_p20261121");
        RowFingerprint rows = db.fingerprint("detached.events");

        assertThatThrownBy(() -> Plans.run(db, new Plan("the switch", plan.steps().subList(beforeSwitch, beforeSwitch + 1), List.of()),
                new PlanExecutor.Listener() { })).hasMessageContaining("were attached or detached since the revert began copying it");

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'detached.events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("detached.events")).isEqualTo(rows);
    }

    /** Updates and deletes rows the copy has copied, and inserts one, in a session applying writes as a replica does. */
    private static void writeInReplicaMode(TestDatabase db, String schema) {
        db.execute("SET session_replication_role = replica; "
                + "UPDATE " + schema + ".events SET payload = 'changed by a replica' WHERE id IN (1, 2, 3); "
                + "DELETE FROM " + schema + ".events WHERE id IN (4, 5); "
                + "INSERT INTO " + schema + ".events VALUES (900001, timestamptz '2026-11-21 11:30+00', 'inserted by a replica')");
        assertThat(db.value("SELECT payload FROM " + schema + ".events WHERE id = 1")).isEqualTo("changed by a replica");
    }

    private static void events(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload text)",
                "INSERT INTO " + schema + ".events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '10 minutes', 'row ' || i "
                        + "FROM generate_series(1, 1000) i");
    }
}
