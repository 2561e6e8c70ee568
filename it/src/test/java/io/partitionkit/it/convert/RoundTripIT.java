package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RichTable;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Converts the table with every property, writes to it while it is partitioned, rolls the
 * conversion back with {@code liquibase rollback}, and compares the result with the original.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripIT {

    private TestDatabase db;
    private Map<String, Object> original;
    private List<String> schemaObjectsBefore;
    private RowFingerprint rowsWhilePartitioned;
    private long largestIdWhilePartitioned;

    @BeforeAll
    void convertWriteAndRollBack(TestDatabase db) {
        this.db = db;
        RichTable.create(db);
        original = CatalogDiff.properties(db, "public", "events");
        schemaObjectsBefore = schemaObjects();
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("round-trip.xml", """
                <changeSet id="before" author="test">
                  <tagDatabase tag="before-partitioning"/>
                </changeSet>
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="3"/>
                </changeSet>""");
        liquibase.update(changelog);
        db.execute(
                "INSERT INTO events (created_at, tenant_id, amount, note) VALUES "
                        + "('2026-11-21 12:30+00', 1, 5, 'legacy partition'), ('2026-11-23 08:00+00', 2, 6, 'new partition'), "
                        + "('2027-03-01 00:00+00', 3, 7, 'default partition')",
                "UPDATE events SET note = 'updated while partitioned' WHERE id = 10",
                "DELETE FROM event_notes WHERE event_id = 200",
                "DELETE FROM events WHERE id = 200",
                "INSERT INTO event_notes (event_id, event_created_at) SELECT id, created_at FROM events WHERE note = 'new partition'");
        rowsWhilePartitioned = db.fingerprint("events");
        largestIdWhilePartitioned = db.longValue("SELECT max(id) FROM events");
        liquibase.rollbackToTag(changelog, "before-partitioning");
    }

    @Test
    void theCatalogMatchesTheOriginalTable() {
        assertThat(CatalogDiff.properties(db, "public", "events")).isEqualTo(original);
    }

    @Test
    void everyRowIsBackIncludingThoseWrittenWhilePartitioned() {
        assertThat(db.fingerprint("events")).isEqualTo(rowsWhilePartitioned);
        assertThat(db.longValue("SELECT count(*) FROM events")).isEqualTo(RichTable.ROWS + 3 - 1);
        assertThat(db.value("SELECT note FROM events WHERE id = 10")).isEqualTo("updated while partitioned");
    }

    @Test
    void nothingIsLeftBehind() {
        assertThat(schemaObjects()).isEqualTo(schemaObjectsBefore);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("r");
    }

    @Test
    void foreignKeysInAndOutAreEnforcedAgainstThePlainTable() {
        assertThat(db.value("SELECT confrelid::regclass || ' ' || convalidated FROM pg_constraint WHERE conname = 'event_notes_event_fk'"))
                .isEqualTo("events true");
        assertThat(db.longValue("SELECT count(*) FROM event_notes n JOIN events e ON (e.id, e.created_at) = (n.event_id, n.event_created_at)"))
                .isEqualTo(db.longValue("SELECT count(*) FROM event_notes"));
    }

    @Test
    void sequencesContinueAboveEveryIdAndTheViewReadsThePlainTable() {
        long id = db.longValue("INSERT INTO events (created_at, tenant_id) VALUES (now(), 1) RETURNING id");
        assertThat(id).isGreaterThan(largestIdWhilePartitioned);
        assertThat(db.column("SELECT DISTINCT refobjid::regclass::text FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
                + "WHERE r.ev_class = 'recent_events'::regclass AND d.refobjid <> 'recent_events'::regclass")).containsExactly("events");
        assertThat(db.longValue("SELECT count(*) FROM recent_events WHERE id = " + id)).isEqualTo(1);
    }

    /** Relations and functions in the schema: a revert leaves exactly what was there. */
    private List<String> schemaObjects() {
        return db.column("SELECT relname || ' ' || relkind::text FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                + "AND relname NOT LIKE 'databasechangelog%' UNION ALL SELECT proname || '()' FROM pg_proc "
                + "WHERE pronamespace = 'public'::regnamespace ORDER BY 1");
    }
}
