package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RichTable;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Converts a table that carries every property and checks each one on the partitioned table. */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversionPropertiesIT {

    private TestDatabase db;
    private Map<String, Object> before;
    private RowFingerprint rowsBefore;
    private List<String> legacyIndexFilesBefore;

    @BeforeAll
    void convert(TestDatabase db) {
        this.db = db;
        RichTable.create(db);
        before = CatalogDiff.properties(db, "public", "events");
        rowsBefore = db.fingerprint("events");
        legacyIndexFilesBefore = indexFiles("events");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        liquibase.update(liquibase.xmlChangelog("convert.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="3"/>
                </changeSet>"""));
    }

    @Test
    void everyRowIsStillReadableThroughTheOriginalName() {
        assertThat(db.fingerprint("events")).isEqualTo(rowsBefore);
        assertThat(db.fingerprint("events_legacy")).isEqualTo(rowsBefore);
    }

    @Test
    void theOldTableIsTheFirstPartitionAndNewPartitionsFollowIt() {
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'events'::regclass")).isEqualTo("p");
        assertThat(db.value("SELECT pg_get_partkeydef('events'::regclass)")).isEqualTo("RANGE (created_at)");
        assertThat(partitions()).containsExactly(
                "events_default DEFAULT",
                "events_legacy FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00+00')",
                "events_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')",
                "events_p20261124 FOR VALUES FROM ('2026-11-24 00:00:00+00') TO ('2026-11-25 00:00:00+00')");
    }

    @Test
    void theSwitchBuiltNoIndexOnTheOldTable() {
        // The old primary key index is dropped for the ones built concurrently beforehand; every other index is the same file.
        assertThat(withoutPrimaryKey(indexFiles("events_legacy"))).containsExactlyInAnyOrderElementsOf(withoutPrimaryKey(legacyIndexFilesBefore));
    }

    @Test
    void columnsKeepTypesCollationsDefaultsIdentityAndGeneration() {
        assertThat(CatalogDiff.properties(db, "public", "events").get("columns")).isEqualTo(before.get("columns"));
    }

    @Test
    void thePrimaryKeyGainsThePartitionKeyAndRemembersWhatItWas() {
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'p'"))
                .isEqualTo("PRIMARY KEY (id, created_at)");
        assertThat(db.value("SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'p'"))
                .isEqualTo("the key\npartitionkit: primary key was (\"id\") before the partition key was added");
    }

    @Test
    void uniqueCheckAndExclusionConstraintsAndIndexesKeepTheirNames() {
        assertThat(db.column("SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM pg_constraint "
                + "WHERE conrelid = 'events'::regclass AND contype IN ('u', 'c', 'x') ORDER BY conname")).containsAll(List.of(
                "events_amount_nonnegative CHECK ((amount >= (0)::numeric)) true",
                "events_code_short CHECK ((length((code)::text) < 10)) NOT VALID false",
                "events_id_created_key UNIQUE (id, created_at) true"));
        if (db.server().majorVersion() >= 17) {
            assertThat(db.column("SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'x'"))
                    .containsExactly("events_no_twins");
        }
        assertThat(db.column("SELECT indexrelid::regclass || ' ' || pg_get_indexdef(indexrelid) FROM pg_index "
                + "WHERE indrelid = 'events'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid) ORDER BY 1"))
                .containsExactly(
                "events_created_brin CREATE INDEX events_created_brin ON ONLY public.events USING brin (created_at)",
                "events_note_lower_idx CREATE INDEX events_note_lower_idx ON ONLY public.events USING btree (lower(note))",
                "events_tenant_big_idx CREATE INDEX events_tenant_big_idx ON ONLY public.events USING btree (tenant_id) WHERE (amount > (100)::numeric)");
        assertThat(db.value("SELECT count(*) FROM pg_index WHERE indrelid = 'events'::regclass AND NOT indisvalid")).isEqualTo("0");
    }

    @Test
    void foreignKeysPointOutOfAndIntoThePartitionedTable() {
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'f'"))
                .isEqualTo("FOREIGN KEY (tenant_id) REFERENCES tenants(id) ON DELETE CASCADE");
        assertThat(db.value("SELECT confrelid::regclass || ' ' || convalidated FROM pg_constraint WHERE conname = 'event_notes_event_fk' "
                + "AND conparentid = 0")).isEqualTo("events true");
        String noteOnNewRow = rolledBack(statement -> {
            statement.execute("INSERT INTO events (created_at, tenant_id) VALUES ('2026-11-24 08:00+00', 3)");
            statement.execute("INSERT INTO event_notes (event_id, event_created_at) SELECT id, created_at FROM events "
                    + "WHERE created_at = '2026-11-24 08:00+00'");
            return single(statement, "SELECT e.tableoid::regclass FROM event_notes n JOIN events e ON e.id = n.event_id "
                    + "AND e.created_at = n.event_created_at WHERE e.created_at = '2026-11-24 08:00+00'");
        });
        assertThat(noteOnNewRow).isEqualTo("events_p20261124");
        String orphan = rolledBack(statement -> {
            try {
                statement.execute("INSERT INTO event_notes (event_id, event_created_at) VALUES (-1, '2026-11-24 08:00+00')");
                return "accepted";
            } catch (java.sql.SQLException e) {
                return e.getSQLState();
            }
        });
        assertThat(orphan).as("a note on a missing event is refused by the re-pointed foreign key").isEqualTo("23503");
    }

    @Test
    void triggersFireForNewRowsAndKeepTheirState() {
        assertThat(db.column("SELECT tgname || ' ' || tgenabled::text FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal "
                + "ORDER BY 1")).containsExactly("events_audit O", "events_disabled D", "events_stamp O");
        assertThat(this.<String>rolledBack(statement -> single(statement, "INSERT INTO events (created_at, tenant_id) "
                + "VALUES ('2026-11-24 09:00+00', 4) RETURNING payload->>'stamped'"))).isEqualTo("true");
    }

    @Test
    void rowLevelSecurityOwnerGrantsCommentsAndReplicaIdentityAreCarried() {
        Map<String, Object> after = CatalogDiff.properties(db, "public", "events");
        for (String property : List.of("owner", "row security", "policies", "grants", "comment", "replica identity", "triggers",
                "publications")) {
            assertThat(after.get(property)).as(property).isEqualTo(before.get(property));
        }
        assertThat(db.value("SELECT col_description('events'::regclass, 4)")).isNull();
        assertThat(db.value("SELECT col_description('events'::regclass, 5)")).isEqualTo("free text");
        assertThat(db.value("SELECT obj_description('events_note_lower_idx'::regclass, 'pg_class')")).isEqualTo("case-insensitive");
    }

    @Test
    void everyPartitionGetsStorageParametersOwnerAndReplicaIdentityButOnlyTheOwnersAccess() {
        assertThat(db.column("SELECT c.relname || ' ' || array_to_string(c.reloptions, ',') || ' toast=' || array_to_string(t.reloptions, ',') "
                + "|| ' ' || pg_get_userbyid(c.relowner) || ' ' || c.relreplident::text || ' ' || has_table_privilege('pk_app', c.oid, 'INSERT') "
                + "|| ' rls=' || c.relrowsecurity || ' forced=' || c.relforcerowsecurity || ' policies=' "
                + "|| (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) "
                + "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class t ON t.oid = c.reltoastrelid "
                + "WHERE i.inhparent = 'events'::regclass ORDER BY 1")).containsExactly(
                "events_default fillfactor=90,autovacuum_vacuum_scale_factor=0.05 toast=autovacuum_enabled=false pk_owner f false rls=true forced=false policies=0",
                "events_legacy fillfactor=90,autovacuum_vacuum_scale_factor=0.05 toast=autovacuum_enabled=false pk_owner f false rls=true forced=false policies=0",
                "events_p20261123 fillfactor=90,autovacuum_vacuum_scale_factor=0.05 toast=autovacuum_enabled=false pk_owner f false rls=true forced=false policies=0",
                "events_p20261124 fillfactor=90,autovacuum_vacuum_scale_factor=0.05 toast=autovacuum_enabled=false pk_owner f false rls=true forced=false policies=0");
    }

    @Test
    void thePublicationHoldsThePartitionedTableInsteadOfTheOldOne() {
        assertThat(db.column("SELECT prrelid::regclass::text FROM pg_publication_rel")).containsExactly("events");
    }

    @Test
    void viewsReadThePartitionedTable() {
        assertThat(db.value("SELECT pg_get_viewdef('recent_events'::regclass)")).contains("FROM events");
        assertThat(db.column("SELECT DISTINCT refobjid::regclass::text FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid "
                + "WHERE r.ev_class = 'recent_events'::regclass AND d.refobjid <> 'recent_events'::regclass")).containsExactly("events");
    }

    @Test
    void sequencesBelongToThePartitionedTableAndContinueAboveEveryId() {
        assertThat(db.column("SELECT s.relname || ' ' || d.refobjid::regclass || ' ' || d.deptype::text FROM pg_depend d "
                + "JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' WHERE d.refobjid IN ('events'::regclass, 'events_legacy'::regclass) "
                + "ORDER BY 1")).containsExactly("events_id_seq events i", "events_seq_no_seq events a");
        rolledBack(statement -> {
            try (ResultSet inserted = statement.executeQuery("INSERT INTO events (created_at, tenant_id) VALUES ('2026-11-21 13:00+00', 1) "
                    + "RETURNING id, seq_no, tableoid::regclass, (SELECT max(id) FROM events_legacy) AS max_legacy_id")) {
                inserted.next();
                assertThat(inserted.getLong("id")).isGreaterThan(inserted.getLong("max_legacy_id"));
                assertThat(inserted.getLong("seq_no")).isGreaterThan(RichTable.ROWS);
                assertThat(inserted.getString("tableoid")).isEqualTo("events_legacy");
            }
            // Retention will drop the legacy partition one day (detached first, as notes reference it); that must not
            // take the sequences with it.
            statement.execute("DELETE FROM event_notes");
            statement.execute("ALTER TABLE events DETACH PARTITION events_legacy");
            statement.execute("DROP TABLE events_legacy");
            assertThat(single(statement, "SELECT count(*) FROM pg_class WHERE relname IN ('events_id_seq', 'events_seq_no_seq')"))
                    .isEqualTo("2");
            assertThat(single(statement, "INSERT INTO events (created_at, tenant_id) VALUES ('2026-11-23 13:00+00', 1) "
                    + "RETURNING id IS NOT NULL AND seq_no IS NOT NULL")).isEqualTo("t");
            return null;
        });
    }

    @Test
    void rowsLandInThePartitionOfTheirKeyAndRecentQueriesTouchOnlyTheirPartitions() {
        assertThat(partitionFor("2026-11-20 10:00+00")).isEqualTo("events_legacy");
        assertThat(partitionFor("2026-11-23 10:00+00")).isEqualTo("events_p20261123");
        assertThat(partitionFor("2026-11-24 23:59:59.999+00")).isEqualTo("events_p20261124");
        assertThat(partitionFor("2027-01-01 00:00+00")).isEqualTo("events_default");
        String plan = String.join("\n", db.column("EXPLAIN (COSTS OFF) SELECT count(*) FROM events "
                + "WHERE created_at >= '2026-11-23 00:00+00' AND created_at < '2026-11-24 00:00+00'"));
        assertThat(plan).contains("events_p20261123").doesNotContain("events_legacy").doesNotContain("events_p20261124")
                .doesNotContain("events_default");
    }

    private String partitionFor(String createdAt) {
        return rolledBack(statement -> single(statement, "INSERT INTO events (created_at, tenant_id) VALUES ('" + createdAt
                + "', 2) RETURNING tableoid::regclass::text"));
    }

    private static List<String> withoutPrimaryKey(List<String> indexFiles) {
        return indexFiles.stream().filter(file -> !file.startsWith("events_pkey ")).toList();
    }

    /** Runs the writes of a test in a transaction that is rolled back, so tests do not see each other's rows. */
    private <T> T rolledBack(SqlWork<T> work) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                return work.run(statement);
            } finally {
                connection.rollback();
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Statement statement) throws java.sql.SQLException;
    }

    private static String single(Statement statement, String sql) throws java.sql.SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private List<String> partitions() {
        return db.column("SELECT c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                + "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass ORDER BY 1");
    }

    /** Each index of the table with the file it is stored in: a rebuilt index gets a new file. */
    private List<String> indexFiles(String table) {
        return db.column("SELECT CASE WHEN c.relname LIKE 'events_legacy_%' THEN 'events_' || substr(c.relname, 15) ELSE c.relname END "
                + "|| ' ' || c.relfilenode FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = '" + table
                + "'::regclass AND c.relname NOT IN ('events_partition_pkey', 'events_revert_pkey')");
    }
}
