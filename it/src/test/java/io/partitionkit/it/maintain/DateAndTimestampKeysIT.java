package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code date} and {@code timestamp without time zone} keys (what ORMs such as Prisma create): bounds
 * are wall-clock values without any zone, the same in every session. {@code timeZone} only says what
 * the wall clock reads now, which decides the current interval, the conversion boundary and the
 * retention cutoff.
 */
@ExtendWith(PostgresExtension.class)
class DateAndTimestampKeysIT {

    /** Prisma's DateTime is a timestamp(3) written in UTC, and its ids are text. */
    @Test
    void aPrismaTableIsConvertedMaintainedAndRolledBackWithEveryRow(TestDatabase db) {
        db.execute("CREATE TABLE \"Event\" (\"id\" TEXT NOT NULL, \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                        + "\"payload\" JSONB, CONSTRAINT \"Event_pkey\" PRIMARY KEY (\"id\"))",
                "CREATE INDEX \"Event_createdAt_idx\" ON \"Event\"(\"createdAt\")",
                "INSERT INTO \"Event\" SELECT 'e' || i, timestamp '2026-11-21 11:59:59.999' - i * interval '17 minutes', "
                        + "jsonb_build_object('n', i) FROM generate_series(0, 1999) i");
        Map<String, Object> original = CatalogDiff.properties(db, "public", "Event");
        String window = "(SELECT * FROM \"Event\" WHERE \"createdAt\" >= '2026-11-14 12:00')";
        RowFingerprint kept = db.fingerprint(window);
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("prisma.xml", """
                <changeSet id="before" author="test">
                  <tagDatabase tag="before"/>
                </changeSet>
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="Event" column="createdAt" interval="day" premake="3"/>
                </changeSet>
                """ + Maintenance.changeSet("maintain", "tableName=\"Event\" column=\"createdAt\" interval=\"day\" premake=\"3\" "
                + "retention=\"7 days\""));

        MaintenanceReport first = Maintenance.update(liquibase, changelog).succeeded().report();

        assertThat(db.partitions("\"Event\"")).containsExactly(
                "\"Event_default\" DEFAULT",
                "\"Event_legacy\" FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00')",
                "\"Event_p20261123\" FOR VALUES FROM ('2026-11-23 00:00:00') TO ('2026-11-24 00:00:00')",
                "\"Event_p20261124\" FOR VALUES FROM ('2026-11-24 00:00:00') TO ('2026-11-25 00:00:00')");
        assertThat(first.rowsDeleted()).as("rows before noon a week ago, from the legacy partition")
                .isEqualTo(2000 - kept.rows()).isPositive();
        assertThat(db.fingerprint("\"Event\"")).isEqualTo(kept);

        db.execute("INSERT INTO \"Event\" VALUES ('late', '2026-11-22 23:00', NULL), ('next', '2026-11-25 08:00', NULL)");
        MaintenanceReport nextDay = Maintenance.update(liquibase.withClock(at("2026-11-22T12:00:00Z")), changelog).succeeded().report();

        assertThat(nextDay.count(MaintenancePlan.Effect.CREATE)).isOne();
        assertThat(db.value("SELECT tableoid::regclass FROM \"Event\" WHERE id = 'next'")).isEqualTo("\"Event_p20261125\"");
        RowFingerprint partitioned = db.fingerprint("\"Event\"");

        liquibase.rollbackToTag(changelog, "before");

        assertThat(db.fingerprint("\"Event\"")).isEqualTo(partitioned);
        assertThat(CatalogDiff.properties(db, "public", "Event")).isEqualTo(original);
    }

