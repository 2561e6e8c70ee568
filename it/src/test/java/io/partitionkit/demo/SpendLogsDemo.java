package io.partitionkit.demo;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresServer;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partitions a million-row LiteLLM spend log on an embedded PostgreSQL with the example changelog,
 * shows what changed and what did not, and rolls it back: {@code mvn -B -Pdemo verify}. Every claim
 * it prints is checked; the run fails if one does not hold.
 */
public final class SpendLogsDemo {

    static final String CHANGELOG = "examples/spend-logs-partitioning.xml";
    static final String TAG = "before-spend-logs-partitioning";
    static final String CONVERSION_CHANGESET = "partition-spend-logs";
    static final int HISTORY_ROWS = 1_000_000;
    /** Days from now of the requests inserted while partitioned: today, two in premade partitions, one past them. */
    static final List<Integer> LIVE_ROW_DAYS = List.of(0, 2, 5, 10);

    private final DemoConsole console = new DemoConsole();
    private final Checks checks = new Checks(console);
    private TestDatabase database;
    private SpendLogsTable spendLogs;
    private PartitionCatalog partitions;
    private LiquibaseRunner liquibase;

    /** The table before the conversion, to compare with. */
    private RowFingerprint history;
    private List<Map<String, Object>> weeklyTotals;
    private SchemaSnapshot schemaBefore;

    public static void main(String[] args) {
        try {
            new SpendLogsDemo().run();
        } finally {
            PostgresServer.stopShared();
        }
    }

    private void run() {
        console.section("Start an embedded PostgreSQL", this::startPostgres);
        console.section("Create \"LiteLLM_SpendLogs\" with " + thousands(HISTORY_ROWS) + " requests over the last 60 days",
                this::createSpendLog);
        console.section("Preview: liquibase update-sql " + CHANGELOG, this::previewSql);
        console.section("liquibase update " + CHANGELOG, this::partition);
        console.section("The partitions", this::showPartitions);
        console.section("History is read through the same table name", this::readHistoryThroughTheParent);
        console.section("Partition pruning: a query on one day scans one partition", this::showPruning);
        console.section("New requests go to the partition of their day", this::insertWhilePartitioned);
        console.section("liquibase rollback --tag=" + TAG, this::rollBack);
        console.section("Summary", this::summarize);
        if (!checks.failures().isEmpty()) {
            throw new IllegalStateException("the demo's checks failed: " + String.join("; ", checks.failures()));
        }
    }

    private void startPostgres() {
        database = PostgresServer.shared().createDatabase("partitionkit_demo");
        spendLogs = new SpendLogsTable(database);
        partitions = new PartitionCatalog(database);
        liquibase = new LiquibaseRunner(database);
        console.say(database.value("SELECT version()"));
        console.say("database " + database.name() + " at " + database.jdbcUrl());
    }

    private void createSpendLog() {
        console.block(SpendLogsTable.CREATE + ";\n" + String.join(";\n", SpendLogsTable.KEYS_AND_INDEXES) + ";");
        spendLogs.create();
        console.timed("inserted " + thousands(HISTORY_ROWS) + " rows with INSERT ... SELECT FROM generate_series",
                () -> spendLogs.fill(HISTORY_ROWS));
        console.timed("built the primary key and indexes, analyzed", spendLogs::addKeysAndIndexes);
        history = spendLogs.fingerprint();
        weeklyTotals = spendLogs.weeklyTotals();
        schemaBefore = SchemaSnapshot.of(database);
        console.table(new TextTable(List.of(spendLogs.overview())));
        console.say("fingerprint (row count, order-independent checksum of every row): " + describe(history));
        checks.expectEqual((long) HISTORY_ROWS, history.rows(), "the table holds every generated request");
    }

    private void previewSql() {
        console.say("partitionkit plans against the live catalog, so this is what update would run now (excerpt):");
        String sql = LiquibaseConsole.call(() -> liquibase.updateSql(CHANGELOG));
        console.block(UpdateSqlExcerpt.of(sql, CONVERSION_CHANGESET));
    }

    private void partition() {
        console.say("tags the database '" + TAG + "', then converts the table to daily partitions on \"startTime\"");
        console.say("(strategy attach: the existing rows stay where they are and become the first partition)");
        LiquibaseConsole.run(() -> liquibase.update(CHANGELOG));
        checks.expectEqual("p", spendLogs.relkind(), "\"LiteLLM_SpendLogs\" is now a partitioned table (relkind 'p')");
    }

    private void showPartitions() {
        List<Map<String, Object>> rows = partitions.partitions();
        console.table(new TextTable(rows));
        Map<String, Object> first = rows.get(0);
        Map<String, Object> last = rows.get(rows.size() - 1);
        List<Map<String, Object>> premade = rows.subList(1, rows.size() - 1);
        checks.expect(SpendLogsTable.LEGACY_PARTITION.equals(first.get("partition"))
                        && first.get("bounds").toString().startsWith("FOR VALUES FROM (MINVALUE)"),
                "the old table is now partition " + SpendLogsTable.LEGACY_PARTITION + ", for every key below the conversion boundary");
        checks.expectEqual(history.rows(), first.get("actual_rows"), "it still holds the whole history: no row was copied or moved");
        checks.expect(!premade.isEmpty() && premade.stream().allMatch(p -> ((Number) p.get("actual_rows")).longValue() == 0),
                premade.size() + " daily partitions were made ahead of time, empty so far");
        checks.expect(SpendLogsTable.DEFAULT_PARTITION.equals(last.get("partition")) && "DEFAULT".equals(last.get("bounds")),
                "a DEFAULT partition catches keys past the premade days");
    }

