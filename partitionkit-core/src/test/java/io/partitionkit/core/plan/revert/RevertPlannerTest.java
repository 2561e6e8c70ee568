package io.partitionkit.core.plan.revert;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.Runner;
import io.partitionkit.testing.Tables;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What revertPartitioning plans for a table a conversion partitioned, without a server: the steps
 * in order, the primary key the plain table gets, what becomes of the table a conversion kept
 * aside (strategy attach keeps none, empty's is folded back in, copy's is dropped, one without the
 * note is left alone), what a resumed revert reuses, and each refusal with its message.
 */
class RevertPlannerTest {

    private static final String WIDENED = "partitionkit: primary key was (\"id\") before the partition key was added";
    private static final String EMPTY_NOTE = "partitionkit: the rows of \"public\".\"orders\" as they were when strategy empty switched it "
            + "to a partitioned table; kept for a backfill. revertPartitioning folds them back in.";
    private static final String COPY_NOTE = "partitionkit: the rows of \"public\".\"orders\" as they were when strategy copy switched it "
            + "to a partitioned table; no longer written. Drop this table once the partitioned table is trusted.";
    private static final String CAPTURE = "orders_revert_capture";

    /** orders (id bigint identity, created_at timestamptz, note text), partitioned on created_at, its key widened by a conversion. */
    private static Tables partitionedOrders() {
        return Tables.partitioned("orders").identity("id", "bigint").column("created_at", "timestamptz").nullable("note", "text")
                .primaryKey("id", "created_at").primaryKeyComment(WIDENED).rangeOn("created_at");
    }

    /** As strategy attach leaves it: the old table is the partition below 2026-11-23, with its storage parameters. */
    private static Tables attached() {
        return partitionedOrders().range("orders_legacy", "MINVALUE", "2026-11-23").storage("orders_legacy", "fillfactor=70")
                .days("2026-11-23", "2026-11-25").defaultPartition();
    }

    /** As strategies copy and empty leave it: new partitions only, the old table kept aside. */
    private static Tables switched() {
        return partitionedOrders().days("2026-11-21", "2026-11-24").defaultPartition();
    }

    /** A plain table with the columns of orders. */
    private static Tables plainOrders(String name) {
        return Tables.plain(name).column("id", "bigint").column("created_at", "timestamptz").nullable("note", "text");
    }

    /** The old table a conversion kept aside as orders_legacy, with {@code note} as its comment. */
    private static Tables kept(String note) {
        return plainOrders("orders_legacy").primaryKey("id").comment(note);
    }

    /** The plain copy an earlier revert began, with the note it wrote: its key and the partitions it copies. */
    private static Tables copyBegun(Tables partitioned, String key) {
        String partitions = partitioned.snapshot().partitioning().partitions().stream().map(Partition::oid).sorted().map(String::valueOf)
                .collect(joining(","));
        return plainOrders("orders_unpartitioned").comment("partitionkit: the plain copy of \"public\".\"orders\" that revertPartitioning "
                + "is filling with primary key (" + key + ") from partitions " + partitions);
    }

    /** The trigger logging writes, as a revert creates it: it fires for every write whatever session_replication_role is. */
    private static Tables capturing(Tables partitioned, char enabled) {
        return partitioned.rowTrigger(CAPTURE, "AFTER INSERT OR DELETE OR UPDATE", CAPTURE, enabled);
    }

    private static Tables keyLog() {
        return Tables.plain("orders_revert_log").nullable("id", "bigint")
                .comment("partitionkit: keys of rows written to \"public\".\"orders\" during revertPartitioning");
    }

    private static Step step(Plan plan, String descriptionStart) {
        return plan.steps().stream().filter(step -> step.description().startsWith(descriptionStart)).findFirst().orElseThrow(
                () -> new AssertionError("no step '" + descriptionStart + "...' in " + plan.steps().stream().map(Step::description).toList()));
    }

