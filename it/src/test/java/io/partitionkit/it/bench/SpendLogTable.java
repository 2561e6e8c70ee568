package io.partitionkit.it.bench;

import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A spend log shaped like LiteLLM's (about 200 bytes a row, a text primary key, an index on the
 * time column), its rows spread evenly over the 30 days from {@link #FIRST_DAY}: every day holds
 * exactly rows / 30 of them. Filled by one {@code INSERT ... SELECT} over generate_series with the
 * indexes built afterwards, so that 30,000,000 rows take minutes rather than hours.
 */
final class SpendLogTable {

    static final LocalDate FIRST_DAY = LocalDate.parse("2026-10-22");
    static final int DAYS = 30;

    /**
     * Values vary by arithmetic on the series number: per-row hashing or JSON building would triple
     * the time. The multiplier is odd, so request ids are unique below 2^32 rows, and scattered over
     * the primary key as LiteLLM's random ids are.
     */
    private static final String FILL = """
            INSERT INTO %1$s
            SELECT 'chatcmpl-' || lpad(to_hex(g * 2654435761 %% 4294967296), 8, '0'),
                   CASE WHEN g %% 10 = 0 THEN 'aembedding' ELSE 'acompletion' END,
                   api_keys[g %% 40 + 1],
                   (g * 7919 %% 3000 + 50) * 2.5e-6,
                   g * 7919 %% 3000 + 50,
                   g * 104729 %% 900 + 10,
                   start_time,
                   start_time + (g * 31 %% 20000 + 150) * interval '1 millisecond',
                   (ARRAY['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet', 'llama-3.1-70b'])[g %% 4 + 1],
                   'user-' || g %% 1000,
                   'team-' || g %% 12,
                   metadata[g %% 12 + 1]
            FROM (SELECT array_agg(md5('key-' || k) ORDER BY k) AS api_keys,
                         array_agg(jsonb_build_object('user_api_key_team_alias', 'team-' || k, 'status', 'success')
                                   ORDER BY k) AS metadata
                  FROM generate_series(0, 39) AS k) AS constants,
                 (SELECT g, timestamp '%2$s' + (g - 1) * (interval '%3$d days' / %4$d) AS start_time
                          FROM generate_series(1::bigint, %4$d) AS g) AS requests""";

    private final TestDatabase db;
    private final String name;

    private SpendLogTable(TestDatabase db, String name) {
        this.db = db;
        this.name = name;
    }

    /** Creates and fills the table, builds its primary key and index, and vacuums and analyzes it. */
    static SpendLogTable create(TestDatabase db, String name, int rows) {
        db.execute("CREATE TABLE " + name + " (request_id text NOT NULL, call_type text NOT NULL, api_key text, "
                        + "spend double precision, prompt_tokens int, completion_tokens int, start_time timestamp(3) NOT NULL, "
                        + "end_time timestamp(3), model text, user_id text, team_id text, metadata jsonb)",
                FILL.formatted(name, FIRST_DAY, DAYS, rows),
                "SET maintenance_work_mem = '512MB'",
                "ALTER TABLE " + name + " ADD PRIMARY KEY (request_id)",
                "CREATE INDEX " + name + "_start_time_idx ON " + name + " (start_time)",
                "VACUUM ANALYZE " + name);
        return new SpendLogTable(db, name);
    }

    String name() {
        return name;
    }

    /**
     * Partitions the table by day with strategy copy, as it is at {@code clock}, then drops the old
     * table it leaves behind: afterwards each of the 30 days is a partition of its own.
     */
    void convertToDaily(Clock clock) {
        Plans.run(db, Plans.conversion(db, ConversionOptions.parse(null, name, "start_time", "day", 7, "copy", null, null, null,
                null, 50_000), clock), new PlanExecutor.Listener() { });
        db.execute("DROP TABLE " + name + "_legacy", "VACUUM ANALYZE " + name);
    }

    /** The time column's literal for the end of the {@code days}-th day: rows before it are in days 1..days. */
    static String endOfDay(int days) {
        return "'" + FIRST_DAY.plusDays(days) + " 00:00:00'";
    }

    RowFingerprint fingerprint() {
        return db.fingerprint(name);
    }

    RowFingerprint fingerprintBefore(String time) {
        return db.fingerprint("(SELECT * FROM " + name + " WHERE start_time < " + time + ")");
    }

    /**
     * Bytes of the table's files on disk: heap, TOAST and indexes of the table, or of each of its
     * partitions when it is partitioned (pg_partition_tree lists nothing for a plain table, and the
     * partitioned table itself has no files).
     */
    long bytesOnDisk() {
        return db.longValue("SELECT sum(pg_total_relation_size(relid)) FROM (SELECT '" + name + "'::regclass AS relid "
                + "UNION SELECT relid FROM pg_partition_tree('" + name + "')) AS family");
    }

    /** Average bytes a row takes in the heap, from its first 10,000 rows. */
    long averageRowBytes() {
        return db.longValue("SELECT round(avg(pg_column_size(t.*))) FROM (SELECT * FROM " + name + " LIMIT 10000) t");
    }
}
