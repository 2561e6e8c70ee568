package io.partitionkit.it.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.StepKiller;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** revertPartitioning on its own: tables partitioned by hand, refusals, and a revert killed while copying. */
@ExtendWith(PostgresExtension.class)
class RevertIT {

    /** Held at the end of the copy's hundredth insert (of 20 rows): the 99 batches before it committed, the held one is undone. */
    private static final StepKiller.PausePoint AFTER_100_BATCHES = new StepKiller.PausePoint(100, "write", "INSERT readings_unpartitioned");

    private static void handPartitioned(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".readings (id bigint NOT NULL, taken_at timestamptz NOT NULL, value int, "
                        + "PRIMARY KEY (id, taken_at)) PARTITION BY RANGE (taken_at)",
                "CREATE INDEX readings_value_idx ON " + schema + ".readings (value)",
                "CREATE TABLE " + schema + ".readings_2026_10 PARTITION OF " + schema + ".readings FOR VALUES FROM ('2026-10-01') TO ('2026-11-01')",
                "CREATE TABLE " + schema + ".readings_2026_11 PARTITION OF " + schema + ".readings FOR VALUES FROM ('2026-11-01') TO ('2026-12-01')",
                "CREATE TABLE " + schema + ".readings_rest PARTITION OF " + schema + ".readings DEFAULT",
                "INSERT INTO " + schema + ".readings SELECT i, timestamptz '2026-10-15 00:00+00' + i * interval '1 hour', i % 100 "
                        + "FROM generate_series(1, 2000) i");
    }

    private static String revert(String schema, String attributes) {
        return """
                <changeSet id="revert-%s" author="test" runInTransaction="false">
                  <partition:revertPartitioning schemaName="%s" tableName="readings" %s/>
                </changeSet>""".formatted(schema, schema, attributes);
    }

    @Test
    void aTablePartitionedByHandBecomesPlainWithTheGivenPrimaryKey(TestDatabase db) {
        handPartitioned(db, "by_hand");
        RowFingerprint rows = db.fingerprint("by_hand.readings");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);

        liquibase.update(liquibase.xmlChangelog("by-hand.xml", revert("by_hand", "primaryKey=\"id\" batchSize=\"300\"")));

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'by_hand.readings'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("by_hand.readings")).isEqualTo(rows);
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'by_hand.readings'::regclass "
                + "AND contype = 'p'")).isEqualTo("PRIMARY KEY (id)");
        assertThat(db.value("SELECT pg_get_indexdef('by_hand.readings_value_idx'::regclass)"))
                .isEqualTo("CREATE INDEX readings_value_idx ON by_hand.readings USING btree (value)");
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = 'by_hand'::regnamespace AND relkind = 'r'"))
                .containsExactly("readings");
    }

    @Test
    void withoutPrimaryKeyTheKeyStaysAsItIs(TestDatabase db) {
        handPartitioned(db, "same_key");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);

        liquibase.update(liquibase.xmlChangelog("same-key.xml", revert("same_key", "")));

        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'same_key.readings'::regclass "
                + "AND contype = 'p'")).isEqualTo("PRIMARY KEY (id, taken_at)");
    }

    @Test
    void aPrimaryKeyThatDoesNotExistIsRefusedBeforeAnythingChanges(TestDatabase db) {
        handPartitioned(db, "bad_key");
        Map<String, Object> before = CatalogDiff.properties(db, "bad_key", "readings");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("bad-key.xml", revert("bad_key", "primaryKey=\"uuid\""))))
                .hasMessageContaining("primaryKey names column 'uuid', which \"bad_key\".\"readings\" does not have")
                .hasMessageContaining("[id, taken_at, value]");
        assertThat(CatalogDiff.properties(db, "bad_key", "readings")).isEqualTo(before);
    }

    @Test
    void aTableHoldingTheNameOfTheRevertLogIsRefusedAndLeftAlone(TestDatabase db) {
        handPartitioned(db, "log_taken");
        db.execute("CREATE TABLE log_taken.readings_revert_log (id bigint, remark text)",
                "INSERT INTO log_taken.readings_revert_log VALUES (1, 'not partitionkit''s')");
        Map<String, Object> before = CatalogDiff.properties(db, "log_taken", "readings");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("log-taken.xml", revert("log_taken", "primaryKey=\"id\""))))
                .hasMessageContaining("\"log_taken\".\"readings_revert_log\" (owner postgres) exists, but is not the log of written "
                        + "keys left by an earlier run of this change: it lacks the note partitionkit writes on it");
        assertThat(CatalogDiff.properties(db, "log_taken", "readings")).isEqualTo(before);
        assertThat(db.value("SELECT remark FROM log_taken.readings_revert_log")).isEqualTo("not partitionkit's");
    }

    @Test
    void keysRepeatedAcrossPartitionsStopTheCopyWithoutSwitchingAndLoseNothing(TestDatabase db) {
        handPartitioned(db, "twins");
        db.execute("INSERT INTO twins.readings VALUES (5, '2026-11-20 00:00+00', 1)");
        RowFingerprint rows = db.fingerprint("twins.readings");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("twins.xml", revert("twins", "primaryKey=\"id\""))))
                .hasMessageContaining("share the primary key (id) that the plain table needs")
                .hasMessageContaining("Remove the duplicates, or name a primaryKey that is unique across the whole table");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'twins.readings'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("twins.readings")).isEqualTo(rows);
    }

    @Test
    void aRevertKilledWhileCopyingFinishesWhenRunAgain(TestDatabase db) {
        handPartitioned(db, "killed");
        db.execute("INSERT INTO killed.readings SELECT i, timestamptz '2026-10-01 00:00+00' + i * interval '1 second', i % 7 "
                + "FROM generate_series(100000, 140000) i");
        RowFingerprint rows = db.fingerprint("killed.readings");
        Plan plan = Plans.revert(db, RevertOptions.parse("killed", "readings", "id", 20, null, null));
        int copyStep = Plans.indexOf(plan, "copy the rows of");
        Plans.runFirst(db, plan, copyStep);
        Step copy = plan.steps().get(copyStep);

        StepKiller.Killed killed;
        try (StepKiller killer = new StepKiller(db, "killed")) {
            killed = killer.kill(copy, AFTER_100_BATCHES, connection -> Plans.runStep(connection, copy));
        }

        assertThat(killed.failure()).as("the copy whose session was terminated").hasMessageContaining("terminat");
        assertThat(db.fingerprint("killed.readings")).as("every row, still in the partitioned table").isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM killed.readings_unpartitioned")).as("the batches committed before the kill").isEqualTo(99 * 20);
        db.execute("UPDATE killed.readings SET value = -value WHERE id IN (3, 120000)", "DELETE FROM killed.readings WHERE id = 7");
        RowFingerprint afterWrites = db.fingerprint("killed.readings");

        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        liquibase.update(liquibase.xmlChangelog("killed.xml", revert("killed", "primaryKey=\"id\" batchSize=\"500\"")));

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'killed.readings'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("killed.readings")).isEqualTo(afterWrites);
    }
}
