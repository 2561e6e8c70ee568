package io.partitionkit.it.changelog;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.it.support.Uuidv7Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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

    /**
     * The inheritance-set example on the Heroku article's events table (with a primary key), daily
     * children and its routing trigger: the children become the partitions, maintenance runs, and
     * the rollback gives a plain table with every row.
     */
    @Test
    void theInheritanceSetExampleMakesTheChildrenPartitionsAndRollsBack(TestDatabase db) {
        db.execute("CREATE SCHEMA heroku", "CREATE TABLE heroku.events (uuid text PRIMARY KEY, name text, user_id bigint, "
                + "account_id bigint, created_at timestamptz NOT NULL)");
        StringBuilder routing = new StringBuilder();
        for (int day = 15; day <= 21; day++) {
            String bounds = "created_at >= '2026-11-" + day + " 00:00:00+00' AND created_at < '2026-11-" + (day + 1) + " 00:00:00+00'";
            db.execute("CREATE TABLE heroku.events_202611" + day + " (CHECK (" + bounds + ")) INHERITS (heroku.events)");
            routing.append(day == 15 ? "IF " : "ELSIF ").append(bounds.replace("created_at", "NEW.created_at"))
                    .append(" THEN INSERT INTO heroku.events_202611").append(day).append(" VALUES (NEW.*);\n");
        }
        db.execute("CREATE FUNCTION heroku.event_insert_trigger() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN\n" + routing
                        + "ELSE RAISE EXCEPTION 'Date out of range. Fix the event_insert_trigger() function!';\nEND IF;\nRETURN NULL;\nEND$$",
                "CREATE TRIGGER insert_event_trigger BEFORE INSERT ON heroku.events FOR EACH ROW EXECUTE PROCEDURE heroku.event_insert_trigger()",
                "INSERT INTO heroku.events SELECT 'e' || i, 'signup', i % 50, i % 5, timestamptz '2026-11-21 12:00+00' - i * interval '1 minute' "
                        + "FROM generate_series(1, 8000) i");
        RowFingerprint rows = db.fingerprint("heroku.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        db.execute("ALTER DATABASE \"" + db.name() + "\" SET search_path TO heroku");
        String example = "examples/events-inheritance-set.xml";

        liquibase.update(example);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'heroku.events'::regclass")).isEqualTo("p");
        // Partition names print unqualified: the database's search_path is heroku.
        assertThat(db.partitions("heroku.events")).filteredOn(partition -> partition.startsWith("events_202611")).hasSize(7);
        assertThat(db.fingerprint("heroku.events")).isEqualTo(rows);

        liquibase.rollbackToTag(example, "before-events-declarative");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'heroku.events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("heroku.events")).isEqualTo(rows);
        db.execute("ALTER DATABASE \"" + db.name() + "\" RESET search_path");
    }

    /**
     * The UUIDv7 example on a table keyed by UUIDv7 made in Java, with older keys of version 4: the
     * history goes into its days, the others into DEFAULT, maintenance runs, and the rollback gives a
     * plain table with every row.
     */
    @Test
    void theUuidv7ExampleFilesRowsByTheTimeInTheirKeysAndRollsBack(TestDatabase db) {
        db.execute("CREATE SCHEMA uuid_keys", "CREATE TABLE uuid_keys.events (id uuid PRIMARY KEY, note text)");
        Uuidv7Keys keys = new Uuidv7Keys(11);
        List<UUID> ids = new ArrayList<>();
        for (int hour = 0; hour < 72; hour++) {
            ids.add(keys.v7(Instant.parse("2026-11-18T12:00:00Z").plus(Duration.ofHours(hour))));
        }
        Uuidv7Keys.insert(db, "uuid_keys.events", ids, "event");
        Uuidv7Keys.insert(db, "uuid_keys.events", Stream.generate(keys::v4).limit(20).toList(), "legacy");
        RowFingerprint rows = db.fingerprint("uuid_keys.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        db.execute("ALTER DATABASE \"" + db.name() + "\" SET search_path TO uuid_keys");
        String example = "examples/events-uuidv7.xml";

        liquibase.update(example);
        // 2026-11-18 to 2026-11-28: the history's days, today and premake 7; DEFAULT keeps the version 4 keys.
        assertThat(db.longValue("SELECT count(*) FROM pg_inherits WHERE inhparent = 'uuid_keys.events'::regclass")).isEqualTo(12);
        assertThat(db.column("SELECT DISTINCT note FROM ONLY uuid_keys.events_default")).containsExactly("legacy");
        assertThat(db.longValue("SELECT count(*) FROM uuid_keys.events_p20261119")).isEqualTo(24);
        assertThat(db.fingerprint("uuid_keys.events")).isEqualTo(rows);

        liquibase.rollbackToTag(example, "before-events-uuidv7-partitioning");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'uuid_keys.events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("uuid_keys.events")).isEqualTo(rows);
        db.execute("ALTER DATABASE \"" + db.name() + "\" RESET search_path");
    }
}