    @Test
    void aTableConvertedWithStrategyAttachIsCopiedIntoAPlainTableAndSwitched() {
        Plan plan = Revert.table(attached()).plan();

        assertThat(plan.summary()).isEqualTo("revert \"public\".\"orders\" (4 partitions, about 0 rows) to a plain table with primary key "
                + "[id] by copying every row, in batches of 10000, because it has no partition named orders_legacy: it was not converted "
                + "with strategy attach, or retention dropped or someone detached the partition holding its rows from before the conversion");
        assertThat(plan.steps()).extracting(Step::description).containsExactly(
                plan.summary(),
                "create \"public\".\"orders_revert_log\" for the keys of rows written during revertPartitioning",
                "create the function that logs written keys, executable by no other role",
                "log the key of every row written to \"public\".\"orders\" from now on",
                "create \"public\".\"orders_unpartitioned\" shaped like \"public\".\"orders\", with primary key [id], to receive its rows",
                "copy the rows of \"public\".\"orders\" into \"public\".\"orders_unpartitioned\" in batches of 10000",
                "replay rows written meanwhile into \"public\".\"orders_unpartitioned\"",
                "replay rows written while indexes were built",
                "switch \"public\".\"orders\" back to a plain table",
                "collect planner statistics for the plain table \"public\".\"orders\"");
        assertThat(plan.warnings()).isEmpty();
        assertThat(step(plan, "create \"public\".\"orders_unpartitioned\"").sql())
                .as("the storage parameters of the partition that was the original table").contains("WITH (fillfactor=70)")
                .contains("PRIMARY KEY (\"id\")");
    }

