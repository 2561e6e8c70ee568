package io.partitionkit.it.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.PartitionVolume;
import io.partitionkit.core.status.StatusFacts;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.TableFacts;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What partition:status reads from a real catalog: which tables, how big each partition is, what waits in DEFAULT. */
@ExtendWith(PostgresExtension.class)
class StatusReaderIT {

    private static TestDatabase db;
    private static StatusFacts facts;

    @BeforeAll
    static void read(TestDatabase database) throws SQLException {
        db = database;
        db.execute(
                "CREATE SCHEMA sales",
                "CREATE TABLE sales.orders (id bigint NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.orders_0 PARTITION OF sales.orders FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE sales.orders_1000 PARTITION OF sales.orders FOR VALUES FROM (1000) TO (2000)",
                "CREATE TABLE sales.orders_default PARTITION OF sales.orders DEFAULT",
                "INSERT INTO sales.orders VALUES (5), (1500), (7000), (7001)",
                "CREATE TABLE events (created_at timestamptz NOT NULL, payload text) PARTITION BY RANGE (created_at)",
                "CREATE TABLE events_y2026 PARTITION OF events FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00') "
                        + "PARTITION BY RANGE (created_at)",
                // Autovacuum would give a leaf a visibility map (a page) between the reader's sizes and the test's.
                "CREATE TABLE events_y2026h1 PARTITION OF events_y2026 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-07-01 00:00:00+00') "
                        + "WITH (autovacuum_enabled = false)",
                "CREATE TABLE events_y2026h2 PARTITION OF events_y2026 FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2027-01-01 00:00:00+00') "
                        + "WITH (autovacuum_enabled = false)",
                "INSERT INTO events SELECT timestamptz '2026-01-01 00:00:00+00' + n * interval '1 hour', repeat('x', 100) "
                        + "FROM generate_series(0, 8000) n",
                "ANALYZE events",
                "CREATE TABLE plain (id bigint)",
                "CREATE TABLE sales.tickets (id bigserial NOT NULL, note text) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.tickets_default PARTITION OF sales.tickets DEFAULT",
                "INSERT INTO sales.tickets (note) VALUES ('one'), ('two'), ('three')",
                "INSERT INTO sales.tickets VALUES (9000000000, 'chosen by a client')",
                "CREATE TABLE sales.unfed (id bigserial NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.unfed_default PARTITION OF sales.unfed DEFAULT",
                "INSERT INTO sales.unfed VALUES (DEFAULT), (DEFAULT), (500)",
                "ALTER TABLE sales.unfed ALTER COLUMN id DROP DEFAULT",
                "CREATE TABLE sales.loaded (id bigserial NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.loaded_default PARTITION OF sales.loaded DEFAULT",
                "INSERT INTO sales.loaded SELECT generate_series(1, 10)",
                "INSERT INTO sales.loaded VALUES (4000000000)",
                "CREATE TABLE sales.reloaded (id bigserial NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE sales.reloaded_default PARTITION OF sales.reloaded DEFAULT",
                "INSERT INTO sales.reloaded SELECT generate_series(1, 10)",
                "INSERT INTO sales.reloaded VALUES (4000000000)",
                "SELECT setval('sales.reloaded_id_seq', 11, false)");
        try (Connection connection = db.connect()) {
            facts = new StatusReader(connection).read();
        }
    }

    private static TableFacts table(String schema, String name) {
        return facts.tables().stream().filter(t -> t.table().equals(new QualifiedName(schema, name))).findFirst().orElseThrow();
    }

    @Test
    void readsEveryPartitionedTableOfEverySchemaButNotItsPartitions() {
        assertThat(facts.tables()).extracting(TableFacts::table)
                .containsExactly(new QualifiedName("public", "events"), new QualifiedName("sales", "loaded"),
                        new QualifiedName("sales", "orders"), new QualifiedName("sales", "reloaded"), new QualifiedName("sales", "tickets"),
                        new QualifiedName("sales", "unfed"));
        assertThat(facts.unreadable()).isEmpty();
    }

    @Test
    void countsTheRowsWaitingInDefaultAndReadsTheLargestIntegerKey() {
        TableFacts orders = table("sales", "orders");

        assertThat(orders.defaultRows()).isEqualTo(2);
        assertThat(orders.head()).contains(KeyHead.largest(7001, Optional.of(7000L)));
        assertThat(orders.keyColumn().name()).isEqualTo("id");
        assertThat(orders.volume(new QualifiedName("sales", "orders_0")).bytes()).isPositive();
    }

    @Test
    void theKeyHeadOfASerialKeyIsTheLargestKeyUpToWhatItsSequenceHandedOut() {
        assertThat(table("sales", "tickets").head()).contains(new KeyHead(3, Optional.of(2L),
                Optional.of(new KeyHead.FeedingSequence(new QualifiedName("sales", "tickets_id_seq"), Optional.of(3L)))));
        assertThat(table("sales", "unfed").head()).as("a sequence the column's default no longer calls feeds nothing")
                .contains(KeyHead.largest(500, Optional.of(2L)));
        assertThat(table("sales", "loaded").head()).as("a sequence never called handed out none of the keys")
                .contains(KeyHead.largest(4000000000L, Optional.of(10L)));
        assertThat(table("sales", "reloaded").head()).as("set to hand out 11 next: it stands at 10")
                .contains(new KeyHead(10, Optional.of(9L),
                        Optional.of(new KeyHead.FeedingSequence(new QualifiedName("sales", "reloaded_id_seq"), Optional.of(10L)))));
    }

    @Test
    void aSubPartitionedPartitionWeighsWhatItsPartitionsHold() {
        TableFacts events = table("public", "events");
        PartitionVolume year = events.volume(new QualifiedName("public", "events_y2026"));
        long h1 = events.volume(new QualifiedName("public", "events_y2026h1")).bytes();

        assertThat(year.estimatedRows()).isEqualTo(8001);
        assertThat(year.bytes()).isEqualTo(Long.parseLong(db.value("SELECT pg_total_relation_size('events_y2026h1') "
                + "+ pg_total_relation_size('events_y2026h2')")));
        assertThat(h1).as("only direct partitions are listed").isZero();
        assertThat(events.head()).as("time keys need no key head").isEqualTo(Optional.empty());
        assertThat(events.partitioning().partitions()).singleElement().satisfies(p -> assertThat(p.partitioned()).isTrue());
    }
}
