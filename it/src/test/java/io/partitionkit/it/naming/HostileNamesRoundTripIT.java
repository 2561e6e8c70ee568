package io.partitionkit.it.naming;

import static io.partitionkit.it.naming.HostileTable.CHILD;
import static io.partitionkit.it.naming.HostileTable.FOREIGN_KEY_IN;
import static io.partitionkit.it.naming.HostileTable.ID;
import static io.partitionkit.it.naming.HostileTable.KEY;
import static io.partitionkit.it.naming.HostileTable.NOTE;
import static io.partitionkit.it.naming.HostileTable.SCHEMA;
import static io.partitionkit.it.naming.HostileTable.TABLE;
import static io.partitionkit.it.naming.HostileTable.TENANT;
import static io.partitionkit.it.naming.HostileTable.VIEW;
import static io.partitionkit.it.naming.HostileTable.ident;
import static io.partitionkit.it.naming.HostileTable.literal;
import static io.partitionkit.it.naming.HostileTable.qualified;
import static io.partitionkit.it.naming.HostileTable.table;
import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Converts the {@link HostileTable} with strategy attach (or, in a subclass, copy) through Liquibase, writes to it while it is
 * partitioned, and rolls the conversion back: every name survives both ways, no injected statement
 * runs, and the reverted table is the original one.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileNamesRoundTripIT {

    private TestDatabase db;
    private Map<String, Object> original;
    private List<String> schemaObjectsBefore;
    private RowFingerprint rowsBefore;
    private RowFingerprint rowsAfterConversion;
    private List<String> partitionsAfterConversion;
    private String childKeyAfterConversion;
    private String stampedNote;
    private long viewRowsWhilePartitioned;
    private RowFingerprint rowsWhilePartitioned;
    private List<String> messages;

    @BeforeAll
    void convertWriteAndRollBack(TestDatabase db) {
        this.db = db;
        HostileTable.create(db);
        original = CatalogDiff.properties(db, SCHEMA, TABLE);
        schemaObjectsBefore = schemaObjects();
        rowsBefore = db.fingerprint(table());
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("hostile-round-trip.xml", """
                <changeSet id="before" author="test">
                  <tagDatabase tag="before-partitioning"/>
                </changeSet>
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned %s interval="day" premake="3" strategy="%s"/>
                </changeSet>""".formatted(HostileTable.tableAttributes(), strategy()));

        liquibase.update(changelog);
        rowsAfterConversion = db.fingerprint(table());
        partitionsAfterConversion = HostileTable.partitions(db);
        childKeyAfterConversion = db.value("SELECT confrelid::regclass::text || ' ' || convalidated FROM pg_constraint WHERE conname = "
                + literal(FOREIGN_KEY_IN));
        String t = table();
        db.execute(
                "INSERT INTO " + t + " (" + ident(KEY) + ", " + ident(TENANT) + ") VALUES ('2026-11-21 12:30+00', 1), "
                        + "('2026-11-23 08:00+00', 2), ('2027-03-01 00:00+00', 3)",
                "UPDATE " + t + " SET " + ident(NOTE) + " = 'updated ON x USING y' WHERE " + ident(ID) + " = 10",
                "DELETE FROM " + qualified(CHILD) + " WHERE " + ident("order id") + " = 20",
                "DELETE FROM " + t + " WHERE " + ident(ID) + " = 20");
        stampedNote = db.value("SELECT " + ident(NOTE) + " FROM " + t + " WHERE " + ident(KEY) + " = '2027-03-01 00:00+00'");
        viewRowsWhilePartitioned = db.longValue("SELECT count(*) FROM " + qualified(VIEW));
        rowsWhilePartitioned = db.fingerprint(t);

        liquibase.rollbackToTag(changelog, "before-partitioning");
        messages = liquibase.messages();
    }

    @Test
    void theConversionKeepsEveryRowAndNamesItsPartitionsAfterTheTable() {
        assertThat(rowsAfterConversion).isEqualTo(rowsBefore);
        assertThat(rowsBefore.rows()).isEqualTo(HostileTable.ROWS);
        assertThat(partitionsAfterConversion).containsExactlyElementsOf(expectedPartitions());
        assertThat(childKeyAfterConversion).isEqualTo(qualified(TABLE) + " true");
    }

    @Test
    void theTriggerAndTheViewWorkOnThePartitionedTable() {
        assertThat(stampedNote).isEqualTo("stamped ON x USING y");
        assertThat(viewRowsWhilePartitioned).isEqualTo(rowsWhilePartitioned.rows());
    }

    @Test
    void theRevertedTableIsTheOriginalOneWithEveryRowWrittenMeanwhile() {
        assertThat(CatalogDiff.properties(db, SCHEMA, TABLE)).isEqualTo(original);
        assertThat(db.fingerprint(table())).isEqualTo(rowsWhilePartitioned);
        assertThat(rowsWhilePartitioned.rows()).isEqualTo(HostileTable.ROWS + 3 - 1);
        assertThat(schemaObjects()).isEqualTo(schemaObjectsBefore);
        assertThat(db.value("SELECT " + ident(NOTE) + " FROM " + table() + " WHERE " + ident(ID) + " = 10"))
                .isEqualTo("updated ON x USING y");
    }

    @Test
    void noInjectedStatementRanAndNoNameWasTruncated() {
        assertThat(HostileTable.victimExists(db)).isTrue();
        assertThat(db.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")).isEqualTo("1");
        assertThat(messages).as("the server's notices are heard").anyMatch(message -> message.startsWith("partitionkit: revert "))
                .noneMatch(message -> message.contains("will be truncated"));
    }

    /** The strategy converting the table; {@link HostileNamesCopyRoundTripIT} runs the same round trip with copy. */
    String strategy() {
        return "attach";
    }

    List<String> expectedPartitions() {
        return List.of(
                TABLE + "_default DEFAULT",
                TABLE + "_legacy FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00+00')",
                TABLE + "_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')",
                TABLE + "_p20261124 FOR VALUES FROM ('2026-11-24 00:00:00+00') TO ('2026-11-25 00:00:00+00')");
    }

    /** Relations and functions in the schema: a round trip leaves exactly what was there. */
    private List<String> schemaObjects() {
        String schema = literal(ident(SCHEMA)) + "::regnamespace";
        return db.column("SELECT relname || ' ' || relkind::text FROM pg_class WHERE relnamespace = " + schema
                + " UNION ALL SELECT proname || '()' FROM pg_proc WHERE pronamespace = " + schema + " ORDER BY 1");
    }
}