    private void readHistoryThroughTheParent() {
        List<Map<String, Object>> weekly = spendLogs.weeklyTotals();
        console.table(new TextTable(weekly));
        RowFingerprint now = spendLogs.fingerprint();
        console.say("fingerprint now: " + describe(now));
        checks.expectEqual(weeklyTotals, weekly, "requests and spend per week are the same as before the conversion");
        checks.expectEqual(history, now, "row count and checksum are the same as before the conversion");
    }

    private void showPruning() {
        LocalDate lastDay = LocalDate.parse(database.value("SELECT max(\"startTime\")::date FROM " + SpendLogsTable.SQL_NAME));
        explainDay(lastDay, "the last day of history", SpendLogsTable.LEGACY_PARTITION);
        LocalDate ahead = lastDay.plusDays(3);
        explainDay(ahead, "a day three days ahead", SpendLogsTable.dailyPartition(ahead));
    }

    private void explainDay(LocalDate day, String description, String expectedPartition) {
        String from = day.toString();
        String to = day.plusDays(1).toString();
        console.say(description + ": " + partitions.spendBetween(from, to));
        String plan = partitions.explainSpendBetween(from, to);
        console.block(plan);
        checks.expectEqual(Set.of(expectedPartition), PartitionCatalog.scannedRelations(plan),
                "the plan scans only " + expectedPartition + ", none of the other " + (partitions.count() - 1) + " partitions");
    }

    private void insertWhilePartitioned() {
        List<Map<String, Object>> landed = spendLogs.insertLiveRows(LIVE_ROW_DAYS);
        console.table(new TextTable(landed));
        checks.expectEqual(SpendLogsTable.LEGACY_PARTITION, landed.get(0).get("stored_in_partition"),
                "a request from now lands in the old table, which takes keys up to the conversion boundary");
        for (Map<String, Object> row : landed.subList(1, landed.size() - 1)) {
            LocalDate day = LocalDate.parse(row.get("startTime").toString().substring(0, 10));
            checks.expectEqual(SpendLogsTable.dailyPartition(day), row.get("stored_in_partition"),
                    "a request on " + day + " lands in that day's partition");
        }
        checks.expectEqual(SpendLogsTable.DEFAULT_PARTITION, landed.get(landed.size() - 1).get("stored_in_partition"),
                "a request past the premade days lands in the DEFAULT partition");
    }

    private void rollBack() {
        RowFingerprint live = spendLogs.fingerprintOfLiveRows();
        RowFingerprint expected = new RowFingerprint(history.rows() + live.rows(), history.checksum().add(live.checksum()));
        console.say("revertPartitioning copies the rows into a plain table in batches, while writes continue, then swaps it in");
        LiquibaseConsole.run(() -> liquibase.rollbackToTag(CHANGELOG, TAG));
        RowFingerprint after = spendLogs.fingerprint();
        SchemaSnapshot schemaAfter = SchemaSnapshot.of(database);
        console.say("the table and everything around it now:");
        console.block(String.join("\n", schemaAfter.objects()));
        console.say("fingerprint now: " + describe(after));
        checks.expectEqual("r", spendLogs.relkind(), "\"LiteLLM_SpendLogs\" is a plain table again (relkind 'r')");
        checks.expectEqual(expected, after, "every row is there: the history plus the " + live.rows() + " requests inserted while partitioned");
        checks.expectEqual("PRIMARY KEY (request_id)", spendLogs.primaryKey(), "the primary key is (request_id) again");
        List<String> differences = schemaBefore.differencesTo(schemaAfter);
        differences.forEach(console::say);
        checks.expect(differences.isEmpty(), "the schema is as before the conversion: same columns, indexes, constraints;"
                + " no partitions, helper tables, triggers or functions left");
        // Liquibase rolls back the tagDatabase changeset too (unless it sets keepTagOnRollback): only the conversion matters here.
        checks.expect(!database.column("SELECT id FROM databasechangelog").contains(CONVERSION_CHANGESET),
                "Liquibase no longer records the conversion, so a later update would convert again");
    }

    private void summarize() {
        console.say(checks.passed() + " checks passed, " + checks.failures().size() + " failed; the demo took "
                + DemoConsole.seconds(console.elapsed()));
        checks.failures().forEach(failure -> console.say("FAILED: " + failure));
    }

    private static String describe(RowFingerprint fingerprint) {
        return thousands(fingerprint.rows()) + " rows, checksum " + fingerprint.checksum();
    }

    private static String thousands(long number) {
        return String.format("%,d", number);
    }
}
