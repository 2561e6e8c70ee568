package io.partitionkit.it.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** drop-all empties a schema holding partitioned tables: converted ones, one partitioned by hand twice over, the table an empty conversion kept aside. */
@ExtendWith(PostgresExtension.class)
class DropAllIT {

    @Test
    void dropAllLeavesNothingBehind(TestDatabase db) {
        db.execute("CREATE TABLE customers (id bigint PRIMARY KEY)",
                "CREATE TABLE events (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers, created_at timestamptz NOT NULL)",
                "CREATE TABLE notes (id bigint PRIMARY KEY, written_at timestamptz NOT NULL)",
                "INSERT INTO events VALUES (1, NULL, now())",
                "CREATE TABLE bills (id bigint, issued_at date NOT NULL, PRIMARY KEY (id, issued_at)) PARTITION BY RANGE (issued_at)",
                "CREATE TABLE bills_2026 PARTITION OF bills FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY RANGE (issued_at)",
                "CREATE TABLE bills_2026_h1 PARTITION OF bills_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01')",
                "CREATE TABLE bills_2026_h2 PARTITION OF bills_2026 FOR VALUES FROM ('2026-07-01') TO ('2027-01-01')",
                "CREATE TABLE bills_rest PARTITION OF bills DEFAULT");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        liquibase.update(liquibase.xmlChangelog("convert.xml", """
                <changeSet id="partition-events" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day"/>
                </changeSet>
                <changeSet id="partition-notes" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="notes" column="written_at" interval="month" strategy="empty"/>
                </changeSet>
                <changeSet id="audit" author="test">
                  <createTable tableName="audit">
                    <column name="event_id" type="bigint"/>
                    <column name="event_created_at" type="timestamptz"/>
                  </createTable>
                  <addForeignKeyConstraint baseTableName="audit" baseColumnNames="event_id,event_created_at" constraintName="audit_event_fkey"
                      referencedTableName="events" referencedColumnNames="id,created_at"/>
                </changeSet>
                """));
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1"))
                .contains("events_legacy", "notes_legacy", "bills_2026_h1");

        new Commands().dropAll(db);

        assertThat(db.column("SELECT relname || ' ' || relkind::text FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1")).isEmpty();
    }
}
