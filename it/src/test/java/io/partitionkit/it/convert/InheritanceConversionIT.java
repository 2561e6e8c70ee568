package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.InsertLoad;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.testing.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A table partitioned the way it was done before PostgreSQL 10, as the Heroku article on pg_partman
 * shows it: the events table, daily children {@code INHERITS (events)} each with its CHECK, and a
 * BEFORE INSERT trigger routing every row to its child. The conversion makes the children the
 * partitions of a declaratively partitioned events table while the application inserts through it;
 * rows the parent stored itself end in their partitions or DEFAULT; a rollback gives a plain table
 * with every row.
 */
@ExtendWith(PostgresExtension.class)
class InheritanceConversionIT {

    /** The days the set has children for, around noon on 21 November; 18 November was never made. */
    private static final List<String> DAYS = List.of("2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-19",
            "2026-11-20", "2026-11-21", "2026-11-22");
    private static final String INSERT = "INSERT INTO events (user_id, created_at, uuid, name) "
            + "VALUES (?, ?, gen_random_uuid()::text, 'load')";
    /** Rows of the load carry user ids from here. */
    private static final long FIRST_MARKER = 1_000_000_000L;

    @Test
    void theArticlesEventsTableBecomesDeclarativeUnderInsertLoadAndRollsBackToAPlainTable(TestDatabase db) {
        createEventsSet(db);
        RowFingerprint history = db.fingerprint("events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("inheritance.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="2" batchSize="20"/>
                </changeSet>""");

        InsertLoad load = InsertLoad.start(db, 3, INSERT, InsertLoad.keysWithin(Duration.ofHours(6), NOON.instant()), FIRST_MARKER);
        liquibase.update(changelog);
        load.stop();

        assertThat(load.failures()).as("failed inserts").isEmpty();
        assertThat(InsertLoad.mismatch(load.markers(key -> true),
                InsertLoad.markers(db, "SELECT user_id FROM events WHERE user_id >= " + FIRST_MARKER))).isEmpty();
        assertThat(db.fingerprint("(SELECT * FROM events WHERE user_id < " + FIRST_MARKER + ")")).isEqualTo(history);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("p");
        List<String> partitions = new ArrayList<>(DAYS.stream().map(day -> "events_" + day.replace("-", "") + " FOR VALUES FROM ('"
                + day + " 00:00:00+00') TO ('" + LocalDate.parse(day).plusDays(1) + " 00:00:00+00')").toList());
        partitions.add("events_default DEFAULT");
        partitions.add("events_p20261118 FOR VALUES FROM ('2026-11-18 00:00:00+00') TO ('2026-11-19 00:00:00+00')");
        partitions.add("events_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')");
        assertThat(db.partitions("public.events")).containsExactlyInAnyOrderElementsOf(partitions);
        // The rows the parent stored itself: in the child holding their day, in the partition made for the gap, in DEFAULT.
        assertThat(db.column("SELECT tableoid::regclass || ' ' || count(*) FROM events WHERE name = 'own' GROUP BY tableoid ORDER BY 1"))
                .containsExactly("events_20261115 50", "events_default 2", "events_p20261118 3");
        assertThat(db.column("SELECT tgname FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal")).isEmpty();
        assertThat(db.value("SELECT count(*) FROM pg_proc WHERE proname = 'event_insert_trigger'")).isEqualTo("1");
        assertThat(String.join("\n", liquibase.messages()))
                .contains("partitionkit: dropped the routing trigger insert_event_trigger of \"public\".\"events\"; its function "
                        + "\"public\".\"event_insert_trigger\" is left alone");
        // Every partition has the widened primary key and the parent's index; the child's own primary key on uuid alone is gone.
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'p'"))
                .isEqualTo("PRIMARY KEY (uuid, created_at)");
        assertThat(db.column("SELECT c.relname FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid "
                + "WHERE i.inhparent = 'events'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid "
                + "AND k.contype = 'p' AND pg_get_constraintdef(k.oid) = 'PRIMARY KEY (uuid, created_at)')")).isEmpty();
        assertThat(db.longValue("SELECT count(*) FROM pg_index x JOIN pg_inherits i ON i.inhrelid = x.indexrelid "
                + "WHERE i.inhparent = 'events_user_id_idx'::regclass")).isEqualTo(partitions.size());
        // The parent guards the rows: PUBLIC keeps SELECT on events, loses it on the child it had been granted.
        assertThat(db.value("SELECT has_table_privilege('public', 'events', 'SELECT')")).isEqualTo("true");
        assertThat(db.value("SELECT relacl::text LIKE '%=r/%' FROM pg_class WHERE relname = 'events_20261114'")).isEqualTo("false");

        RowFingerprint converted = db.fingerprint("events");
        liquibase.rollbackCount(changelog, 1);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("r");
        assertThat(db.value("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass")).isEqualTo("0");
        assertThat(db.fingerprint("events")).isEqualTo(converted);
    }

    /**
     * The switch attaches every child without reading it: its validated CHECK (validated online first
     * where it was NOT VALID) and NOT NULL prove the partition's bounds. The only rows read under the
     * lock are those the old parent still stored itself.
     */
    @Test
    void eachChildIsAttachedWithoutAScan(TestDatabase db) throws Exception {
        createEventsSet(db);
        Plan plan = Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 2, null, null, null, null, null, 20),
                NOON);

        Map<String, List<String>> byStep = Plans.debugMessagesByStep(db, plan);

        List<String> switchMessages = byStep.entrySet().stream().filter(step -> step.getKey().startsWith("switch "))
                .flatMap(step -> step.getValue().stream()).toList();
        assertThat(switchMessages).containsAll(DAYS.stream().map(day -> "partition constraint for table \"events_" + day.replace("-", "")
                + "\" is implied by existing constraints").toList());
        assertThat(switchMessages).noneMatch(message -> message.startsWith("verifying table \"events_2026"))
                .noneMatch(message -> message.startsWith("building index") && message.contains("on table \"events_2026"));
        assertThat(plan.steps()).extracting(Step::description)
                .anyMatch(step -> step.startsWith("validate CHECK events_20261122_bounds on \"public\".\"events_20261122\""))
                .anyMatch(step -> step.startsWith("move the rows stored in \"public\".\"events\" itself into the children"))
                .filteredOn(step -> step.startsWith("build the unique index")).hasSize(DAYS.size());
    }

    /** {@code update-sql} prints the whole conversion, the switch included, and changes nothing. */
    @Test
    void updateSqlPrintsTheConversionAndChangesNothing(TestDatabase db) {
        createEventsSet(db);
        Map<String, Object> before = SchemaState.of(db, "public");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        String sql = liquibase.updateSql(liquibase.xmlChangelog("inheritance.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="2"/>
                </changeSet>"""));

