package io.partitionkit.it.security;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Roles;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the role running a change may do is checked before the first statement: an attach conversion
 * run by the table's owner, who does not own a view over the table, a publication of it or a table
 * referencing it, is refused with the list of what is missing, and the table has no CHECK that
 * would refuse rows later. A statement_timeout that would cancel a long step is refused likewise.
 * And when the switch fails all the same, the boundary CHECK goes with it, so the table keeps taking
 * current rows; run again, the conversion completes.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunnerRoleIT {

    private static final String OWNER = "events_owner";
    private static final String PASSWORD = "pk-Owner-Lantern-3307";

    @BeforeAll
    void roles(TestDatabase db) {
        Roles.login(db, OWNER, PASSWORD);
        db.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + OWNER);
    }

    @Test
    void anAttachConversionListsEveryPrivilegeItsSwitchLacksBeforeItAddsAnything(TestDatabase db) {
        db.execute("CREATE SCHEMA lacking", "GRANT CREATE, USAGE ON SCHEMA lacking TO " + OWNER,
                "CREATE TABLE lacking.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, UNIQUE (id, created_at))",
                "INSERT INTO lacking.events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '1 hour' FROM generate_series(1, 100) i",
                "ALTER TABLE lacking.events OWNER TO " + OWNER,
                "CREATE VIEW lacking.recent AS SELECT * FROM lacking.events",
                "CREATE PUBLICATION lacking_pub FOR TABLE lacking.events",
                "CREATE TABLE lacking.notes (id int PRIMARY KEY, event_id bigint, event_at timestamptz, "
                        + "FOREIGN KEY (event_id, event_at) REFERENCES lacking.events (id, created_at))");
        RowFingerprint rows = db.fingerprint("lacking.events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON).as(OWNER, PASSWORD);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("lacking.xml", convert("lacking", ""))))
                .hasMessageContaining("role events_owner does not own view \"lacking\".\"recent\"")
                .hasMessageContaining("role events_owner does not own publication lacking_pub")
                .hasMessageContaining("role events_owner does not own \"lacking\".\"notes\", whose foreign key references");

        assertThat(db.column("SELECT conname FROM pg_constraint WHERE conrelid = 'lacking.events'::regclass AND contype = 'c'"))
                .as("no boundary CHECK").isEmpty();
        assertThat(db.column("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = 'lacking.events'::regclass ORDER BY 1"))
                .as("no index built").containsExactly("lacking.events_id_created_at_key", "lacking.events_pkey");
        assertThat(db.fingerprint("lacking.events")).isEqualTo(rows);
    }

    @Test
    void aStatementTimeoutThatWouldCancelTheCopyIsRefusedUpFront(TestDatabase db) {
        db.execute("CREATE SCHEMA timed", "GRANT CREATE, USAGE ON SCHEMA timed TO " + OWNER, "CREATE TABLE timed.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                "INSERT INTO timed.events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '1 hour' FROM generate_series(1, 100) i",
                "ALTER TABLE timed.events OWNER TO " + OWNER,
                "ALTER ROLE " + OWNER + " IN DATABASE \"" + db.name() + "\" SET statement_timeout = '30s'");
        try {
            LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON).as(OWNER, PASSWORD);

            assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("timed.xml", convert("timed", " strategy=\"copy\""))))
                    .hasMessageContaining("statement_timeout is 30000 ms (set for role events_owner in this database with ALTER ROLE ... IN DATABASE), "
                            + "but copying each range of rows runs as long as the table is big")
                    .hasMessageContaining("ALTER ROLE \"events_owner\" SET statement_timeout = 0");
            assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'timed.events'::regclass")).isEqualTo("r");
        } finally {
            db.execute("ALTER ROLE " + OWNER + " IN DATABASE \"" + db.name() + "\" RESET statement_timeout");
        }
    }

    @Test
    void aSwitchThatFailsAllTheSameTakesTheBoundaryCheckWithIt(TestDatabase db) {
        db.execute("CREATE SCHEMA failing", "GRANT CREATE, USAGE ON SCHEMA failing TO " + OWNER, "CREATE TABLE failing.events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                "INSERT INTO failing.events SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '1 hour' FROM generate_series(1, 100) i",
                "ALTER TABLE failing.events OWNER TO " + OWNER,
                "CREATE FUNCTION public.refuse_partitioned_tables() RETURNS event_trigger LANGUAGE plpgsql AS $f$BEGIN "
                        + "IF current_query() LIKE '%switch \"failing\".\"events\"%' THEN RAISE EXCEPTION 'the switch fails for this test'; "
                        + "END IF; END$f$",
                "CREATE EVENT TRIGGER refuse_switch ON ddl_command_start WHEN TAG IN ('CREATE TABLE') "
                        + "EXECUTE FUNCTION public.refuse_partitioned_tables()");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON).as(OWNER, PASSWORD);
        String changelog = liquibase.xmlChangelog("failing.xml", convert("failing", ""));
        try {
            assertThatThrownBy(() -> liquibase.update(changelog)).hasMessageContaining("the switch fails for this test")
                    .hasMessageContaining("To leave the table as it was, partitionkit then did: remove the CHECK events_partition_bound");
        } finally {
            db.execute("DROP EVENT TRIGGER refuse_switch");
        }

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'failing.events'::regclass")).isEqualTo("r");
        assertThat(db.column("SELECT conname FROM pg_constraint WHERE conrelid = 'failing.events'::regclass AND contype = 'c'"))
                .as("no CHECK left to refuse rows from the boundary on").isEmpty();
        db.execute("INSERT INTO failing.events VALUES (100001, '2026-12-24 18:00+00')", "DELETE FROM failing.events WHERE id = 100001");
        RowFingerprint rows = db.fingerprint("failing.events");

        liquibase.update(changelog);

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'failing.events'::regclass")).isEqualTo("p");
        assertThat(db.fingerprint("failing.events")).isEqualTo(rows);
    }

    private static String convert(String schema, String attributes) {
        return """
                <changeSet id="convert-%1$s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%1$s" tableName="events" column="created_at" interval="day"
                      premake="2"%2$s/>
                </changeSet>""".formatted(schema, attributes);
    }
}
