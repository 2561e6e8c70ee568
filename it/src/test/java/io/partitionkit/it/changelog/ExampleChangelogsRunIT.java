package io.partitionkit.it.changelog;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each example changelog, as users copy it, converts its table and rolls back to its tag. */
@ExtendWith(PostgresExtension.class)
class ExampleChangelogsRunIT {

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

    @Test
    void theCopyExampleMovesChatHistoryIntoDailyPartitionsAndRollsBack(TestDatabase db) {
        db.execute("CREATE SCHEMA chat",
                "CREATE TABLE chat.chats (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())",
                "CREATE TABLE chat.chat_messages (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL, "
                        + "chat_id bigint NOT NULL REFERENCES chat.chats (id), message text NOT NULL)",
                "CREATE INDEX chat_messages_created_at ON chat.chat_messages (created_at)",
                "INSERT INTO chat.chats (created_at) SELECT timestamptz '2026-11-18 00:00+00' + i * interval '1 hour' FROM generate_series(0, 71) i",
                "INSERT INTO chat.chat_messages (created_at, chat_id, message) SELECT c.created_at + m * interval '1 minute', c.id, 'hello' "
                        + "FROM chat.chats c CROSS JOIN generate_series(0, 29) m WHERE c.created_at + m * interval '1 minute' < "
                        + "timestamptz '2026-11-21 12:00+00'");
        RowFingerprint rows = db.fingerprint("chat.chat_messages");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        db.execute("ALTER DATABASE \"" + db.name() + "\" SET search_path TO chat");
        String example = "examples/chat-messages-history.xml";

        liquibase.update(example);
        assertThat(db.column("SELECT c.relname || ' ' || (SELECT count(*) FROM chat.chat_messages m WHERE m.tableoid = c.oid) "
                + "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'chat.chat_messages'::regclass "
                + "AND c.relname <= 'chat_messages_p20261121' ORDER BY 1")).containsExactly(
                "chat_messages_default 0", "chat_messages_p20261118 720", "chat_messages_p20261119 720", "chat_messages_p20261120 720",
                "chat_messages_p20261121 " + (rows.rows() - 3 * 720));
        assertThat(db.fingerprint("chat.chat_messages")).isEqualTo(rows);

        liquibase.rollbackToTag(example, "before-chat-messages-partitioning");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'chat.chat_messages'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("chat.chat_messages")).isEqualTo(rows);
        db.execute("ALTER DATABASE \"" + db.name() + "\" RESET search_path");
    }
}
