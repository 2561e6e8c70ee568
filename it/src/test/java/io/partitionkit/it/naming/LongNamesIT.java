package io.partitionkit.it.naming;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.UnitOutcome;
import io.partitionkit.core.status.StatusFacts;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.TableFacts;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tables whose names leave no room for a suffix: two of 60 bytes that differ only in their last
 * character, and two of 63 bytes of three-byte characters (where cutting at a byte count splits a
 * character) that differ only in their last one, all in one schema. Each is converted, maintained
 * (partitions created and dropped, DEFAULT emptied) and reverted. Every name partitionkit gives is
 * unique and at most 63 bytes, and PostgreSQL never has to truncate one (it would say so in a NOTICE).
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongNamesIT {

    private static final String SCHEMA = "long names";
    private static final String ASCII = "spend_logs_of_every_customer_and_every_model_in_each_region";
    private static final String JAPANESE = "支出記録".repeat(5);
    private static final List<String> TABLES = List.of(ASCII + "1", ASCII + "2", JAPANESE + "一", JAPANESE + "二");
    private static final Clock SIX_DAYS_LATER = at("2026-11-27T12:00:00Z");

    private TestDatabase db;
    private final Map<String, RowFingerprint> rowsBefore = new LinkedHashMap<>();
    private final Map<String, RowFingerprint> rowsAfterConversion = new LinkedHashMap<>();
    private final Map<String, List<String>> partitionsAfterConversion = new LinkedHashMap<>();
    private final Map<String, List<String>> partitionsAfterMaintenance = new LinkedHashMap<>();
    private final Map<String, RowFingerprint> unexpiredRows = new LinkedHashMap<>();
    private final Map<String, RowFingerprint> rowsAfterMaintenance = new LinkedHashMap<>();
    private List<MaintenanceReport> maintenance;
    private StatusFacts status;
    private final Map<String, RowFingerprint> rowsAfterRevert = new LinkedHashMap<>();
    private final Map<String, String> kindAfterRevert = new LinkedHashMap<>();
    private List<String> messages;

    @BeforeAll
    void convertMaintainAndRevert(TestDatabase db) throws SQLException {
        this.db = db;
        assertThat(TABLES).allMatch(table -> bytes(table) >= 60 && bytes(table) <= 63);
        db.execute("CREATE SCHEMA \"" + SCHEMA + "\"");
        for (String table : TABLES) {
            db.execute("CREATE TABLE " + qualified(table) + " (id bigint PRIMARY KEY, at timestamptz NOT NULL, note text)",
                    "CREATE INDEX ON " + qualified(table) + " (note)",
                    "INSERT INTO " + qualified(table) + " SELECT i, timestamptz '2026-11-21 06:00+00' - i * interval '1 hour', 'n' || i "
                            + "FROM generate_series(1, 40) i");
            rowsBefore.put(table, db.fingerprint(qualified(table)));
        }
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String conversions = liquibase.xmlChangelog("long-conversions.xml", """
                <changeSet id="before" author="test">
                  <tagDatabase tag="before-partitioning"/>
                </changeSet>
                """ + changeSets(table -> """
                <changeSet id="convert-%s" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned %s interval="day" premake="3"/>
                </changeSet>
                """.formatted(table, attributes(table))));
        liquibase.update(conversions);
        for (String table : TABLES) {
            rowsAfterConversion.put(table, db.fingerprint(qualified(table)));
            partitionsAfterConversion.put(table, partitions(table));
            db.execute("INSERT INTO " + qualified(table) + " VALUES (100, '2026-11-24 13:00+00', 'kept'), (101, '2026-11-28 00:00+00', 'in DEFAULT')");
            unexpiredRows.put(table, db.fingerprint("(SELECT * FROM " + qualified(table) + " WHERE at >= '2026-11-24 12:00+00')"));
        }

        liquibase.withClock(SIX_DAYS_LATER);
        maintenance = Maintenance.update(liquibase, liquibase.xmlChangelog("long-maintenance.xml", changeSets(table -> Maintenance.changeSet(
                "maintain-" + table, attributes(table) + " interval=\"day\" premake=\"2\" retention=\"3 days\"")))).succeeded().reports();
        for (String table : TABLES) {
            partitionsAfterMaintenance.put(table, partitions(table));
            rowsAfterMaintenance.put(table, db.fingerprint(qualified(table)));
        }
        try (Connection connection = db.connect()) {
            status = new StatusReader(connection).read();
        }

        liquibase.rollbackToTag(conversions, "before-partitioning");
        for (String table : TABLES) {
            rowsAfterRevert.put(table, db.fingerprint(qualified(table)));
            kindAfterRevert.put(table, db.value("SELECT relkind FROM pg_class WHERE relname = '" + table + "'"));
        }
        messages = liquibase.messages();
    }

    @Test
    void eachConversionKeepsTheRowsAndGivesPartitionsNamesOfTheirOwn() {
        assertThat(rowsAfterConversion).isEqualTo(rowsBefore);
        for (String table : TABLES) {
            assertThat(partitionsAfterConversion.get(table)).hasSize(4).allSatisfy(partition -> assertNamedAfter(partition, table));
            assertThat(partitionsAfterConversion.get(table)).extracting(LongNamesIT::suffix)
                    .containsExactlyInAnyOrder("_default", "_legacy", "_p20261123", "_p20261124");
        }
        assertUnique(partitionsAfterConversion);
    }

    @Test
    void maintenanceCreatesAndDropsPartitionsOfEachTableUnderNamesOfTheirOwn() {
        assertThat(maintenance).hasSize(TABLES.size()).allSatisfy(report -> {
            assertThat(report.failed()).as(report.summary()).isFalse();
            assertThat(report.rowsMoved()).isEqualTo(1);
        });
        assertThat(rowsAfterMaintenance).isEqualTo(unexpiredRows);
        for (String table : TABLES) {
            assertThat(partitionsAfterMaintenance.get(table)).allSatisfy(partition -> assertNamedAfter(partition, table))
                    .extracting(LongNamesIT::suffix)
                    .containsExactlyInAnyOrder("_default", "_p20261124", "_p20261125", "_p20261126", "_p20261127", "_p20261128", "_p20261129");
        }
        assertUnique(partitionsAfterMaintenance);
    }

    @Test
    void statusReadsEveryTable() {
        assertThat(status.unreadable()).isEmpty();
        assertThat(status.tables()).extracting(facts -> facts.table().name()).containsExactlyInAnyOrderElementsOf(TABLES);
        assertThat(status.tables()).extracting(TableFacts::defaultRows).containsOnly(0L);
    }

    @Test
    void revertingGivesBackPlainTablesWithEveryRow() {
        assertThat(kindAfterRevert).containsOnlyKeys(TABLES).allSatisfy((table, kind) -> assertThat(kind).isEqualTo("r"));
        assertThat(rowsAfterRevert).isEqualTo(rowsAfterMaintenance);
        assertThat(db.column("SELECT relname FROM pg_class WHERE relnamespace = '\"" + SCHEMA + "\"'::regnamespace AND relkind IN ('r', 'p')"))
                .containsExactlyInAnyOrderElementsOf(TABLES);
    }

    @Test
    void postgresqlNeverTruncatedAName() {
        List<String> serverMessages = new ArrayList<>(messages);
        maintenance.stream().flatMap(report -> report.outcomes().stream()).map(UnitOutcome::messages).forEach(serverMessages::addAll);
        assertThat(serverMessages).as("the server's notices are heard").anyMatch(message -> message.startsWith("partitionkit: copied "))
                .anyMatch(message -> message.startsWith("partitionkit: moved "))
                .noneMatch(message -> message.contains("will be truncated"));
    }

    /** A partition name keeps the start of the table's name, whole characters only, and ends in its suffix. */
    private static void assertNamedAfter(String partition, String table) {
        assertThat(bytes(partition)).isLessThanOrEqualTo(63);
        String stem = partition.substring(0, partition.length() - suffix(partition).length());
        String kept = stem.equals(table) ? stem : stem.replaceFirst("_[0-9a-f]{8}$", "");
        assertThat(table).as("%s is named after its table", partition).startsWith(kept);
        assertThat(bytes(kept)).as("%s keeps most of the table's name", partition).isGreaterThanOrEqualTo(40);
    }

    private static String suffix(String partition) {
        return partition.substring(partition.lastIndexOf('_'));
    }

    private static void assertUnique(Map<String, List<String>> partitions) {
        List<String> all = partitions.values().stream().flatMap(List::stream).toList();
        Set<String> distinct = new HashSet<>(all);
        assertThat(distinct).hasSize(all.size());
    }

    private List<String> partitions(String table) {
        return db.column("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"
                + qualified(table) + "'::regclass ORDER BY 1");
    }

    private static String changeSets(Function<String, String> changeSet) {
        return TABLES.stream().map(changeSet).collect(Collectors.joining());
    }

    private static String attributes(String table) {
        return "schemaName=\"" + SCHEMA + "\" tableName=\"" + table + "\" column=\"at\"";
    }

    private static String qualified(String table) {
        return "\"" + SCHEMA + "\".\"" + table + "\"";
    }

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
