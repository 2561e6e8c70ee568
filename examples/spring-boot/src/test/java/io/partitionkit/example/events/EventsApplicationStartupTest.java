package io.partitionkit.example.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application itself, started twice against a real PostgreSQL, after its previous release ran
 * and wrote two weeks of events into the plain table. The first start converts the table (strategy
 * attach) without losing a row; the second runs only the maintenance changeset.
 */
@ExtendWith(OutputCaptureExtension.class)
class EventsApplicationStartupTest {

    private static final String TAG_BEFORE_PARTITIONING = "before-events-partitioning";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private static EmbeddedPostgres postgres;
    private static JdbcClient db;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE events").update();
        db = JdbcClient.create(postgres.getDatabase("postgres", "events"));
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void theFirstStartConvertsTheTableAndTheNextOnlyMaintainsIt(CapturedOutput output) throws Exception {
        previousReleaseWroteTwoWeeksOfEvents();
        assertThat(relkind()).isEqualTo("r");
        long lastHistoryId = db.sql("SELECT max(id) FROM events").query(Long.class).single();
        String history = fingerprint(lastHistoryId);
        OffsetDateTime beforeStart = OffsetDateTime.now(ZoneOffset.UTC);

        try (ConfigurableApplicationContext application = start()) {
            EventLog events = application.getBean(EventLog.class);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            assertThat(events.record("reminder", now.plusDays(2)).partition())
                    .as("a row two days ahead goes to its day's partition").isEqualTo(dayPartition(now.plusDays(2)));
            assertThat(events.record("reminder", now.plusDays(5)).partition()).isEqualTo(dayPartition(now.plusDays(5)));
        }

        assertThat(relkind()).as("partitioned").isEqualTo("p");
        assertThat(fingerprint(lastHistoryId)).as("every row of history, unchanged").isEqualTo(history);
        assertThat(db.sql("SELECT tableoid::regclass::text FROM events WHERE kind = 'application-started' AND id > :id")
                .param("id", lastHistoryId).query(String.class).list())
                .as("today's row: in the old table, which is now the partition below the boundary (attach), not in DEFAULT")
                .containsExactly("events_legacy");
        assertThat(output).contains("recorded event " + (lastHistoryId + 1) + " in events_legacy");
        assertThat(db.sql("SELECT count(*) FROM events_default").query(Long.class).single()).isZero();
        assertThat(changelog()).containsExactly(
                "create-events EXECUTED", "tag-before-events-partitioning EXECUTED", "partition-events EXECUTED",
                "events-maintenance EXECUTED");
        List<String> partitions = partitions();
        assertThat(partitions).as("the old table, premake 7 days ahead, and DEFAULT")
                .contains("events_legacy", dayPartition(beforeStart.plusDays(7)), "events_default");
        Map<String, Object> conversion = conversionRecord();
        long lastId = db.sql("SELECT max(id) FROM events").query(Long.class).single();
        String rows = fingerprint(lastId);

        try (ConfigurableApplicationContext application = start()) {
            String lastPremade = dayPartition(OffsetDateTime.now(ZoneOffset.UTC).plusDays(7));
            db.sql("DROP TABLE " + lastPremade).update();

            application.getBean(PartitionMaintenanceJob.class).maintain();

            assertThat(partitions()).as("the scheduled job made it again").contains(lastPremade);
            assertThat(output).contains("partitionkit maintenance ran 1 maintenance changeset(s)");
        }

        assertThat(changelog()).as("the conversion ran once; the maintenance changeset ran again (the job's run under the same "
                + "changeset, as start-up records it)").containsExactly(
                "create-events EXECUTED", "tag-before-events-partitioning EXECUTED", "partition-events EXECUTED",
                "events-maintenance RERAN");
        assertThat(conversionRecord()).isEqualTo(conversion);
        assertThat(partitions()).as("every partition still there (maintenance adds one only past midnight)").containsAll(partitions);
        assertThat(fingerprint(lastId)).isEqualTo(rows);
        assertThat(fingerprint(lastHistoryId)).isEqualTo(history);
    }

    /**
     * The previous release is this application stopped at the tag its next release sets before
     * converting ({@code spring.liquibase.tag} runs Liquibase's update-to-tag): DATABASECHANGELOG
     * then holds create-events under the file name and checksum Spring Boot records, as a database
     * that release created does. It wrote two weeks of events before the upgrade.
     */
    private static void previousReleaseWroteTwoWeeksOfEvents() {
        start("--spring.liquibase.tag=" + TAG_BEFORE_PARTITIONING).close();
        db.sql("INSERT INTO events (created_at, kind, payload) SELECT now() - interval '14 days' + i * interval '10 minutes', "
                + "'page-view', jsonb_build_object('n', i) FROM generate_series(0, 2015) i").update();
        db.sql("ANALYZE events").update();
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "events");
        all[1] = "--spring.datasource.username=postgres";
        all[2] = "--spring.datasource.password=";
        System.arraycopy(args, 0, all, 3, args.length);
        return SpringApplication.run(EventsApplication.class, all);
    }

    private static String relkind() {
        return db.sql("SELECT relkind::text FROM pg_class WHERE oid = 'events'::regclass").query(String.class).single();
    }

    private static String dayPartition(OffsetDateTime at) {
        return "events_p" + at.format(DAY);
    }

    /** Row count and an order-independent checksum of the rows up to {@code lastId}, each row as a whole. */
    private static String fingerprint(long lastId) {
        return db.sql("SELECT count(*) || ' ' || coalesce(sum(hashtextextended(e::text, 0)), 0) FROM events e WHERE id <= :id")
                .param("id", lastId).query(String.class).single();
    }

    private static List<String> changelog() {
        return db.sql("SELECT id || ' ' || exectype FROM databasechangelog ORDER BY orderexecuted").query(String.class).list();
    }

    private static Map<String, Object> conversionRecord() {
        return db.sql("SELECT dateexecuted, orderexecuted, md5sum, deployment_id FROM databasechangelog WHERE id = 'partition-events'")
                .query().singleRow();
    }

    private static List<String> partitions() {
        return db.sql("SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = 'events'::regclass ORDER BY 1").query(String.class).list();
    }
}
