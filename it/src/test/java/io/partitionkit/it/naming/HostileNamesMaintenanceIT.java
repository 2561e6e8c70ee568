package io.partitionkit.it.naming;

import static io.partitionkit.it.naming.HostileTable.CHILD;
import static io.partitionkit.it.naming.HostileTable.KEY;
import static io.partitionkit.it.naming.HostileTable.SCHEMA;
import static io.partitionkit.it.naming.HostileTable.TABLE;
import static io.partitionkit.it.naming.HostileTable.TENANT;
import static io.partitionkit.it.naming.HostileTable.ident;
import static io.partitionkit.it.naming.HostileTable.qualified;
import static io.partitionkit.it.naming.HostileTable.table;
import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.ReportLine;
import io.partitionkit.core.run.UnitOutcome;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.StatusAnalysis;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.core.status.StatusReportText;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@link HostileTable} (without the table referencing it) converted with strategy empty, then
 * maintained by ensurePartitions six days later: partitions are created, expired ones dropped, rows
 * waiting in DEFAULT moved, and what update-sql printed runs as it is on a twin database. Then
 * partition:status reads it and revertPartitioning folds the legacy table back in.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileNamesMaintenanceIT {

    private static final Clock SIX_DAYS_LATER = at("2026-11-27T12:00:00Z");
    private static final String CUTOFF = "'2026-11-24 12:00:00+00'";

    private TestDatabase db;
    private TestDatabase twin;
    private List<String> partitionsAfterConversion;
    private RowFingerprint unexpiredRows;
    private List<String> printedMaintenance;
    private MaintenanceReport maintenance;
    private List<String> partitionsAfterMaintenance;
    private RowFingerprint rowsAfterMaintenance;
    private long rowsInDefaultAfterMaintenance;
    private List<ReportLine> status;
    private RowFingerprint rowsBeforeRevert;
    private List<String> messages;

    @BeforeAll
    void convertMaintainAndRevert(TestDatabase db) throws SQLException {
        this.db = db;
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String conversion = convertAndWrite(db, liquibase);
        partitionsAfterConversion = HostileTable.partitions(db);
        unexpiredRows = db.fingerprint("(SELECT * FROM " + table() + " WHERE " + ident(KEY) + " >= " + CUTOFF + ")");
        twin = db.server().createDatabase(db.name() + "_twin");
        convertAndWrite(twin, new LiquibaseRunner(twin));

        liquibase.withClock(SIX_DAYS_LATER);
        String maintain = liquibase.xmlChangelog("hostile-maintenance.xml", Maintenance.changeSet("maintain",
                HostileTable.tableAttributes() + " interval=\"day\" premake=\"2\" retention=\"3 days\" batchSize=\"7\""));
        printedMaintenance = PrintedSql.runAsPrinted(twin, liquibase.updateSql(maintain));
        maintenance = Maintenance.update(liquibase, maintain).succeeded().report();
        partitionsAfterMaintenance = HostileTable.partitions(db);
        rowsAfterMaintenance = db.fingerprint(table());
        rowsInDefaultAfterMaintenance = db.longValue("SELECT count(*) FROM " + qualified(TABLE + "_default"));

        try (Connection connection = db.connect()) {
            StatusReport report = StatusAnalysis.analyze(new StatusReader(connection).read(), Map.of(), SIX_DAYS_LATER);
            status = StatusReportText.lines(report);
        }

        rowsBeforeRevert = db.fingerprint("(SELECT * FROM " + table() + " UNION ALL SELECT * FROM " + qualified(TABLE + "_legacy") + ")");
        liquibase.rollbackCount(conversion, 1);
        messages = liquibase.messages();
    }

    /**
     * Converts with strategy empty at noon on 2026-11-21 (partitions for the 21st to the 24th and a
     * DEFAULT), then writes a row on each of the 21st to the 24th, two on the 24th after the cutoff,
     * and three beyond the partitions (DEFAULT).
     */
    private static String convertAndWrite(TestDatabase db, LiquibaseRunner liquibase) {
        HostileTable.create(db);
        db.execute("DROP TABLE " + qualified(CHILD));
        liquibase.withClock(NOON);
        String changelog = liquibase.xmlChangelog("hostile-empty.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned %s interval="day" premake="3" strategy="empty"/>
                </changeSet>""".formatted(HostileTable.tableAttributes()));
        liquibase.update(changelog);
        db.execute("INSERT INTO " + table() + " (" + ident(KEY) + ", " + ident(TENANT) + ") SELECT k, 1 FROM unnest(ARRAY["
                + "'2026-11-21 01:00+00', '2026-11-22 01:00+00', '2026-11-23 01:00+00', '2026-11-24 01:00+00', '2026-11-24 13:00+00', "
                + "'2026-11-24 23:00+00', '2026-11-26 05:00+00', '2026-11-26 06:00+00', '2026-11-28 00:00+00']::timestamptz[]) k");
        return changelog;
    }

    @Test
    void strategyEmptyStartsTheTableEmptyAndKeepsTheOldOneAside() {
        assertThat(partitionsAfterConversion).containsExactly(
                TABLE + "_default DEFAULT",
                TABLE + "_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00+00') TO ('2026-11-22 00:00:00+00')",
                TABLE + "_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00+00') TO ('2026-11-23 00:00:00+00')",
                TABLE + "_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')",
                TABLE + "_p20261124 FOR VALUES FROM ('2026-11-24 00:00:00+00') TO ('2026-11-25 00:00:00+00')");
    }

    @Test
    void maintenanceCreatesDropsAndMovesRowsOutOfDefaultKeepingEveryUnexpiredRow() {
        assertThat(partitionsAfterMaintenance).containsExactly(
                TABLE + "_default DEFAULT",
                TABLE + "_p20261124 FOR VALUES FROM ('2026-11-24 00:00:00+00') TO ('2026-11-25 00:00:00+00')",
                TABLE + "_p20261125 FOR VALUES FROM ('2026-11-25 00:00:00+00') TO ('2026-11-26 00:00:00+00')",
                TABLE + "_p20261126 FOR VALUES FROM ('2026-11-26 00:00:00+00') TO ('2026-11-27 00:00:00+00')",
                TABLE + "_p20261127 FOR VALUES FROM ('2026-11-27 00:00:00+00') TO ('2026-11-28 00:00:00+00')",
                TABLE + "_p20261128 FOR VALUES FROM ('2026-11-28 00:00:00+00') TO ('2026-11-29 00:00:00+00')",
                TABLE + "_p20261129 FOR VALUES FROM ('2026-11-29 00:00:00+00') TO ('2026-11-30 00:00:00+00')");
        assertThat(rowsAfterMaintenance).isEqualTo(unexpiredRows);
        assertThat(unexpiredRows.rows()).isEqualTo(5);
        assertThat(rowsInDefaultAfterMaintenance).isZero();
        assertThat(maintenance.rowsMoved()).isEqualTo(3);
        assertThat(maintenance.rowsDeleted()).isEqualTo(1);
        assertThat(maintenance.rowsRemaining()).isZero();
        assertThat(maintenance.summary()).startsWith(new QualifiedName(SCHEMA, TABLE) + ": created 5 partition(s), moved 3 row(s) "
                + "out of DEFAULT, dropped 3");
    }

    @Test
    void whatUpdateSqlPrintedRunsAsItIsAndDoesTheSame() {
        assertThat(printedMaintenance).isNotEmpty();
        assertThat(HostileTable.partitions(twin)).isEqualTo(partitionsAfterMaintenance);
        assertThat(twin.fingerprint(table())).isEqualTo(rowsAfterMaintenance);
    }

    @Test
    void statusReportsTheTableByItsQuotedName() {
        String name = new QualifiedName(SCHEMA, TABLE).toString();
        assertThat(status).extracting(ReportLine::text)
                .anyMatch(line -> line.startsWith(name + ": range on " + KEY + " (timestamp with time zone)"))
                .anyMatch(line -> line.contains(new QualifiedName(SCHEMA, TABLE + "_p20261127").toString()) && line.contains("current"))
                .noneMatch(line -> line.contains("cannot be read"));
        assertThat(status).noneMatch(ReportLine::warning);
    }

    @Test
    void revertingFoldsTheLegacyTableBackIn() {
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = " + HostileTable.literal(table()) + "::regclass")).isEqualTo("r");
        assertThat(db.fingerprint(table())).isEqualTo(rowsBeforeRevert);
        assertThat(rowsBeforeRevert.rows()).isEqualTo(HostileTable.ROWS + 5);
        assertThat(db.value("SELECT to_regclass(" + HostileTable.literal(qualified(TABLE + "_legacy")) + ") IS NULL")).isEqualTo("true");
    }

    @Test
    void noInjectedStatementRanAndNoNameWasTruncated() {
        assertThat(HostileTable.victimExists(db)).isTrue();
        assertThat(HostileTable.victimExists(twin)).isTrue();
        List<String> serverMessages = new ArrayList<>(messages);
        maintenance.outcomes().stream().map(UnitOutcome::messages).forEach(serverMessages::addAll);
        assertThat(serverMessages).anyMatch(message -> message.startsWith("partitionkit: moved "))
                .noneMatch(message -> message.contains("will be truncated"));
    }
}