    static Stream<Arguments> keptTables() {
        return Stream.of(
                arguments("strategy empty's table is folded back in", EMPTY_NOTE, true,
                        "the rows of \"public\".\"orders_legacy\" are folded back in; where the partitioned table has a row with the same "
                                + "primary key, its version is kept", true),
                arguments("strategy copy's snapshot is dropped, not folded", COPY_NOTE, false,
                        "\"public\".\"orders_legacy\" is the snapshot a conversion with strategy copy kept; the partitioned table has all of "
                                + "its rows, so it is dropped, not folded back", true),
                arguments("a table without the note is left alone", null, false,
                        "\"public\".\"orders_legacy\" exists but does not carry the note a conversion of \"public\".\"orders\" leaves on the "
                                + "table it keeps aside, so it is left alone (neither folded back nor dropped). If a conversion by an earlier "
                                + "partitionkit kept it, give it the note and run the revert again: COMMENT ON TABLE \"public\".\"orders_legacy\" "
                                + "IS '" + EMPTY_NOTE + "'", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptTables")
    void theTableAConversionKeptAsideIsFoldedDroppedOrLeftAsItsNoteSays(String description, String note, boolean folded, String warning,
                                                                      boolean dropped) {
        Plan plan = Revert.table(switched()).legacy(kept(note)).plan();

        assertThat(plan.steps()).extracting(Step::description).contains("copy the rows of \"public\".\"orders\" into "
                + "\"public\".\"orders_unpartitioned\" in batches of 10000");
        assertThat(plan.steps().stream().anyMatch(step -> step.description().equals("fold the rows of \"public\".\"orders_legacy\" that "
                + "the partitioned table does not have into \"public\".\"orders_unpartitioned\""))).as("folded").isEqualTo(folded);
        assertThat(plan.warnings()).containsExactly(warning);
        assertThat(step(plan, "switch").sql().contains("DROP TABLE \"public\".\"orders_legacy\"")).as("dropped at the switch").isEqualTo(dropped);
    }

    @Test
    void theFoldFollowsTheCopyOfThePartitionedTable() {
        List<String> steps = Revert.table(switched()).legacy(kept(EMPTY_NOTE)).plan().steps().stream().map(Step::description).toList();

        assertThat(steps.indexOf("fold the rows of \"public\".\"orders_legacy\" that the partitioned table does not have into "
                + "\"public\".\"orders_unpartitioned\"")).isEqualTo(steps.indexOf("copy the rows of \"public\".\"orders\" into "
                + "\"public\".\"orders_unpartitioned\" in batches of 10000") + 1);
    }

    static Stream<Arguments> primaryKeys() {
        return Stream.of(
                arguments("the key the conversion's note remembers", partitionedOrders(), null, "[id]"),
                arguments("the partitioned key without a note", Tables.partitioned("orders").column("id", "bigint")
                        .column("created_at", "timestamptz").nullable("note", "text").primaryKey("id", "created_at").rangeOn("created_at"),
                        null, "[id, created_at]"),
                arguments("the primaryKey attribute over the note", partitionedOrders(), "created_at, id", "[created_at, id]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primaryKeys")
    void thePlainTableGetsItsPrimaryKey(String description, Tables partitioned, String option, String key) {
        Plan plan = Revert.table(partitioned.days("2026-11-21", "2026-11-23")).primaryKey(option).plan();

        assertThat(plan.summary()).contains("to a plain table with primary key " + key + " ");
        assertThat(step(plan, "create \"public\".\"orders_unpartitioned\"").description()).contains("with primary key " + key + ",");
    }

    @Test
    void aResumedRevertReusesItsCopyLogAndTrigger() {
        Tables partitioned = capturing(switched(), 'A');

        Plan plan = Revert.table(partitioned).target(copyBegun(partitioned, "\"id\"")).log(keyLog()).plan();

        assertThat(plan.summary()).endsWith("because a full copy begun by an earlier run is under way (\"public\".\"orders_unpartitioned\" "
                + "exists)");
        assertThat(plan.steps()).extracting(Step::description).startsWith(
                plan.summary(),
                "create the function that logs written keys, executable by no other role",
                "copy the rows of \"public\".\"orders\" into \"public\".\"orders_unpartitioned\" in batches of 10000");
    }

    @Test
    void aTableThatIsPlainAlreadyOnlyGetsWhatFollowsTheSwitch() {
        Tables plain = plainOrders("orders").primaryKey("id").referencedBy("order_lines", "order_lines_order_fkey", "order_id", false, "id");

        Plan plan = Revert.table(plain).plan();

        assertThat(plan.summary()).isEqualTo("\"public\".\"orders\" is a plain table already; finishing what an earlier run left");
        assertThat(plan.steps()).extracting(Step::description).containsExactly(
                "validate foreign key order_lines_order_fkey of \"public\".\"order_lines\" against the plain table",
                "collect planner statistics for the plain table \"public\".\"orders\"");
    }

    private static String leftBehind(String found, String what, String reasons) {
        return found + " (owner postgres) exists, but is not " + what + " left by an earlier run of this change: " + reasons
                + ". partitionkit reuses only what it created itself; find out who made it, then drop or rename it and run the change again";
    }

    static Stream<Arguments> refusals() {
        Tables partitioned = switched();
        return Stream.of(
                arguments("a missing table", Revert.table(switched()).tableMissing(),
                        "tableName 'orders' names no table in the connection's current schema; give an existing table (names are "
                                + "case-sensitive), and schemaName when it is in another schema"),
                arguments("a plain table next to a copy", Revert.table(plainOrders("orders").primaryKey("id"))
                                .target(plainOrders("orders_unpartitioned")),
                        "\"public\".\"orders\" is a plain table, yet \"public\".\"orders_unpartitioned\" exists; it is not partitionkit's to "
                                + "remove. Drop it if it is a leftover"),
                arguments("PostgreSQL 13", Revert.table(switched().serverVersion(130011)),
                        "PostgreSQL 13 is not supported; partitionkit needs PostgreSQL 14 or later"),
                arguments("a sub-partitioned partition", Revert.table(switched().subPartitioned("orders_p20261122")),
                        "partition \"public\".\"orders_p20261122\" is itself partitioned; sub-partitioned tables are not supported"),
                arguments("a half-detached partition", Revert.table(switched().halfDetached("orders_p20261122")),
                        "partition \"public\".\"orders_p20261122\" is half-detached; finish it first with ALTER TABLE \"public\".\"orders\" "
                                + "DETACH PARTITION \"public\".\"orders_p20261122\" FINALIZE"),
                arguments("a materialized view", Revert.table(switched().dependant("materialized view public.daily_orders")),
                        "materialized view public.daily_orders depends on \"public\".\"orders\" and would keep pointing at the partitioned "
                                + "table; drop it before reverting and create it again afterwards"),
                arguments("a role that does not act as the owner", Revert.table(switched()).runAs(Runner.role("app").notOwner()),
                        "role app neither owns \"public\".\"orders\" nor is a member of its owner postgres: reverting it renames it and "
                                + "hands the new table to its owner, which only the owner may do; run the change as postgres (or a member "
                                + "of it, or a superuser)"),
                arguments("forced row security", Revert.table(switched().forcingRowSecurity()).runAs(Runner.role("app")),
                        "\"public\".\"orders\" forces row-level security, so role app would read only the rows its policies show and copy "
                                + "no other: run the change as a role with BYPASSRLS (ALTER ROLE \"app\" BYPASSRLS) or a superuser"),
                arguments("a statement_timeout", Revert.table(switched()).runAs(Runner.superuser().statementTimeout(30_000, "database")),
                        "statement_timeout is 30000 ms (set for the database with ALTER DATABASE), but copying its rows runs as long as "
                                + "the table is big and would be cancelled part-way; run the change with statement_timeout 0, for example "
                                + "ALTER ROLE \"postgres\" SET statement_timeout = 0 for the role it runs as, or "
                                + "options=-c%20statement_timeout=0 in the JDBC URL"),
                arguments("no primary key", Revert.table(Tables.timestamptz("orders").days("2026-11-21", "2026-11-23")),
                        "\"public\".\"orders\" has no primary key; name the plain table's key with primaryKey (rows are copied in its order "
                                + "and changes are tracked by it)"),
                arguments("a primaryKey column the table lacks", Revert.table(switched()).primaryKey("id, order_no"),
                        "primaryKey names column 'order_no', which \"public\".\"orders\" does not have; its columns are "
                                + "[id, created_at, note]"),
                arguments("a copy with other columns", Revert.table(switched()).target(Tables.plain("orders_unpartitioned").column("id", "bigint")),
                        "\"public\".\"orders_unpartitioned\" exists but its columns differ from \"public\".\"orders\"; it is not a revert in "
                                + "progress. Drop it or rename it"),
                arguments("a kept table with other columns",
                        Revert.table(switched()).legacy(Tables.plain("orders_legacy").column("id", "bigint").comment(EMPTY_NOTE)),
                        "\"public\".\"orders_legacy\" exists but its columns differ from \"public\".\"orders\", so its rows cannot be folded "
                                + "back; pass the right legacyTableName, or rename or drop it"),
                arguments("a kept table not as the switch left it", Revert.table(switched()).legacy(kept(EMPTY_NOTE).ownedBy("app")),
                        "\"public\".\"orders_legacy\" (owner app) exists, but is not the table a conversion of \"public\".\"orders\" kept "
                                + "aside left by an earlier run of this change: its owner is app, not postgres. partitionkit reuses only "
                                + "what it created itself; find out who made it, then drop or rename it and run the change again"),
                arguments("a copy begun with another key", Revert.table(partitioned).target(copyBegun(partitioned, "\"id\", \"created_at\"")),
                        "\"public\".\"orders_unpartitioned\" was begun by a revert of \"public\".\"orders\" with another primary key, or "
                                + "before partitions were attached or detached: continuing it would miss or resurrect rows. Drop "
                                + "\"public\".\"orders_unpartitioned\" and \"public\".\"orders_revert_log\" and run the change again"),
                arguments("a copy begun before a partition was attached",
                        Revert.table(switched().days("2026-11-24", "2026-11-25")).target(copyBegun(partitioned, "\"id\"")),
                        "\"public\".\"orders_unpartitioned\" was begun by a revert of \"public\".\"orders\" with another primary key, or "
                                + "before partitions were attached or detached: continuing it would miss or resurrect rows. Drop "
                                + "\"public\".\"orders_unpartitioned\" and \"public\".\"orders_revert_log\" and run the change again"),
                arguments("a table under the copy's name without its note", Revert.table(switched()).target(plainOrders("orders_unpartitioned")),
                        leftBehind("\"public\".\"orders_unpartitioned\"", "the plain copy for a revert of \"public\".\"orders\"",
                                "it lacks the note partitionkit writes on it (its comment)")),
                arguments("a copy whose trigger is gone", Revert.table(partitioned).target(copyBegun(partitioned, "\"id\"")),
                        "\"public\".\"orders_unpartitioned\" is partly filled, but the trigger orders_revert_capture that logs writes to "
                                + "\"public\".\"orders\" is gone, so writes since then may be missing from it; drop "
                                + "\"public\".\"orders_unpartitioned\" and what it left to start over"),
                arguments("a copy whose trigger is disabled", resumedWithTrigger('D'),
                        "\"public\".\"orders_unpartitioned\" is partly filled, but the trigger orders_revert_capture that logs writes to "
                                + "\"public\".\"orders\" is disabled, so writes since then may be missing from it; drop "
                                + "\"public\".\"orders_unpartitioned\" and what it left to start over"),
                arguments("a copy whose trigger is not enabled always", resumedWithTrigger('O'),
                        "\"public\".\"orders_unpartitioned\" is partly filled, but the trigger orders_revert_capture that logs writes to "
                                + "\"public\".\"orders\" is not enabled ALWAYS (it skips some writes, such as those applied by logical "
                                + "replication), so writes since then may be missing from it; drop \"public\".\"orders_unpartitioned\" and what "
                                + "it left to start over"),
                arguments("another trigger under the capture's name",
                        Revert.table(switched().rowTrigger(CAPTURE, "BEFORE INSERT", CAPTURE, 'A')),
                        "trigger orders_revert_capture on \"public\".\"orders\" exists, but is not the one that logs written keys (an AFTER "
                                + "INSERT OR DELETE OR UPDATE row trigger calling \"public\".\"orders_revert_capture\"() without a condition); "
                                + "partitionkit reuses only what it created itself. Drop it and run the change again"),
                arguments("a table under the log's name without its note",
                        Revert.table(switched()).log(Tables.plain("orders_revert_log").nullable("id", "bigint")),
                        leftBehind("\"public\".\"orders_revert_log\"", "the log of written keys",
                                "it lacks the note partitionkit writes on it (its comment)")),
                arguments("a log of other keys", Revert.table(switched()).log(keyLog().nullable("created_at", "timestamptz")),
                        "\"public\".\"orders_revert_log\" exists, but its columns are not those of the key [id]; drop it and run the change "
                                + "again"),
                arguments("a function under the capture's name", Revert.table(switched()).function(new FunctionSnapshot(
                                new QualifiedName(Tables.SCHEMA, CAPTURE), Tables.OWNER, null, false, "SELECT 1", "sql", false, List.of(),
                                List.of("PUBLIC"))),
                        leftBehind("\"public\".\"orders_revert_capture\"", "the function that logs written keys",
                                "it lacks the note partitionkit writes on it (its comment); it is not a SECURITY DEFINER PL/pgSQL trigger "
                                        + "function with search_path pg_catalog, pg_temp; roles other than its owner may execute it: [PUBLIC]")));
    }

    private static Revert resumedWithTrigger(char enabled) {
        Tables partitioned = capturing(switched(), enabled);
        return Revert.table(partitioned).target(copyBegun(partitioned, "\"id\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachProblemIsRefusedWithItsMessage(String description, Revert revert, String problem) {
        assertThat(revert.refusal()).containsExactly(problem);
    }
}
