package io.partitionkit.it.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A day-partitioned timestamptz table converted by partitionkit (a legacy partition, a DEFAULT one,
 * a foreign key out of it and one into it) is one table to Liquibase's snapshot, diff and
 * diff-changelog, and the changelog diff-changelog writes recreates it partitioned on an empty database.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConvertedTableChangelogIT {

    private final Commands liquibase = new Commands();

    @BeforeAll
    void convertedTable(TestDatabase db) {
        db.execute("CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL)",
                "CREATE TABLE events (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, "
                        + "created_at timestamptz NOT NULL DEFAULT now(), kind text NOT NULL)",
                "CREATE INDEX events_kind ON events (kind, created_at)",
                "CREATE TABLE audit (id bigint PRIMARY KEY, event_id bigint NOT NULL, event_created_at timestamptz NOT NULL)",
                "INSERT INTO customers VALUES (1, 'one')",
                "INSERT INTO events SELECT i, 1, now() - i * interval '1 hour', 'k' || i % 3 FROM generate_series(1, 100) i");
        LiquibaseRunner runner = new LiquibaseRunner(db);
        runner.update(runner.xmlChangelog("convert.xml", """
                <changeSet id="partition-events" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="5"/>
                </changeSet>
                <changeSet id="audit-references-events" author="test">
                  <addForeignKeyConstraint baseTableName="audit" baseColumnNames="event_id,event_created_at" constraintName="audit_event_fkey"
                      referencedTableName="events" referencedColumnNames="id,created_at"/>
                </changeSet>
                """));
        assertThat(db.partitions("events")).as("converted: legacy, DEFAULT and day partitions").hasSizeGreaterThan(4)
                .anyMatch(partition -> partition.startsWith("events_legacy FOR VALUES FROM (MINVALUE)"))
                .contains("events_default DEFAULT");
    }

    @Test
    void theSnapshotHoldsThePartitionedTableButNoPartitionNorWhatBelongsToOne(TestDatabase db) {
        DatabaseSnapshot snapshot = liquibase.snapshot(db);

        assertThat(Commands.names(snapshot, Table.class)).containsExactly("audit", "customers", "databasechangelog",
                "databasechangeloglock", "events");
        assertThat(Commands.names(snapshot, PrimaryKey.class)).containsExactly("audit_pkey", "customers_pkey", "databasechangeloglock_pkey",
                "events_pkey");
        assertThat(Commands.names(snapshot, Index.class)).allMatch(index -> !index.startsWith("events_") || List.of("events_kind",
                "events_pkey").contains(index), "only the partitioned table's own indexes");
        assertThat(Commands.names(snapshot, ForeignKey.class)).as("not the constraints PostgreSQL adds per partition")
                .containsExactly("audit_event_fkey", "events_customer_id_fkey");
        assertThat(Commands.names(snapshot, UniqueConstraint.class)).isEmpty();
        Table events = snapshot.get(Table.class).stream().filter(table -> table.getName().equals("events")).findFirst().orElseThrow();
        assertThat(events.getAttribute("partitionkitColumn", String.class)).isEqualTo("created_at");
        assertThat(events.getAttribute("partitionkitInterval", String.class)).isEqualTo("day");
    }

    @Test
    void diffChangelogRecreatesTheTablePartitionedAndMaintainedOnAnEmptyDatabase(TestDatabase db) {
        TestDatabase empty = db.server().createDatabase(db.name() + "_empty");

        String changelog = liquibase.diffChangelog(db, empty, "recreate.xml");

        assertThat(changelog).contains("xmlns:partition=\"http://partitionkit.io/xml/ns/liquibase-partition\"",
                "http://partitionkit.io/xml/ns/liquibase-partition http://partitionkit.io/xml/ns/liquibase-partition/liquibase-partition-latest.xsd");
        assertThat(changelog).doesNotContain("tableName=\"events_", "referencedTableName=\"events_", "_fkey1");
        assertThat(GeneratedChangelogs.occurrences(changelog, "<createTable ")).isEqualTo(3);
        assertThat(GeneratedChangelogs.xmlChangeSetOf(changelog, "<partition:convertToRangePartitioned"))
                .contains("runInTransaction=\"false\"")
                .contains("<partition:convertToRangePartitioned column=\"created_at\" interval=\"day\" strategy=\"attach\" tableName=\"events\"/>")
                .doesNotContain("runAlways");
        assertThat(GeneratedChangelogs.xmlChangeSetOf(changelog, "<partition:ensurePartitions"))
                .contains("runAlways=\"true\"", "runInTransaction=\"false\"",
                        "<partition:ensurePartitions column=\"created_at\" interval=\"day\" tableName=\"events\"/>");
        assertThat(changelog.indexOf("<createTable tableName=\"events\"")).isLessThan(changelog.indexOf("<partition:convertToRangePartitioned"));

        liquibase.update(empty, "recreate.xml");

        assertThat(TableShape.of(empty, "events")).isEqualTo(TableShape.of(db, "events"))
                .containsEntry("relkind", "p").containsEntry("partition key", "RANGE (created_at)").containsEntry("DEFAULT partition", "1");
        assertThat(TableShape.of(empty, "audit")).isEqualTo(TableShape.of(db, "audit"));
        assertThat(empty.column("SELECT count(*) FROM pg_inherits WHERE inhparent = 'events'::regclass").get(0))
                .as("partitions from today on").isNotEqualTo("0");

        String diff = liquibase.diff(db, empty);

        for (String type : List.of("Table", "Index", "Primary Key", "Foreign Key", "Unique Constraint")) {
            assertThat(diff).as(diff).contains("Missing " + type + "(s): NONE", "Unexpected " + type + "(s): NONE");
        }
        assertThat(diff).contains("Changed Table(s): NONE");
    }
}
