package io.partitionkit.it.golden;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.naming.HostileTable;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RichTable;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQL update-sql and rollback-sql print for the example changelogs and the test fixtures, with
 * the clock fixed, compared with files kept in {@code src/test/resources/golden}: a change to the
 * code that should not change what runs is proven not to. {@code -Dgolden.update=true} writes the
 * files instead (review the diff before committing it). The files are PostgreSQL 17's: other
 * versions print some definitions differently, so the comparison runs on 17 only.
 */
@ExtendWith(PostgresExtension.class)
class GoldenSqlIT {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @BeforeEach
    void onTheVersionTheFilesWereWrittenWith(TestDatabase db) {
        Assumptions.assumeTrue(db.server().majorVersion() == 17, "the golden files hold PostgreSQL 17's definitions");
    }

    @Test
    void theRichTableConvertedWithAttachAndRolledBack(TestDatabase db) {
        TestDatabase rich = db.server().createDatabase(db.name() + "_attach");
        RichTable.create(rich);
        conversionAndRollback(rich, "rich-attach", """
                <changeSet id="convert" author="golden" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="3"/>
                </changeSet>""");
    }

    @Test
    void theRichTableConvertedWithCopyAndRolledBack(TestDatabase db) {
        TestDatabase rich = db.server().createDatabase(db.name() + "_copy");
        RichTable.create(rich);
        conversionAndRollback(rich, "rich-copy", """
                <changeSet id="convert" author="golden" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="2"
                      strategy="copy" batchSize="500"/>
                </changeSet>""");
    }

    @Test
    void theRichTableConvertedWithEmptyAndRolledBack(TestDatabase db) {
        TestDatabase rich = db.server().createDatabase(db.name() + "_empty");
        RichTable.create(rich);
        rich.execute("DROP TABLE event_notes");
        conversionAndRollback(rich, "rich-empty", """
                <changeSet id="convert" author="golden" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="1"
                      strategy="empty"/>
                </changeSet>""");
    }

    @Test
    void hostileNamesConvertedAndRolledBack(TestDatabase db) {
        TestDatabase hostile = db.server().createDatabase(db.name() + "_hostile");
        HostileTable.create(hostile);
        conversionAndRollback(hostile, "hostile-attach", """
                <changeSet id="convert" author="golden" runInTransaction="false">
                  <partition:convertToRangePartitioned %s interval="day" premake="3"/>
                </changeSet>""".formatted(HostileTable.tableAttributes()));
    }

