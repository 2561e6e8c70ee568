package io.partitionkit.demo;

import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * LiteLLM's spend log as LiteLLM's Prisma schema creates it (mixed-case names, so every use is
 * quoted), filled with synthetic traffic, and the queries the demo asks of it.
 */
final class SpendLogsTable {

    static final String NAME = "LiteLLM_SpendLogs";
    static final String SQL_NAME = "\"" + NAME + "\"";
    static final String REGCLASS = "'" + SQL_NAME + "'::regclass";

    /** Where partitionkit's conversion puts the old table, and the partitions it creates (its naming rules). */
    static final String LEGACY_PARTITION = NAME + "_legacy";
    static final String DEFAULT_PARTITION = NAME + "_default";

    /** Rows the demo inserts while the table is partitioned carry this request_id prefix. */
    static final String LIVE_ROW_PREFIX = "demo-live-";

    /** LiteLLM's columns; the primary key and indexes come after the load, see {@link #KEYS_AND_INDEXES}. */
    static final String CREATE = """
            CREATE TABLE "LiteLLM_SpendLogs" (
                request_id        text NOT NULL,
                call_type         text NOT NULL,
                api_key           text,
                spend             double precision DEFAULT 0.0,
                total_tokens      int DEFAULT 0,
                prompt_tokens     int DEFAULT 0,
                completion_tokens int DEFAULT 0,
                "startTime"       timestamp(3) without time zone NOT NULL,
                "endTime"         timestamp(3),
                model             text DEFAULT '',
                "user"            text DEFAULT '',
                team_id           text,
                metadata          jsonb DEFAULT '{}'
            )""";

    /**
     * The primary key and indexes LiteLLM declares, built once after the bulk load: sorting a million
     * keys is far faster than inserting them into a b-tree one random key at a time.
     */
    static final List<String> KEYS_AND_INDEXES = List.of(
            "ALTER TABLE \"LiteLLM_SpendLogs\" ADD CONSTRAINT \"LiteLLM_SpendLogs_pkey\" PRIMARY KEY (request_id)",
            "CREATE INDEX \"LiteLLM_SpendLogs_startTime_idx\" ON \"LiteLLM_SpendLogs\" (\"startTime\")",
            "CREATE INDEX \"LiteLLM_SpendLogs_api_key_idx\" ON \"LiteLLM_SpendLogs\" (api_key)");

    /**
     * One request every 60 days / {rows}, the last one at now in UTC (the calendar partitionkit cuts
     * days in by default). Values vary by arithmetic on the series number, and the few hashed keys and
     * metadata documents are made once, because per-row hashing and JSON building would triple the time.
     * Deterministic apart from now(). The multiplier is odd, so request ids are unique below 2^32 rows.
     */
    private static final String FILL = """
            INSERT INTO "LiteLLM_SpendLogs"
            SELECT 'chatcmpl-' || lpad(to_hex(g * 2654435761 % 4294967296), 8, '0'),
                   CASE WHEN g % 10 = 0 THEN 'aembedding' ELSE 'acompletion' END,
                   api_keys[g % 40 + 1],
                   (g * 7919 % 3000 + 50) * 2.5e-6 + (g * 104729 % 900 + 10) * 1.0e-5,
                   (g * 7919 % 3000 + 50) + (g * 104729 % 900 + 10),
                   g * 7919 % 3000 + 50,
                   g * 104729 % 900 + 10,
                   window_start + g * step,
                   window_start + g * step + (g * 31 % 20000 + 150) * interval '1 millisecond',
                   (ARRAY['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet', 'llama-3.1-70b'])[g % 4 + 1],
                   'user-' || g % 1000,
                   'team-' || g % 12,
                   CASE WHEN g % 50 = 0 THEN failed ELSE succeeded[g % 12 + 1] END
            FROM (SELECT array_agg(md5('key-' || k) ORDER BY k) AS api_keys,
                         array_agg(jsonb_build_object('user_api_key_team_alias', 'team-' || k, 'status', 'success')
                                   ORDER BY k) AS succeeded,
                         '{"status": "failure"}'::jsonb AS failed,
                         date_trunc('second', now() AT TIME ZONE 'UTC') - interval '60 days' AS window_start,
                         interval '60 days' / {rows} AS step
                  FROM generate_series(0, 39) AS k) AS constants,
                 generate_series(1::bigint, {rows}) AS g""";

