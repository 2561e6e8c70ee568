package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.it.support.InsertLoad;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A conversion while the application inserts at full rate from four connections, through the same
 * prepared statements before, during and after the switch: no insert fails, every inserted row is
 * there afterwards in the partition its key belongs to, and history is untouched. Prints the longest
 * time a single insert took (no assertion on it: the benchmarks measure it).
 */
@ExtendWith(PostgresExtension.class)
class ConversionUnderLoadIT {

    static final String INSERT = "INSERT INTO events (id, created_at, payload) VALUES (?, ?, 'load')";
    /** Inserted rows have ids from here; history stays below. */
    static final long FIRST_MARKER = 1_000_000_000L;
    private static final int CONNECTIONS = 4;

    @Test
    void noInsertFailsOrIsLostDuringAnAttachConversion(TestDatabase db) {
        RowFingerprint history = createEvents(db);

        InsertLoad load = convertUnderLoad(db, "attach", "attach conversion");

        assertEveryInsertKept(db, load);
        assertThat(db.fingerprint("(SELECT * FROM events WHERE id < " + FIRST_MARKER + ")")).isEqualTo(history);
        // Keys below the boundary (23 November) keep going into the old table, now the legacy partition.
        assertThat(loadRowsPerPartition(db)).containsExactly("events_legacy " + load.inserts().size());
    }

    @Test
    void noInsertFailsOrIsLostDuringACopyConversion(TestDatabase db) {
        RowFingerprint history = createEvents(db);

        InsertLoad load = convertUnderLoad(db, "copy", "copy conversion");

        assertEveryInsertKept(db, load);
        assertThat(db.fingerprint("(SELECT * FROM events WHERE id < " + FIRST_MARKER + ")")).isEqualTo(history);
        // Every key of the load lies on 21 November: replayed into that day's partition, none left in DEFAULT.
        assertThat(loadRowsPerPartition(db)).containsExactly("events_p20261121 " + load.inserts().size());
    }

    /**
     * Writers faster than the replay, made deterministic: every row the replay copies brings two new
     * writes to the table. The replay goes through the backlog it found once, sees it grow, and
     * leaves the rest to the switch instead of chasing it for ever; nothing is lost.
     */
    @Test
    void aCopyWhoseWritersOutpaceTheReplayLeavesTheRestToTheSwitch(TestDatabase db) {
        createEvents(db);
        Plan plan = Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 2, "copy", null, null, null, null, 100),
                NOON);
        List<String> steps = plan.steps().stream().map(Step::description).toList();
        int replay = steps.indexOf(steps.stream().filter(step -> step.startsWith("replay rows")).findFirst().orElseThrow());
        Plans.runFirst(db, plan, replay);
        db.execute("INSERT INTO events SELECT 2000000 + i, timestamptz '2026-11-21 11:00+00', 'written during the copy' "
                        + "FROM generate_series(1, 500) i",
                "CREATE SEQUENCE echo_ids START 3000000",
                "CREATE TABLE echo_budget (left_over int)",
                "INSERT INTO echo_budget VALUES (2000)",
                "CREATE FUNCTION echo() RETURNS trigger LANGUAGE plpgsql SET search_path = public AS $$BEGIN "
                        + "UPDATE echo_budget SET left_over = left_over - 2 WHERE left_over > 0; "
                        + "IF FOUND THEN INSERT INTO public.events SELECT nextval('echo_ids'), NEW.created_at, 'echo' FROM generate_series(1, 2); "
                        + "END IF; RETURN NULL; END$$",
                "CREATE TRIGGER echo AFTER INSERT ON events_partitioned FOR EACH ROW EXECUTE FUNCTION echo()");
        List<String> notices = new ArrayList<>();
        RowFingerprint[] beforeSwitch = new RowFingerprint[1];

        Plans.run(db, new Plan("the rest", plan.steps().subList(replay, steps.size()), List.of()), new PlanExecutor.Listener() {
                    @Override
                    public void stepStarted(int index, Step step) {
                        if (step.description().startsWith("switch ")) {
                            db.execute("DROP TRIGGER echo ON events_partitioned");
                            beforeSwitch[0] = db.fingerprint("events");
                        }
                    }

                    @Override
                    public void serverMessage(Step step, String message) {
                        notices.add(message);
                    }
                });

        assertThat(notices).contains("partitionkit: writes come faster than the replay; the switch replays the last 1000 logged keys");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE relname = 'events'")).isEqualTo("p");
        assertThat(db.fingerprint("events")).isEqualTo(beforeSwitch[0]);
        assertThat(beforeSwitch[0].rows()).as("history, the rows written during the copy and 1000 echoes").isEqualTo(30_000 + 500 + 1000);
    }

    /** Starts the load, runs the conversion through Liquibase, stops the load and prints what it saw. */
    private static InsertLoad convertUnderLoad(TestDatabase db, String strategy, String scenario) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog(strategy + ".xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="2"
                      strategy="%s" batchSize="1000"/>
                </changeSet>""".formatted(strategy));
        // Keys within six hours of the conversion's now.
        InsertLoad load = InsertLoad.start(db, CONNECTIONS, INSERT, InsertLoad.keysWithin(Duration.ofHours(6), NOON.instant()),
                FIRST_MARKER);
        long started = System.nanoTime();
        liquibase.update(changelog);
        long finished = System.nanoTime();
        load.stop();
        System.out.printf("[load] %s: %d inserts, longest stall %d ms%n", scenario, load.inserts().size(), load.longestStall().toMillis());

        assertThat(load.failures()).as("failed inserts").isEmpty();
        assertThat(load.inserts()).as("inserts answered while the conversion ran")
                .anySatisfy(insert -> assertThat(insert.startedNanos() + insert.nanos()).isBetween(started, finished));
        assertThat(db.value("SELECT relkind FROM pg_class WHERE relname = 'events'")).isEqualTo("p");
        return load;
    }

    /** Every successful insert left its row, and no other row carries a marker. */
    static void assertEveryInsertKept(TestDatabase db, InsertLoad load) {
        assertThat(InsertLoad.mismatch(load.markers(key -> true),
                InsertLoad.markers(db, "SELECT id FROM events WHERE id >= " + FIRST_MARKER))).isEmpty();
    }

    /** {@code <partition> <rows of the load in it>} for each partition holding some. */
    private static List<String> loadRowsPerPartition(TestDatabase db) {
        return db.column("SELECT tableoid::regclass || ' ' || count(*) FROM events WHERE id >= " + FIRST_MARKER + " GROUP BY tableoid ORDER BY 1");
    }

    /** In a fresh public schema, ten days of history before noon on 21 November: 30,000 rows, a primary key and an index on the key. */
    private static RowFingerprint createEvents(TestDatabase db) {
        db.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public",
                "CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload text)",
                "CREATE INDEX events_created_at_idx ON events (created_at)",
                "INSERT INTO events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '10 days' / 30000, md5(i::text) "
                        + "FROM generate_series(1, 30000) i",
                "VACUUM ANALYZE events");
        return db.fingerprint("events");
    }
}