    @Test
    void theSpendLogExamplesAndTheirMaintenance(TestDatabase db) {
        db.execute("CREATE TABLE \"LiteLLM_SpendLogs\" (request_id text PRIMARY KEY, \"startTime\" timestamp(3) NOT NULL, "
                        + "spend double precision NOT NULL DEFAULT 0)",
                "INSERT INTO \"LiteLLM_SpendLogs\" SELECT 'req-' || i, timestamp '2026-11-21 12:00' - i * interval '5 minutes', i "
                        + "FROM generate_series(1, 3000) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String example = "examples/spend-logs-partitioning.xml";
        assertGolden("example-spend-logs-update", liquibase.updateSql(example));
        liquibase.update(example);
        assertGolden("example-spend-logs-rollback", liquibase.rollbackToTagSql(example, "before-spend-logs-partitioning"));

        db.execute("INSERT INTO \"LiteLLM_SpendLogs\" VALUES ('late-1', '2026-12-02 09:00', 1), ('late-2', '2026-12-31 23:00', 2)");
        LiquibaseRunner later = new LiquibaseRunner(db).withClock(Clock.offset(NOON, Duration.ofDays(12)));
        assertGolden("example-spend-logs-maintenance", later.updateSql("examples/spend-logs-maintenance.xml"));
    }

    @Test
    void theChatHistoryCopyExample(TestDatabase db) {
        db.execute("CREATE TABLE chats (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())",
                "CREATE TABLE chat_messages (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL, "
                        + "chat_id bigint NOT NULL REFERENCES chats (id), message text NOT NULL)",
                "CREATE INDEX chat_messages_created_at ON chat_messages (created_at)",
                "INSERT INTO chats (created_at) SELECT timestamptz '2026-11-18 00:00+00' + i * interval '1 hour' FROM generate_series(0, 71) i",
                "INSERT INTO chat_messages (created_at, chat_id, message) SELECT c.created_at + m * interval '1 minute', c.id, 'hello' "
                        + "FROM chats c CROSS JOIN generate_series(0, 29) m WHERE c.created_at + m * interval '1 minute' < "
                        + "timestamptz '2026-11-21 12:00+00'");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String example = "examples/chat-messages-history.xml";
        assertGolden("example-chat-update", liquibase.updateSql(example));
        liquibase.update(example);
        assertGolden("example-chat-rollback", liquibase.rollbackToTagSql(example, "before-chat-messages-partitioning"));
    }

    @Test
    void maintenanceOfIntegerAndTimeKeysWithEveryRetentionMode(TestDatabase db) {
        db.execute("CREATE SCHEMA attic",
                "CREATE TABLE counters (id bigint NOT NULL, at timestamptz NOT NULL DEFAULT now()) PARTITION BY RANGE (id)",
                "CREATE TABLE counters_default PARTITION OF counters DEFAULT",
                "CREATE TABLE counters_0 PARTITION OF counters FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE counters_1000 PARTITION OF counters FOR VALUES FROM (1000) TO (2000)",
                "CREATE TABLE counters_2000 PARTITION OF counters FOR VALUES FROM (2000) TO (3000)",
                "INSERT INTO counters (id) SELECT generate_series(1, 3500)",
                "CREATE TABLE visits (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at)",
                "CREATE TABLE visits_default PARTITION OF visits DEFAULT",
                "CREATE TABLE visits_20261102 PARTITION OF visits FOR VALUES FROM ('2026-11-02') TO ('2026-11-09')",
                "CREATE TABLE visits_20261109 PARTITION OF visits FOR VALUES FROM ('2026-11-09') TO ('2026-11-16')",
                "CREATE TABLE visits_20261116 PARTITION OF visits FOR VALUES FROM ('2026-11-16') TO ('2026-11-23')",
                "INSERT INTO visits SELECT i, date '2026-11-01' + i % 40 FROM generate_series(1, 400) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        assertGolden("maintenance", liquibase.updateSql(liquibase.xmlChangelog("maintain.xml", """
                <changeSet id="counters" author="golden" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="counters" column="id" interval="1000" premake="2" retention="1500"/>
                </changeSet>
                <changeSet id="visits-detach" author="golden" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="visits" column="at" interval="week" premake="2" retention="10 days"
                      retentionMode="archive" archiveSchema="attic" batchSize="100"/>
                </changeSet>""")));
    }

    private static void conversionAndRollback(TestDatabase db, String name, String changeSet) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog(name + ".xml", changeSet);
        assertGolden(name + "-update", liquibase.updateSql(changelog));
        liquibase.update(changelog);
        assertGolden(name + "-rollback", liquibase.rollbackCountSql(changelog, 1));
    }

    /** partitionkit's statements of the output, with what differs from run to run (advisory lock keys, from OIDs) masked. */
    private static void assertGolden(String name, String output) {
        List<String> statements = PrintedSql.partitionkitStatements(output);
        String actual = String.join(";\n\n", statements).replaceAll("pg_catalog\\.(pg_try_advisory_lock|pg_advisory_unlock|pg_advisory_xact_lock)\\(\\d+\\)",
                "pg_catalog.$1(<key>)") + ";\n";
        Path file = DIRECTORY.resolve(name + ".sql");
        try {
            if (UPDATE) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(statements).as("statements printed for " + name).isNotEmpty();
            assertThat(actual).as("the SQL of " + name + " against " + file + " (-Dgolden.update=true rewrites it)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
