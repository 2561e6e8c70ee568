package io.partitionkit.it.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each example changelog, as users copy it, converts a spend log and rolls back to its tag. */
@ExtendWith(PostgresExtension.class)
class ExampleChangelogsRunIT {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {Changelogs.XML, Changelogs.YAML, Changelogs.JSON})
    void convertsTheSpendLogAndRollsBackToTheTag(String example, TestDatabase db) {
        String schema = "example_" + example.substring(example.lastIndexOf('.') + 1);
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".\"LiteLLM_SpendLogs\" (request_id text PRIMARY KEY, \"startTime\" timestamp(3) NOT NULL, "
                        + "spend double precision NOT NULL DEFAULT 0)",
                "INSERT INTO " + schema + ".\"LiteLLM_SpendLogs\" SELECT 'req-' || i, timestamp '2026-11-21 12:00' - i * interval '5 minutes', i "
                        + "FROM generate_series(1, 3000) i");
        String table = schema + ".\"LiteLLM_SpendLogs\"";
        RowFingerprint rows = db.fingerprint(table);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        db.execute("ALTER DATABASE \"" + db.name() + "\" SET search_path TO " + schema);

        liquibase.update(example);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + table + "'::regclass")).isEqualTo("p");
        assertThat(db.longValue("SELECT count(*) FROM pg_inherits WHERE inhparent = '" + table + "'::regclass")).isEqualTo(8);
        assertThat(db.fingerprint(table)).isEqualTo(rows);

        liquibase.rollbackToTag(example, "before-spend-logs-partitioning");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = '" + table + "'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint(table)).isEqualTo(rows);
        db.execute("ALTER DATABASE \"" + db.name() + "\" RESET search_path");
    }
}
