package io.partitionkit.core.plan.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.testing.Runner;
import io.partitionkit.testing.Tables;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem the conversion checks can find ({@link ConversionChecks}, with the server, name and
 * runner checks it draws on), each on a table that has that problem alone, asserted by the exact
 * message the user reads; and the table without any, which every strategy converts. The table is
 * {@code public.orders (id bigint identity PRIMARY KEY, created_at timestamptz NOT NULL, note text)},
 * converted on created_at by day at {@link io.partitionkit.testing.TestClock#NOON}.
 */
class ConversionChecksTest {

    /** The table every case starts from: nothing stops its conversion. */
    private static Tables orders() {
        return Tables.plain("orders").identity("id", "bigint").column("created_at", "timestamptz").nullable("note", "text").primaryKey("id");
    }

    private static Tables ordersWithNullableKey() {
        return Tables.plain("orders").identity("id", "bigint").nullable("created_at", "timestamptz").primaryKey("id");
    }

    /** Orders whose (id, created_at) are unique, referenced by order_lines with a foreign key on those columns. */
    private static Tables ordersReferencedByLines(boolean validated, String... referencedColumns) {
        return orders().unique("orders_id_created_at_key", "id", "created_at")
                .referencedBy("order_lines", "order_lines_order_fkey", "order_id", validated, referencedColumns);
    }

    private static Convert attach(Tables table) {
        return Convert.table(table);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // the server and the kind of table
                arguments("PostgreSQL 13", attach(orders().serverVersion(130011)),
                        "PostgreSQL 13 is not supported; partitionkit needs PostgreSQL 14 or later"),
                arguments("a view", attach(Tables.plain("orders").relkind('v').column("created_at", "timestamptz")),
                        "\"public\".\"orders\" is not a plain table (relkind 'v'); only tables can be converted"),
                arguments("a temporary table", attach(orders().persistence('t')),
                        "\"public\".\"orders\" is a temporary table; only permanent tables can be converted"),
                arguments("an unlogged table", attach(orders().persistence('u')),
                        "\"public\".\"orders\" is UNLOGGED; make it LOGGED first (ALTER TABLE ... SET LOGGED): partitioned tables cannot be "
                                + "unlogged on every supported PostgreSQL version"),
                arguments("a partition", attach(orders().partitionOf("all_orders")),
                        "\"public\".\"orders\" is already a partition of \"public\".\"all_orders\""),
                arguments("table inheritance", attach(orders().inheriting()),
                        "\"public\".\"orders\" takes part in table inheritance (INHERITS); a table with inheritance parents or children cannot "
                                + "become a partitioned table or a partition"),
                arguments("a typed table", attach(orders().typed()),
                        "\"public\".\"orders\" is a typed table (CREATE TABLE ... OF type); make it a plain table first (ALTER TABLE ... NOT OF)"),
                // the key column
                arguments("a missing column", attach(orders()).column("updated_at"),
                        "column 'updated_at' does not exist in \"public\".\"orders\"; its columns are [id, created_at, note]"),
                arguments("a text key", attach(orders()).column("note"),
                        "column 'note' has type text; the partition key must be date, timestamp, timestamptz, smallint, integer, bigint, "
                                + "or uuid holding UUIDv7 (keyEncoding uuidv7)"),
                arguments("an integer interval on a time key", attach(orders()).interval("1000"),
                        "interval '1000' does not fit column 'created_at' of type timestamp with time zone; use hour, day, week, month, "
                                + "quarter or year"),
                arguments("a generated key", attach(orders().generated("id_bucket", "bigint", "(id / 1000)")).column("id_bucket").interval("1000"),
                        "column 'id_bucket' is a generated column; PostgreSQL does not allow generated columns in a partition key"),
                arguments("a key holding NULLs", attach(ordersWithNullableKey()).keyHasNulls(),
                        "column 'created_at' holds NULLs; a range partition cannot hold a NULL key. Give those rows a value or delete them, "
                                + "then declare the column NOT NULL"),
                arguments("a nullable key", attach(ordersWithNullableKey()),
                        "column 'created_at' is nullable; declare it NOT NULL first. On a big table without a long lock: ALTER TABLE "
                                + "\"public\".\"orders\" ADD CONSTRAINT k_not_null CHECK (\"created_at\" IS NOT NULL) NOT VALID; ALTER TABLE ... "
                                + "VALIDATE CONSTRAINT k_not_null; ALTER TABLE ... ALTER COLUMN \"created_at\" SET NOT NULL (no scan, the "
                                + "constraint proves it); then drop k_not_null"),
                // keys and indexes
                arguments("no primary key", attach(Tables.plain("orders").column("created_at", "timestamptz")),
                        "\"public\".\"orders\" has no primary key; add one first. The partitioned table gets the primary key plus the "
                                + "partition key, and revertPartitioning needs it to copy rows back"),
                arguments("a deferrable primary key", attach(orders().deferrablePrimaryKey()),
                        "primary key orders_pkey is DEFERRABLE; PostgreSQL cannot attach a deferrable primary key of a partition"),
                arguments("a unique constraint without the key", attach(orders().nullable("code", "text").unique("orders_code_key", "code")),
                        "unique constraint orders_code_key on [code] does not include the partition key 'created_at'. A partitioned table "
                                + "can only enforce uniqueness that includes the key; widening it would silently allow duplicates across "
                                + "partitions, so partitionkit refuses. Add 'created_at' to it or drop it first"),
                arguments("an exclusion constraint before PostgreSQL 17",
                        attach(orders().serverVersion(160004).exclusion("orders_created_at_excl", "btree", "created_at", "=")),
                        "exclusion constraint orders_created_at_excl cannot exist on a partitioned table before PostgreSQL 17; drop it "
                                + "first or upgrade"),
                arguments("an exclusion constraint without the key", attach(orders().exclusion("orders_note_excl", "btree", "note", "=")),
                        "exclusion constraint orders_note_excl must compare the partition key 'created_at' with = to exist on a "
                                + "partitioned table"),
                arguments("an invalid index", attach(orders().index("orders_note_idx", "note").invalid("orders_note_idx")),
                        "index orders_note_idx is invalid (a failed CREATE INDEX CONCURRENTLY?); drop it or REINDEX it first"),
                arguments("a unique index without the key", attach(orders().uniqueIndex("orders_note_key", "note")),
                        "unique index orders_note_key does not include the partition key 'created_at'. A partitioned table can only "
                                + "enforce uniqueness that includes the key, so partitionkit refuses rather than allow duplicates across "
                                + "partitions. Add the key to it or drop it first"),
                arguments("an index under the name of the one attach builds, not unique",
                        attach(orders().index("orders_partition_pkey", "id", "created_at")),
                        "index orders_partition_pkey would become the primary key of the legacy partition, but it is not unique: "
                                + "btree (id, created_at); it must be a plain UNIQUE btree on (id, created_at). Drop it (DROP INDEX "
                                + "CONCURRENTLY) and let the conversion build it, or build it beforehand as CREATE UNIQUE INDEX "
                                + "CONCURRENTLY \"orders_partition_pkey\" ON \"public\".\"orders\" (\"id\", \"created_at\")"),
                arguments("an index under the name of the one attach builds, on other columns",
                        attach(orders().uniqueIndex("orders_partition_pkey", "created_at", "id")),
                        "index orders_partition_pkey would become the primary key of the legacy partition, but it is UNIQUE "
                                + "btree (created_at, id); it must be a plain UNIQUE btree on (id, created_at). Drop it (DROP INDEX "
                                + "CONCURRENTLY) and let the conversion build it, or build it beforehand as CREATE UNIQUE INDEX "
                                + "CONCURRENTLY \"orders_partition_pkey\" ON \"public\".\"orders\" (\"id\", \"created_at\")"),
                // foreign keys
                arguments("a foreign key to the table itself",
                        attach(orders().nullable("parent_id", "bigint").foreignKey("orders_parent_id_fkey", "parent_id", "orders", "id")),
                        "foreign key orders_parent_id_fkey references the table itself; self-referencing foreign keys are not "
                                + "supported, drop it first"),
                arguments("a NOT VALID foreign key", attach(orders().nullable("customer_id", "bigint")
                                .foreignKey("orders_customer_id_fkey", "customer_id", "customers", "id").notValid("orders_customer_id_fkey")),
                        "foreign key orders_customer_id_fkey is NOT VALID; the partitioned table needs valid foreign keys. Run ALTER "
                                + "TABLE \"public\".\"orders\" VALIDATE CONSTRAINT \"orders_customer_id_fkey\" first (it does not block writes)"),
                arguments("a referencing foreign key with strategy empty",
                        attach(ordersReferencedByLines(true, "id", "created_at"))
                                .strategy("empty"),
                        "foreign key order_lines_order_fkey of \"public\".\"order_lines\" references \"public\".\"orders\"; with strategy "
                                + "empty the referenced rows stay in the legacy table, so it could not be kept valid. Use strategy attach"),
                arguments("a NOT VALID referencing foreign key",
                        attach(ordersReferencedByLines(false, "id", "created_at")),
                        "foreign key order_lines_order_fkey of \"public\".\"order_lines\" is NOT VALID; validate it first (ALTER TABLE "
                                + "\"public\".\"order_lines\" VALIDATE CONSTRAINT \"order_lines_order_fkey\", which does not block writes) so it "
                                + "can be re-pointed and validated against the partitioned table"),
                arguments("a referencing foreign key without the key",
                        attach(ordersReferencedByLines(true, "id")),
                        "foreign key order_lines_order_fkey of \"public\".\"order_lines\" references [id], which does not include the "
                                + "partition key 'created_at'. A foreign key into a partitioned table must reference a unique key that "
                                + "includes the partition key: add the key column to \"public\".\"order_lines\" and to the foreign key "
                                + "(referencing a unique constraint that includes it), or drop the foreign key first"),
                // triggers and dependants
                arguments("a row trigger with a transition table",
                        attach(orders().rowTriggerWithTransitionTable("orders_audit", "AFTER INSERT", "audit")),
                        "trigger orders_audit is a row-level trigger with transition tables (REFERENCING), which partitioned tables do "
                                + "not support; make it a statement-level trigger or drop it first"),
                arguments("a materialized view", attach(orders().dependant("materialized view public.daily_orders")),
                        "materialized view public.daily_orders depends on \"public\".\"orders\" and would keep pointing at the legacy "
                                + "table after the switch; drop it before converting and create it again afterwards"),
                // names
                arguments("the legacy name taken", attach(orders().otherRelation("orders_legacy")),
                        "legacyTableName 'orders_legacy' is already taken in schema public; choose another legacyTableName or drop that "
                                + "relation"),
                arguments("the DEFAULT partition's name taken", attach(orders().otherRelation("orders_default")),
                        "the DEFAULT partition would be named 'orders_default', which is already taken in schema public"),
                arguments("the unique index's name taken", attach(orders().otherRelation("orders_partition_pkey")),
                        "the unique index on the primary key plus the partition key would be named 'orders_partition_pkey', which is "
                                + "already taken in schema public; rename that relation"),
                arguments("a partition's name taken", attach(orders().otherRelation("orders_p20261123")),
                        "a partition would be named 'orders_p20261123', which is already taken in schema public"),
                // the role running it
                arguments("a role that does not act as the owner", attach(orders()).runAs(Runner.role("app").notOwner()),
                        "role app neither owns \"public\".\"orders\" nor is a member of its owner postgres: converting it renames it and "
                                + "hands the new table to its owner, which only the owner may do; run the change as postgres (or a member "
                                + "of it, or a superuser)"),
                arguments("a role that may not create tables", attach(orders()).runAs(Runner.role("app").mayNotCreate()),
                        "role app may not create tables in schema public: GRANT CREATE ON SCHEMA \"public\" TO \"app\", or run the change "
                                + "as a role that may"),
                arguments("an owner that may not create tables", attach(orders()).runAs(Runner.role("app").ownerMayNotCreate()),
                        "the owner postgres of \"public\".\"orders\" may not create tables in schema public, so the new table cannot be "
                                + "handed to it: GRANT CREATE ON SCHEMA \"public\" TO \"postgres\""),
                arguments("a view of another role", attach(orders()).runAs(Runner.role("app").notOwningView("orders_today")),
                        "role app does not own view \"public\".\"orders_today\", which reads \"public\".\"orders\": the switch re-points it "
                                + "(CREATE OR REPLACE VIEW), which only its owner may do"),
                arguments("a publication of another role", attach(orders()).runAs(Runner.role("app").notOwningPublication("orders_pub")),
                        "role app does not own publication orders_pub: the switch moves \"public\".\"orders\" in it, which only its owner "
                                + "may do"),
                arguments("a referencing table of another role",
                        attach(ordersReferencedByLines(true, "id", "created_at"))
                                .runAs(Runner.role("app").notOwningReferencing("order_lines")),
                        "role app does not own \"public\".\"order_lines\", whose foreign key references \"public\".\"orders\": the switch "
                                + "re-points that foreign key, which only the table's owner may do"),
                arguments("a referenced table without REFERENCES",
                        attach(orders().nullable("customer_id", "bigint").foreignKey("orders_customer_id_fkey", "customer_id", "customers", "id"))
                                .runAs(Runner.role("app").lackingReferencesOn("customers")),
                        "role app lacks REFERENCES on \"public\".\"customers\", which a foreign key of \"public\".\"orders\" references: the "
                                + "switch creates that foreign key on the new table"),
                arguments("a trigger function it may not execute",
                        attach(orders().rowTrigger("orders_touch", "BEFORE UPDATE", "touch", 'O')).runAs(Runner.role("app").mayNotExecute("touch")),
                        "role app may not execute \"public\".\"touch\"(), which a trigger of \"public\".\"orders\" calls: the switch "
                                + "creates the trigger on the new table"),
                arguments("forced row security hiding rows from a copy",
                        attach(orders().forcingRowSecurity()).strategy("copy").runAs(Runner.role("app")),
                        "\"public\".\"orders\" forces row-level security, so role app would read only the rows its policies show and copy "
                                + "no other: run the change as a role with BYPASSRLS (ALTER ROLE \"app\" BYPASSRLS) or a superuser"),
                arguments("a statement_timeout", attach(orders()).runAs(Runner.superuser().statementTimeout(30_000, "user")),
                        "statement_timeout is 30000 ms (set for role postgres with ALTER ROLE), but building the unique index and "
                                + "validating the boundary CHECK runs as long as the table is big and would be cancelled part-way; run the "
                                + "change with statement_timeout 0, for example ALTER ROLE \"postgres\" SET statement_timeout = 0 for the role "
                                + "it runs as, or options=-c%20statement_timeout=0 in the JDBC URL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"refusals", "plannerRefusals", "copyRefusals"})
    void eachProblemIsRefusedWithItsMessage(String description, Convert conversion, String problem) {
        assertThat(conversion.refusal(NOON)).containsExactly(problem);
    }

    static Stream<Arguments> timeoutSources() {
        return Stream.of(
                arguments("database user", "set for role postgres in this database with ALTER ROLE ... IN DATABASE"),
                arguments("database", "set for the database with ALTER DATABASE"),
                arguments("session", "set for this session"),
                arguments("client", "set for this session"),
                arguments("configuration file", "set in postgresql.conf"),
                arguments("environment variable", "from environment variable"));
    }

    @ParameterizedTest(name = "statement_timeout from {0}")
    @MethodSource("timeoutSources")
    void aStatementTimeoutSaysWhereItWasSet(String source, String where) {
        Convert conversion = attach(orders()).runAs(Runner.superuser().statementTimeout(5_000, source));

        assertThat(conversion.refusal(NOON)).singleElement().asString().startsWith("statement_timeout is 5000 ms (" + where + "), but");
    }

    @Test
    void aStatementTimeoutNamesTheStepItWouldCancel() {
        Runner timedOut = Runner.superuser().statementTimeout(5_000, "user");

        assertThat(attach(orders()).strategy("copy").runAs(timedOut).refusal(NOON)).singleElement().asString()
                .contains("but copying each range of rows runs as long as the table is big");
        assertThat(attach(orders()).strategy("empty").runAs(timedOut).plan(NOON).steps()).as("empty reads no row").isNotEmpty();
    }

    /** Refusals of the planner itself, before or after the checks. */
    static Stream<Arguments> plannerRefusals() {
        return Stream.of(
                arguments("a table partitioned otherwise", attach(Tables.list("orders")),
                        "\"public\".\"orders\" is already partitioned, but not by range on column 'created_at'; use revertPartitioning "
                                + "first to partition it differently"),
                arguments("more ranges than a copy takes",
                        attach(orders()).strategy("copy").keys("2020-01-01 00:00:00+00", "2026-11-21 11:00:00+00"),
                        "the keys of \"public\".\"orders\" span '2020-01-01 00:00:00+00:00' to '2026-11-24 00:00:00+00:00': 2519 ranges of "
                                + "interval 'day', more than 1000 that strategy copy accepts; use a larger interval, or strategy attach (old "
                                + "rows stay in one partition)"));
    }

    /** What strategy copy refuses on top of the checks: what is in its way, and what an earlier copy left that is not its own. */
    static Stream<Arguments> copyRefusals() {
        return Stream.of(
                arguments("an index under the name of the copy's ordering index",
                        copy(orders().uniqueIndex("orders_convert_order", "created_at", "id")),
                        "index orders_convert_order has the name of the index a copy builds to read rows in key order, and drops at its switch, "
                                + "but it is not that index (btree (created_at, id)); rename it first"),
                arguments("the CHECK an interrupted attach left",
                        copy(orders().notValidCheck("orders_partition_bound", "created_at",
                                "(created_at < '2026-11-23 00:00:00+00'::timestamp with time zone)")),
                        "\"public\".\"orders\" has constraint orders_partition_bound, left by an interrupted conversion with strategy attach; run "
                                + "that conversion to its end, or drop the constraint, before converting with strategy copy"),
                arguments("a range table not left by a copy", copy(orders()).rangeTable(Tables.plain("orders_p20261121")
                                .column("id", "bigint").column("created_at", "timestamptz").nullable("note", "text")),
                        "\"public\".\"orders_p20261121\" (owner postgres) exists, but is not the range table for a copy of \"public\".\"orders\" "
                                + "left by an earlier run of this change: it lacks the note partitionkit writes on it (its comment). partitionkit "
                                + "reuses only what it created itself; find out who made it, then drop or rename it and run the change again"),
                arguments("a range table of other ranges", copy(orders()).rangeTable(Tables.plain("orders_p20200101")
                                .column("id", "bigint").column("created_at", "timestamptz").nullable("note", "text")),
                        "\"public\".\"orders_p20200101\" was being loaded by an earlier copy that planned other ranges (another interval?); "
                                + "finish that conversion with its own attributes, or drop it to start over"),
                arguments("a partitioned table not left by a copy", copy(orders()).shadow(Tables.timestamptz("orders_partitioned")),
                        "\"public\".\"orders_partitioned\" (owner postgres) exists, but is not the partitioned table for a copy of "
                                + "\"public\".\"orders\" left by an earlier run of this change: it lacks the note partitionkit writes on it (its "
                                + "comment). partitionkit reuses only what it created itself; find out who made it, then drop or rename it and run "
                                + "the change again"),
                arguments("the partitioned table of a copy on another column",
                        copy(orders()).shadow(filling().column("id", "bigint").column("created_at", "timestamptz").rangeOn("id")),
                        "\"public\".\"orders_partitioned\" is the partitioned table a copy of \"public\".\"orders\" on another column "
                                + "([id]) is filling, not on column 'created_at'; finish that conversion with its own attributes, or drop "
                                + "\"public\".\"orders_partitioned\" and its range tables to start over"),
                arguments("the partitioned table of a copy by another interval",
                        copy(orders()).shadow(filling().column("created_at", "timestamptz").rangeOn("created_at")
                                .range("orders_partitioned_h", "2026-11-21 10:00:00+00", "2026-11-21 11:00:00+00")),
                        "\"public\".\"orders_partitioned\" was started with other ranges than interval 'day' gives (its partition "
                                + "\"public\".\"orders_partitioned_h\" does not fit); finish that conversion with its own attributes, or drop "
                                + "\"public\".\"orders_partitioned\" and its range tables to start over"));
    }

    /**
     * {@code orders_partitioned} with the note a first run of {@link #copy} writes on it, the span of keys it copies: what
     * a second run finds, but for what a case changes.
     */
    private static Tables filling() {
        Pattern comment = Pattern.compile("COMMENT ON TABLE \"public\".\"orders_partitioned\" IS '([^']*)'");
        String note = copy(orders()).plan(NOON).steps().stream().map(step -> comment.matcher(step.sql())).filter(Matcher::find)
                .map(found -> found.group(1)).findFirst().orElseThrow();
        return Tables.partitioned("orders_partitioned").comment(note);
    }

    /** Strategy copy of a table whose keys run from 19 November to now. */
    private static Convert copy(Tables table) {
        return attach(table).strategy("copy").keys("2026-11-19 08:00:00+00", "2026-11-21 11:00:00+00");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Convert conversion = attach(orders().nullable("code", "text").unique("orders_code_key", "code").otherRelation("orders_legacy"))
                .runAs(Runner.role("app").mayNotCreate());

        assertThat(conversion.refusal(NOON)).hasSize(3).satisfiesExactly(
                unique -> assertThat(unique).startsWith("unique constraint orders_code_key"),
                name -> assertThat(name).startsWith("legacyTableName 'orders_legacy' is already taken"),
                role -> assertThat(role).startsWith("role app may not create tables"));
    }

    /** Strategy attach: indexes and CHECK built online, then the switch, then the foreign keys and statistics. */
    @Test
    void aTableWithoutProblemsIsConvertedWithStrategyAttach() {
        Plan plan = attach(orders()).plan(NOON);

        assertThat(plan.summary()).isEqualTo("convert \"public\".\"orders\" to day range partitions on \"created_at\" (strategy attach): "
                + "the table becomes partition orders_legacy for keys below '2026-11-23 00:00:00+00:00', 1 new partition(s) and a DEFAULT "
                + "partition");
        assertThat(plan.steps()).extracting(Step::description).containsExactly(
                "build the unique index \"public\".\"orders_partition_pkey\" on the primary key plus the partition key, concurrently "
                        + "(writes continue)",
                "build the unique index \"public\".\"orders_revert_pkey\" on the original primary key, concurrently (writes continue), "
                        + "kept on the legacy partition for a revert",
                "add CHECK orders_partition_bound (created_at < '2026-11-23 00:00:00+00:00') to \"public\".\"orders\" without scanning it",
                "validate CHECK orders_partition_bound on \"public\".\"orders\" (reads every row; writes continue)",
                "switch \"public\".\"orders\" to a range-partitioned table, keeping the old table as \"public\".\"orders_legacy\"",
                "collect planner statistics for the partitioned table \"public\".\"orders\"");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void aTableWithoutProblemsIsConvertedWithStrategiesCopyAndEmpty() {
        Plan copy = attach(orders()).strategy("copy").keys("2026-11-19 08:00:00+00", "2026-11-21 11:00:00+00").plan(NOON);
        Plan empty = attach(orders()).strategy("empty").plan(NOON);

        assertThat(copy.summary()).isEqualTo("convert \"public\".\"orders\" (about 0 rows) to day range partitions on \"created_at\" "
                + "(strategy copy): 5 of 5 range(s) to load, newest first, in batches of 10000; the old table is kept aside as orders_legacy");
        assertThat(empty.summary()).isEqualTo("convert \"public\".\"orders\" to day range partitions on \"created_at\" (strategy empty): the "
                + "table is kept aside as orders_legacy, 3 new partition(s) and a DEFAULT partition");
    }

    /**
     * A copy holds whoever runs the update until every row has moved, an application's start-up
     * included: the plan says so, with the planner's estimate, before its first step; attach moves no
     * row and says nothing.
     */
    @Test
    void aCopyWarnsThatTheUpdateWaitsForItWithTheEstimatedRows() {
        Plan copy = copy(orders().estimatedRows(2_500_000)).plan(NOON);

        assertThat(copy.warnings()).containsExactly("strategy copy is about to copy the rows of \"public\".\"orders\" (an estimated "
                + "2,500,000 rows, from the planner's statistics) into 5 range table(s) before its switch: this update, and an "
                + "application start-up that runs it, waits until the copy ends, which takes hours for a big table. Run this changeset "
                + "in a deployment step before the application starts (liquibase update, from the Liquibase CLI or the Liquibase Maven "
                + "plugin), or convert with strategy attach, which moves no rows");
        assertThat(attach(orders().estimatedRows(2_500_000)).plan(NOON).warnings()).isEmpty();
    }
}