    private final TestDatabase database;

    SpendLogsTable(TestDatabase database) {
        this.database = database;
    }

    static String dailyPartition(LocalDate day) {
        return NAME + "_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    void create() {
        database.execute(CREATE);
    }

    void fill(int rows) {
        database.execute(FILL.replace("{rows}", Integer.toString(rows)));
    }

    void addKeysAndIndexes() {
        List<String> statements = new ArrayList<>();
        statements.add("SET maintenance_work_mem = '256MB'");
        statements.addAll(KEYS_AND_INDEXES);
        statements.add("ANALYZE " + SQL_NAME);
        database.execute(statements.toArray(String[]::new));
    }

    RowFingerprint fingerprint() {
        return database.fingerprint(SQL_NAME);
    }

    RowFingerprint fingerprintOfLiveRows() {
        return database.fingerprint("(SELECT * FROM " + SQL_NAME + " WHERE request_id LIKE '" + LIVE_ROW_PREFIX + "%')");
    }

    Map<String, Object> overview() {
        return database.rows("""
                SELECT count(*) AS rows,
                       pg_size_pretty(pg_total_relation_size(%s)) AS size_with_indexes,
                       min("startTime")::text AS first_request,
                       max("startTime")::text AS last_request
                FROM %s""".formatted(REGCLASS, SQL_NAME)).get(0);
    }

    /** Requests and spend per ISO week: the history a dashboard reads through the table's name. */
    List<Map<String, Object>> weeklyTotals() {
        return database.rows("""
                SELECT to_char(date_trunc('week', "startTime"), 'YYYY-MM-DD') AS week_starting,
                       count(*) AS requests,
                       round(sum(spend)::numeric, 2) AS spend_usd
                FROM %s GROUP BY 1 ORDER BY 1""".formatted(SQL_NAME));
    }

    /** The primary key as PostgreSQL prints it, e.g. {@code PRIMARY KEY (request_id)}. */
    String primaryKey() {
        return database.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'p' AND conrelid = " + REGCLASS);
    }

    /** The table's kind: 'r' for a plain table, 'p' for a partitioned one. */
    String relkind() {
        return database.value("SELECT relkind FROM pg_class WHERE oid = " + REGCLASS);
    }

    /** Inserts one request at each offset from now (in days, UTC) and returns where each row went. */
    List<Map<String, Object>> insertLiveRows(List<Integer> dayOffsets) {
        for (int days : dayOffsets) {
            database.execute("""
                    INSERT INTO %s (request_id, call_type, api_key, spend, total_tokens, prompt_tokens, completion_tokens,
                                    "startTime", "endTime", model, "user", team_id, metadata)
                    SELECT '%s' || %d, 'acompletion', md5('key-1'), 0.0042, 1200, 1000, 200,
                           t, t + interval '2 seconds', 'gpt-4o', 'user-1', 'team-1', '{"status": "success"}'
                    FROM (SELECT (now() AT TIME ZONE 'UTC')::timestamp(3) + %d * interval '1 day' AS t) AS now_utc
                    """.formatted(SQL_NAME, LIVE_ROW_PREFIX, days, days));
        }
        return database.rows("""
                SELECT request_id, "startTime"::text AS "startTime",
                       (SELECT relname FROM pg_class WHERE oid = s.tableoid)::text AS stored_in_partition
                FROM %s s WHERE request_id LIKE '%s%%' ORDER BY s."startTime\"""".formatted(SQL_NAME, LIVE_ROW_PREFIX));
    }
}
