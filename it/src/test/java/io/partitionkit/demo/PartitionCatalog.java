package io.partitionkit.demo;

import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PostgreSQL itself says about the spend log's partitions: bounds, rows, and which ones a query scans. */
final class PartitionCatalog {

    private static final String TABLE = SpendLogsTable.SQL_NAME;

    /** A relation a plan node reads, e.g. {@code Seq Scan on "LiteLLM_SpendLogs_p20260101"}. */
    private static final Pattern SCANNED = Pattern.compile(" on (\"(?:[^\"]|\"\")+\"|\\w+)");

    private final TestDatabase database;

    PartitionCatalog(TestDatabase database) {
        this.database = database;
    }

    /**
     * Every partition in key order (the MINVALUE one first, DEFAULT last) with its bounds, the
     * planner's estimate (-1 when never analyzed) and the actual count.
     */
    List<Map<String, Object>> partitions() {
        return database.rows("""
                WITH actual AS (SELECT tableoid AS oid, count(*) AS n FROM %s GROUP BY tableoid),
                     part AS (SELECT c.oid, c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound, c.reltuples
                              FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                              WHERE i.inhparent = %s)
                SELECT part.relname AS partition,
                       part.bound AS bounds,
                       part.reltuples::bigint AS estimated_rows,
                       coalesce(actual.n, 0) AS actual_rows
                FROM part LEFT JOIN actual USING (oid)
                ORDER BY CASE WHEN part.bound LIKE '%%MINVALUE%%' THEN 0 WHEN part.bound = 'DEFAULT' THEN 2 ELSE 1 END,
                         part.bound""".formatted(TABLE, SpendLogsTable.REGCLASS));
    }

    /** The plan, without costs, for the spend of requests that started in [from, to). */
    String explainSpendBetween(String from, String to) {
        List<String> lines = database.column("EXPLAIN (COSTS OFF) " + spendBetween(from, to));
        return String.join("\n", lines);
    }

    String spendBetween(String from, String to) {
        return "SELECT count(*), sum(spend) FROM " + TABLE + " WHERE \"startTime\" >= '" + from + "' AND \"startTime\" < '" + to + "'";
    }

    /** Names of the tables a plan reads, unquoted ("Bitmap Index Scan on" names an index, so it is left out). */
    static Set<String> scannedRelations(String plan) {
        Set<String> relations = new TreeSet<>();
        for (String line : plan.split("\n")) {
            if (line.contains("Scan") && !line.contains("Bitmap Index Scan")) {
                Matcher matcher = SCANNED.matcher(line.substring(line.indexOf("Scan")));
                if (matcher.find()) {
                    relations.add(unquote(matcher.group(1)));
                }
            }
        }
        return relations;
    }

    int count() {
        return Integer.parseInt(database.value("SELECT count(*) FROM pg_inherits WHERE inhparent = " + SpendLogsTable.REGCLASS));
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
    }
}