        assertThat(sql).contains("CREATE UNIQUE INDEX CONCURRENTLY \"events_20261114_partition_pkey\"",
                "ALTER TABLE \"public\".\"events_20261122\" VALIDATE CONSTRAINT \"events_20261122_bounds\"",
                "NO INHERIT \"public\".\"events_legacy\"", "ATTACH PARTITION \"public\".\"events_20261114\"",
                "DROP TABLE \"public\".\"events_legacy\"");
        assertThat(SchemaState.of(db, "public")).isEqualTo(before);
    }

    /**
     * A run stopped before its switch (lock_timeout, a deploy killed) leaves a working inheritance set:
     * the parent still routes inserts, every row is there, and the next run reuses what the first one
     * built and completes.
     */
    @Test
    void aRunStoppedBeforeTheSwitchLeavesAWorkingSetThatTheNextRunConverts(TestDatabase db) {
        createEventsSet(db);
        RowFingerprint before = db.fingerprint("events");
        Plan first = Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 2, null, null, null, null, null, 20),
                NOON);
        Plans.runFirst(db, first, Plans.indexOf(first, "switch "));

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("events")).isEqualTo(before);
        db.execute("INSERT INTO events VALUES ('between runs', 'event', 7, 7, '2026-11-21 12:30+00')");
        assertThat(db.value("SELECT tableoid::regclass FROM events WHERE uuid = 'between runs'")).isEqualTo("events_20261121");
        RowFingerprint between = db.fingerprint("events");

        Plan second = Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 2, null, null, null, null, null, 20),
                NOON);
        assertThat(second.steps()).extracting(Step::description).noneMatch(step -> step.startsWith("build "))
                .noneMatch(step -> step.startsWith("validate ")).noneMatch(step -> step.startsWith("move "));
        Plans.run(db, second, new PlanExecutor.Listener() { });

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("events")).isEqualTo(between);
    }

    /**
     * Once converted, the set is maintained like any partitioned table: three days later,
     * ensurePartitions premakes ahead, and retention drops the children whose days have passed,
     * whatever their names, and deletes the expired rows of DEFAULT and of the child the cutoff falls in.
     */
    @Test
    void theConvertedSetIsMaintainedLikeAnyPartitionedTable(TestDatabase db) {
        createEventsSet(db);
        Plans.run(db, Plans.conversion(db, ConversionOptions.parse(null, "events", "created_at", "day", 2, null, null, null, null, null,
                20), NOON), new PlanExecutor.Listener() { });
        RowFingerprint recent = db.fingerprint("(SELECT * FROM events WHERE created_at >= '2026-11-17 12:00+00')");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(TestClock.at("2026-11-24T12:00:00Z"));

        Maintenance.update(liquibase, liquibase.xmlChangelog("maintain.xml", Maintenance.changeSet("maintain",
                "tableName=\"events\" column=\"created_at\" interval=\"day\" premake=\"2\" retention=\"7 days\""))).succeeded();

        assertThat(db.partitions("public.events")).extracting(partition -> partition.substring(0, partition.indexOf(' ')))
                .containsExactly("events_20261117", "events_20261119", "events_20261120", "events_20261121", "events_20261122",
                        "events_default", "events_p20261118", "events_p20261123", "events_p20261124", "events_p20261125",
                        "events_p20261126");
        assertThat(db.longValue("SELECT count(*) FROM events_default")).isZero();
        assertThat(db.fingerprint("(SELECT * FROM events WHERE created_at >= '2026-11-17 12:00+00')")).isEqualTo(recent);
    }

    /**
     * The article's events table with a primary key (partitionkit needs one), an index, daily children
     * made the article's way (and two the way later tools made them: one LIKE the parent with its own
     * keys and indexes, one whose CHECK was added NOT VALID), its routing trigger, history inserted
     * through the parent, and rows the parent stores itself: 50 of a day a child holds, 3 of the day
     * without a child, 2 from before the first child.
     */
    private static void createEventsSet(TestDatabase db) {
        db.execute("DROP SCHEMA public CASCADE", "CREATE SCHEMA public", "SET TimeZone = 'UTC'",
                "CREATE TABLE events (uuid text PRIMARY KEY, name text, user_id bigint, account_id bigint, created_at timestamptz NOT NULL)",
                "CREATE INDEX events_user_id_idx ON events (user_id)");
        StringBuilder routing = new StringBuilder();
        for (String day : DAYS) {
            String child = "events_" + day.replace("-", "");
            String bounds = "created_at >= '" + day + " 00:00:00' AND created_at < '" + LocalDate.parse(day).plusDays(1) + " 00:00:00'";
            switch (day) {
                case "2026-11-21" -> db.execute("SET TimeZone = 'UTC'; CREATE TABLE " + child + " (LIKE events INCLUDING ALL, CHECK ("
                        + bounds + ")) INHERITS (events)");
                case "2026-11-22" -> db.execute("SET TimeZone = 'UTC'; CREATE TABLE " + child + " (LIKE events)",
                        "SET TimeZone = 'UTC'; ALTER TABLE " + child + " ADD CONSTRAINT " + child + "_bounds CHECK (" + bounds + ") NOT VALID",
                        "ALTER TABLE " + child + " INHERIT events");
                default -> db.execute("SET TimeZone = 'UTC'; CREATE TABLE " + child + " (CHECK (" + bounds + ")) INHERITS (events)");
            }
            routing.append(routing.isEmpty() ? "IF (" : "ELSIF (").append("NEW.").append(bounds.replace("AND created_at", "AND NEW.created_at"))
                    .append(") THEN INSERT INTO ").append(child).append(" VALUES (NEW.*);\n");
        }
        db.execute("CREATE OR REPLACE FUNCTION event_insert_trigger() RETURNS TRIGGER AS $$\nBEGIN\n" + routing
                        + "ELSE RAISE EXCEPTION 'Date out of range. Fix the event_insert_trigger() function!';\nEND IF;\nRETURN NULL;\nEND;\n$$ "
                        + "LANGUAGE plpgsql SET TimeZone = 'UTC'",
                "CREATE TRIGGER insert_event_trigger BEFORE INSERT ON events FOR EACH ROW EXECUTE PROCEDURE event_insert_trigger()",
                "INSERT INTO events SELECT 'h' || i, 'event', i % 100, i % 7, timestamptz '2026-11-14 00:00+00' "
                        + "+ (ARRAY[0, 1, 2, 3, 5, 6, 7])[1 + i % 7] * interval '1 day' + (i % 43200) * interval '1 second' "
                        + "FROM generate_series(1, 14000) i",
                "GRANT SELECT ON events TO PUBLIC",
                "GRANT SELECT ON events_20261114 TO PUBLIC",
                "ALTER TABLE events DISABLE TRIGGER insert_event_trigger",
                "INSERT INTO events SELECT 'own' || i, 'own', i, 0, timestamptz '2026-11-15 08:00+00' + i * interval '1 minute' "
                        + "FROM generate_series(1, 50) i",
                "INSERT INTO events SELECT 'own-gap' || i, 'own', i, 0, timestamptz '2026-11-18 08:00+00' + i * interval '1 minute' "
                        + "FROM generate_series(1, 3) i",
                "INSERT INTO events SELECT 'own-old' || i, 'own', i, 0, timestamptz '2026-11-10 08:00+00' + i * interval '1 minute' "
                        + "FROM generate_series(1, 2) i",
                "ALTER TABLE events ENABLE TRIGGER insert_event_trigger",
                "VACUUM ANALYZE events");
    }
}
