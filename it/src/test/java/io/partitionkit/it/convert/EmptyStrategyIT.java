package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Strategy empty: the table starts over empty and partitioned, the old one is kept aside for a
 * manual backfill; rolling back folds the old rows and the new ones into one plain table again.
 */
@ExtendWith(PostgresExtension.class)
class EmptyStrategyIT {

    @Test
    void startsEmptyKeepsTheOldTableAsideAndRollsBackWithEveryRow(TestDatabase db) {
        db.execute("CREATE TABLE spend_logs (request_id text PRIMARY KEY, \"startTime\" timestamp(3) NOT NULL, spend numeric NOT NULL)",
                "CREATE INDEX spend_logs_start_idx ON spend_logs (\"startTime\")",
                "CREATE INDEX \"LiteLLM_api_key\" ON spend_logs (spend)",
                "INSERT INTO spend_logs SELECT 'r' || i, timestamp '2026-11-21 12:00' - i * interval '1 minute', i FROM generate_series(1, 2000) i");
        Map<String, Object> original = CatalogDiff.properties(db, "public", "spend_logs");
        RowFingerprint oldRows = db.fingerprint("spend_logs");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("empty.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="spend_logs" column="startTime" interval="day" premake="1"
                      strategy="empty" legacyTableName="spend_logs_before"/>
                </changeSet>""");

        liquibase.update(changelog);

        assertThat(db.longValue("SELECT count(*) FROM spend_logs")).isZero();
        assertThat(db.fingerprint("spend_logs_before")).isEqualTo(oldRows);
        assertThat(db.column("SELECT c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                + "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'spend_logs'::regclass ORDER BY 1")).containsExactly(
                "spend_logs_default DEFAULT",
                "spend_logs_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00') TO ('2026-11-22 00:00:00')",
                "spend_logs_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00') TO ('2026-11-23 00:00:00')");
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'spend_logs_before'::regclass ORDER BY 1"))
                .containsExactly("\"LiteLLM_api_key_legacy\"", "spend_logs_before_pkey", "spend_logs_before_start_idx");
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'spend_logs'::regclass ORDER BY 1"))
                .containsExactly("\"LiteLLM_api_key\"", "spend_logs_pkey", "spend_logs_start_idx");

        db.execute("INSERT INTO spend_logs VALUES ('new-1', '2026-11-21 13:00', 1), ('new-2', '2026-11-22 08:00', 2)",
                "INSERT INTO spend_logs SELECT * FROM spend_logs_before WHERE request_id IN ('r1', 'r2')",
                "UPDATE spend_logs SET spend = -1 WHERE request_id = 'r1'");
        RowFingerprint expected = db.fingerprint("(SELECT * FROM spend_logs UNION ALL SELECT * FROM spend_logs_before "
                + "WHERE request_id NOT IN (SELECT request_id FROM spend_logs))");

        liquibase.rollbackCount(changelog, 1);

        assertThat(db.fingerprint("spend_logs")).isEqualTo(expected);
        assertThat(db.value("SELECT spend FROM spend_logs WHERE request_id = 'r1'")).as("the partitioned version wins").isEqualTo("-1");
        assertThat(db.longValue("SELECT count(*) FROM spend_logs")).isEqualTo(2002);
        assertThat(CatalogDiff.properties(db, "public", "spend_logs")).isEqualTo(original);
        assertThat(db.column("SELECT relname FROM pg_class WHERE relname LIKE 'spend_logs_%' AND relkind IN ('r', 'p')")).isEmpty();
    }
}