    /** At 20:00 UTC on 30 November it is already 09:00 on 1 December in Auckland. */
    @Test
    void dateKeysTakeTodayFromTheTimeZone(TestDatabase db) {
        Clock evening = at("2026-11-30T20:00:00Z");
        for (String schema : new String[] {"utc", "auckland"}) {
            db.execute("CREATE SCHEMA " + schema,
                    "CREATE TABLE " + schema + ".invoices (id bigint PRIMARY KEY, issued date NOT NULL, total numeric)",
                    "INSERT INTO " + schema + ".invoices SELECT i, date '2026-11-30' - (i % 200), i FROM generate_series(1, 2000) i");
            LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(evening);
            String zone = schema.equals("utc") ? "UTC" : "Pacific/Auckland";
            Maintenance.update(liquibase, liquibase.xmlChangelog(schema + ".xml", """
                    <changeSet id="convert" author="test" runInTransaction="false">
                      <partition:convertToRangePartitioned schemaName="%1$s" tableName="invoices" column="issued" interval="month"
                          premake="1" timeZone="%2$s"/>
                    </changeSet>
                    """.formatted(schema, zone) + Maintenance.changeSet("maintain", "schemaName=\"" + schema + "\" tableName=\"invoices\" "
                    + "column=\"issued\" interval=\"month\" premake=\"2\" retention=\"3 months\" timeZone=\"" + zone + "\""))).succeeded();
        }

        // UTC: today is 30 November; the boundary is the first month start from tomorrow on, the cutoff 30 August.
        assertThat(db.partitions("utc.invoices")).containsExactly(
                "utc.invoices_default DEFAULT",
                "utc.invoices_legacy FOR VALUES FROM (MINVALUE) TO ('2026-12-01')",
                "utc.invoices_p202612 FOR VALUES FROM ('2026-12-01') TO ('2027-01-01')",
                "utc.invoices_p202701 FOR VALUES FROM ('2027-01-01') TO ('2027-02-01')");
        assertThat(db.value("SELECT min(issued) FROM utc.invoices")).isEqualTo("2026-08-30");
        // Auckland: today is 1 December; the boundary is 1 January, the cutoff 1 September.
        assertThat(db.partitions("auckland.invoices")).containsExactly(
                "auckland.invoices_default DEFAULT",
                "auckland.invoices_legacy FOR VALUES FROM (MINVALUE) TO ('2027-01-01')",
                "auckland.invoices_p202701 FOR VALUES FROM ('2027-01-01') TO ('2027-02-01')",
                "auckland.invoices_p202702 FOR VALUES FROM ('2027-02-01') TO ('2027-03-01')");
        assertThat(db.value("SELECT min(issued) FROM auckland.invoices")).isEqualTo("2026-09-01");
    }

    /** At noon UTC it is 07:00 in New York; 36 hours before that is 19:00 on 19 November, on the wall clock. */
    @Test
    void timestampRetentionCutsAtTheWallClockOfTheTimeZoneAndDefaultRowsMove(TestDatabase db) {
        db.execute("CREATE TABLE visits (at timestamp NOT NULL, page text) PARTITION BY RANGE (at)",
                "CREATE TABLE visits_default PARTITION OF visits DEFAULT");
        for (int day = 17; day <= 21; day++) {
            db.execute("CREATE TABLE visits_" + day + " PARTITION OF visits FOR VALUES FROM ('2026-11-" + day + "') TO ('2026-11-"
                    + (day + 1) + "')");
        }
        db.execute("INSERT INTO visits SELECT timestamp '2026-11-15 00:00' + i * interval '10 minutes', 'page ' || i "
                + "FROM generate_series(0, 1295) i");
        String cutoff = "'2026-11-19 19:00'";
        RowFingerprint kept = db.fingerprint("(SELECT * FROM visits WHERE at >= " + cutoff + ")");
        RowFingerprint coming = db.fingerprint("(SELECT * FROM visits WHERE at >= '2026-11-22' AND at < '2026-11-23')");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        MaintenanceReport report = Maintenance.update(liquibase, liquibase.xmlChangelog("visits.xml", Maintenance.changeSet("maintain",
                "tableName=\"visits\" column=\"at\" interval=\"day\" premake=\"1\" retention=\"36 hours\" timeZone=\"America/New_York\"")))
                .succeeded().report();

        assertThat(db.partitions("visits")).containsExactly(
                "visits_19 FOR VALUES FROM ('2026-11-19 00:00:00') TO ('2026-11-20 00:00:00')",
                "visits_20 FOR VALUES FROM ('2026-11-20 00:00:00') TO ('2026-11-21 00:00:00')",
                "visits_21 FOR VALUES FROM ('2026-11-21 00:00:00') TO ('2026-11-22 00:00:00')",
                "visits_default DEFAULT",
                "visits_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00') TO ('2026-11-23 00:00:00')");
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isEqualTo(2);
        assertThat(report.rowsDeleted()).as("19 November before 19:00, and 15 and 16 November from DEFAULT").isEqualTo(114 + 288);
        assertThat(db.fingerprint("visits")).isEqualTo(kept);
        assertThat(db.fingerprint("visits_p20261122")).isEqualTo(coming);
        assertThat(db.column("SELECT at::text FROM ONLY visits_default")).as("23 November is beyond premake")
                .allMatch(at -> at.startsWith("2026-11-23"));
    }
}
