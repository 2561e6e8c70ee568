package io.partitionkit.core.plan.revert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.RevertMarker;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.Tables;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which way a revert goes after an attach conversion, without a server: by the legacy partition when
 * it is as the conversion left it (its steps in order, a resumed run's), else by the full copy, with
 * the reason as the plan's first words.
 */
class LegacyPartitionRevertTest {

    private static final String WIDENED = "partitionkit: primary key was (\"id\") before the partition key was added";

    /** orders, partitioned on created_at by an attach conversion that widened its key, without partitions yet. */
    private static Tables orders() {
        return Tables.partitioned("orders").column("id", "bigint").column("created_at", "timestamptz").nullable("note", "text")
                .primaryKey("id", "created_at").primaryKeyComment(WIDENED).index("orders_note_idx", "note").rangeOn("created_at");
    }

    /** As attach leaves orders: the old table is the partition below 2026-11-23, two days after it, and DEFAULT. */
    private static Tables converted() {
        return orders().range("orders_legacy", "MINVALUE", "2026-11-23").days("2026-11-23", "2026-11-25").defaultPartition();
    }

    /** The legacy partition itself: the widened key and the note index, each attached to the table's. */
    private static Tables legacy() {
        return Tables.plain("orders_legacy").partitionOf("orders").column("id", "bigint").column("created_at", "timestamptz")
                .nullable("note", "text").primaryKey("id", "created_at").index("orders_note_idx_legacy", "note")
                .indexAttachedTo("orders_legacy_pkey", "orders_pkey").indexAttachedTo("orders_note_idx_legacy", "orders_note_idx");
    }

    private static Plan plan(Tables table, Tables legacy) {
        return Revert.table(table).legacyPartition(legacy).plan();
    }

    @Test
    void anAttachConversionIsRevertedByItsLegacyPartitionMovingOnlyTheNewerRows() {
        Plan plan = plan(converted(), legacy());

        assertThat(plan.summary()).isEqualTo("revert \"public\".\"orders\" to a plain table in place: its legacy partition "
                + "\"public\".\"orders_legacy\" (about 0 rows) becomes the table again, and the rows of the 2 other partition(s) and "
                + "DEFAULT (about 0 rows) move into it");
        assertThat(plan.steps()).extracting(Step::description).containsExactly(
                plan.summary(),
                "add CHECK orders_revert_bound (created_at < '2026-11-23 00:00:00+00') to \"public\".\"orders_legacy\" without scanning it",
                "validate CHECK orders_revert_bound on \"public\".\"orders_legacy\" (reads every row; writes continue)",
                "build the unique index orders_pkey_unpartitioned for the plain table's primary key [id] on \"public\".\"orders_legacy\", "
                        + "concurrently (writes continue)",
                "make \"public\".\"orders_legacy\" the DEFAULT partition of \"public\".\"orders\" (proved by CHECK orders_revert_bound, "
                        + "no scan), moving the rows of the old DEFAULT \"public\".\"orders_default\" into it",
                "move the rows of \"public\".\"orders_p20261123\" (about 0) into \"public\".\"orders_legacy\" and drop it",
                "move the rows of \"public\".\"orders_p20261124\" (about 0) into \"public\".\"orders_legacy\" and drop it",
                "switch \"public\".\"orders\" back to a plain table: \"public\".\"orders_legacy\", its only partition now, takes its name "
                        + "and properties");
        assertThat(step(plan, "make ").sql()).containsSubsequence("DETACH PARTITION \"public\".\"orders_default\"",
                "DETACH PARTITION \"public\".\"orders_legacy\"", "ATTACH PARTITION \"public\".\"orders_legacy\" DEFAULT",
                "DROP CONSTRAINT \"orders_revert_bound\"", "INSERT INTO \"public\".\"orders_legacy\"", "DROP TABLE \"public\".\"orders_default\"",
                "COMMENT ON TABLE \"public\".\"orders_legacy\"");
        assertThat(step(plan, "switch ").sql()).containsSubsequence("DETACH PARTITION \"public\".\"orders_legacy\"",
                "RENAME TO \"orders_partitioned_old\"", "ALTER TABLE \"public\".\"orders_legacy\" RENAME TO \"orders\"",
                "DROP TABLE \"public\".\"orders_partitioned_old\"", "DROP CONSTRAINT \"orders_legacy_pkey\"",
                "ADD CONSTRAINT \"orders_pkey\" PRIMARY KEY USING INDEX \"orders_pkey_unpartitioned\"",
                "ALTER INDEX \"public\".\"orders_note_idx_legacy\" RENAME TO \"orders_note_idx\"");
    }

    @Test
    void everyMoveAndTheSwitchHoldTheMaintenanceLockAndMoveRowsWithTheirTriggersOff() {
        Plan plan = plan(converted(), legacy());

        for (String start : new String[] {"make ", "move the rows of \"public\".\"orders_p20261123\"", "switch "}) {
            assertThat(step(plan, start).sql()).contains("pg_catalog.pg_advisory_xact_lock(").contains("LOCK TABLE \"public\".\"orders\" IN "
                    + "ACCESS EXCLUSIVE MODE");
            assertThat(step(plan, start).boundedByLockTimeout()).isTrue();
        }
        assertThat(step(plan, "move the rows of \"public\".\"orders_p20261124\"").sql())
                .containsSubsequence("|| pkit_disable_triggers", "INSERT INTO \"public\".\"orders_legacy\" (\"id\", \"created_at\", \"note\") "
                        + "OVERRIDING SYSTEM VALUE SELECT \"id\", \"created_at\", \"note\" FROM ONLY \"public\".\"orders_p20261124\"",
                        "|| pkit_enable_triggers", "DROP TABLE \"public\".\"orders_p20261124\"")
                .contains("row_security', 'off'");
    }

    @Test
    void aRunAfterTheLegacyPartitionBecameTheDefaultMovesWhatIsLeftAndSwitches() {
        Tables resumed = orders().days("2026-11-24", "2026-11-25")
                .defaultPartition("orders_legacy", RevertMarker.comment(null, new QualifiedName("public", "orders")));
        Tables legacy = legacy().uniqueIndex("orders_pkey_unpartitioned", "id");

        Plan plan = plan(resumed, legacy);

        assertThat(plan.steps()).extracting(Step::description).containsExactly(
                plan.summary(),
                "move the rows of \"public\".\"orders_p20261124\" (about 0) into \"public\".\"orders_legacy\" and drop it",
                "switch \"public\".\"orders\" back to a plain table: \"public\".\"orders_legacy\", its only partition now, takes its name "
                        + "and properties");
        assertThat(step(plan, "switch ").sql()).contains("ADD CONSTRAINT \"orders_pkey\" PRIMARY KEY USING INDEX \"orders_pkey_unpartitioned\"");
    }

    static Stream<Arguments> fullCopies() {
        return Stream.of(
                arguments("owned by another role", (UnaryOperator<Tables>) l -> l.ownedBy("app"),
                        "\"public\".\"orders_legacy\" is owned by app, not by the table's owner postgres"),
                arguments("a trigger of its own", (UnaryOperator<Tables>) l -> l.rowTrigger("audit", "AFTER UPDATE", "audit", 'O'),
                        "\"public\".\"orders_legacy\" has triggers of its own: [audit]"),
                arguments("an index of its own", (UnaryOperator<Tables>) l -> l.index("orders_legacy_extra", "note"),
                        "\"public\".\"orders_legacy\" has indexes of its own: [orders_legacy_extra]"),
                arguments("unlogged", (UnaryOperator<Tables>) l -> l.persistence('u'), "\"public\".\"orders_legacy\" is unlogged, unlike the table"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullCopies")
    void aLegacyPartitionNoLongerAsTheConversionLeftItMeansAFullCopy(String description, UnaryOperator<Tables> change, String reason) {
        Plan plan = plan(converted(), change.apply(legacy()));

        assertThat(plan.summary()).contains("by copying every row").endsWith("because " + reason);
        assertThat(plan.steps().get(0).description()).isEqualTo(plan.summary());
    }

    @Test
    void withoutAPartitionFromMinvalueUnderTheLegacyNameTheTableIsCopied() {
        Plan plan = plan(Tables.partitioned("orders").column("id", "bigint").column("created_at", "timestamptz")
                        .primaryKey("id", "created_at").rangeOn("created_at").range("orders_legacy", "2026-11-01", "2026-11-23"),
                legacy());

        assertThat(plan.summary()).endsWith("because \"public\".\"orders_legacy\" is not the partition from MINVALUE that strategy attach "
                + "makes of the table (its bound: FOR VALUES FROM ('2026-11-01 00:00:00+00') TO ('2026-11-23 00:00:00+00'))");
    }

    private static Step step(Plan plan, String start) {
        return plan.steps().stream().filter(step -> step.description().startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no step '" + start + "...' in " + plan.steps().stream().map(Step::description).toList()));
    }
}
