package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bounds follow the configured timeZone and nothing else: not the session TimeZone of the
 * connection Liquibase runs on, and not daylight-saving changes (a day is midnight to midnight on
 * the local wall clock, 23 or 25 hours long around a change; hours leave no hole and no overlap).
 */
@ExtendWith(PostgresExtension.class)
class TimeZonesIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /**
     * The PostgreSQL JDBC driver sends the JVM's default time zone as the session TimeZone when it
     * connects, and that wins over ALTER DATABASE ... SET timezone and over -c TimeZone in the URL's
     * options; so the session zone is chosen the way it is in production, with the JVM's zone, and
     * the changelog records which zone its session really had.
     */
    @Test
    void theSessionTimeZoneNeverChangesTheBounds(TestDatabase db) {
        Map<String, List<String>> bounds = new LinkedHashMap<>();
        Map<String, List<RowFingerprint>> rows = new LinkedHashMap<>();
        db.execute("CREATE TABLE seen_zone (schema_name text, zone text)");
        for (String zone : List.of("UTC", "America/New_York", "Asia/Kolkata")) {
            String schema = "s_" + zone.replaceAll("\\W", "_").toLowerCase(Locale.ROOT);
            createHandPartitioned(db, schema);
            LiquibaseRunner liquibase = new LiquibaseRunner(db)
                    .withClock(at("2026-11-21T02:30:00Z"));
            String changelog = liquibase.xmlChangelog(schema + ".xml", """
                    <changeSet id="zone" author="test" runAlways="true">
                      <sql>INSERT INTO public.seen_zone VALUES ('%1$s', current_setting('TimeZone'))</sql>
                    </changeSet>
                    """.formatted(schema)
                    + Maintenance.changeSet("utc", "schemaName=\"" + schema + "\" tableName=\"utc_days\" column=\"at\" interval=\"day\" "
                            + "premake=\"3\" retention=\"3 days\"")
                    + Maintenance.changeSet("ist", "schemaName=\"" + schema + "\" tableName=\"ist_days\" column=\"at\" interval=\"day\" "
                            + "premake=\"3\" retention=\"3 days\" timeZone=\"Asia/Kolkata\""));
            TimeZone jvmZone = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Maintenance.update(liquibase, changelog).succeeded();
            } finally {
                TimeZone.setDefault(jvmZone);
            }
            assertThat(db.value("SELECT zone FROM seen_zone WHERE schema_name = '" + schema + "'")).isEqualTo(zone);
            bounds.put(zone, withoutSchema(schema, Partitions.described(db, schema + ".utc_days"), Partitions.described(db, schema + ".ist_days")));
            rows.put(zone, List.of(db.fingerprint(schema + ".utc_days"), db.fingerprint(schema + ".ist_days")));
        }
        assertThat(bounds.get("America/New_York")).isEqualTo(bounds.get("UTC"));
        assertThat(bounds.get("Asia/Kolkata")).isEqualTo(bounds.get("UTC"));
        assertThat(rows.get("America/New_York")).isEqualTo(rows.get("UTC"));
        assertThat(rows.get("Asia/Kolkata")).isEqualTo(rows.get("UTC"));
        // And the bounds are the right ones: at 02:30 UTC it is 21 November in UTC and 08:00 in Kolkata.
        assertThat(bounds.get("UTC")).containsExactly(
                "utc_days_18 FOR VALUES FROM ('2026-11-18 00:00:00+00') TO ('2026-11-19 00:00:00+00')",
                "utc_days_default DEFAULT",
                "utc_days_p20261119 FOR VALUES FROM ('2026-11-19 00:00:00+00') TO ('2026-11-20 00:00:00+00')",
                "utc_days_p20261120 FOR VALUES FROM ('2026-11-20 00:00:00+00') TO ('2026-11-21 00:00:00+00')",
                "utc_days_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00+00') TO ('2026-11-22 00:00:00+00')",
                "utc_days_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00+00') TO ('2026-11-23 00:00:00+00')",
                "utc_days_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')",
                "utc_days_p20261124 FOR VALUES FROM ('2026-11-24 00:00:00+00') TO ('2026-11-25 00:00:00+00')",
                "ist_days_18 FOR VALUES FROM ('2026-11-17 18:30:00+00') TO ('2026-11-18 18:30:00+00')",
                "ist_days_default DEFAULT",
                "ist_days_p20261119 FOR VALUES FROM ('2026-11-18 18:30:00+00') TO ('2026-11-19 18:30:00+00')",
                "ist_days_p20261120 FOR VALUES FROM ('2026-11-19 18:30:00+00') TO ('2026-11-20 18:30:00+00')",
                "ist_days_p20261121 FOR VALUES FROM ('2026-11-20 18:30:00+00') TO ('2026-11-21 18:30:00+00')",
                "ist_days_p20261122 FOR VALUES FROM ('2026-11-21 18:30:00+00') TO ('2026-11-22 18:30:00+00')",
                "ist_days_p20261123 FOR VALUES FROM ('2026-11-22 18:30:00+00') TO ('2026-11-23 18:30:00+00')",
                "ist_days_p20261124 FOR VALUES FROM ('2026-11-23 18:30:00+00') TO ('2026-11-24 18:30:00+00')");
    }

    @Test
    void daysAreLocalMidnightToMidnightAcrossBothDaylightSavingChanges(TestDatabase db) {
        // One table per change, so that the runs around one change do not fill the months between them.
        Map<String, Duration> lengths = new LinkedHashMap<>();
        lengths.putAll(dailyRunsAcross(db, "spring_days", LocalDate.of(2026, 3, 5)));
        lengths.putAll(dailyRunsAcross(db, "fall_days", LocalDate.of(2026, 10, 29)));
        assertThat(lengths).containsEntry("2026-03-07", Duration.ofHours(24)).containsEntry("2026-03-08", Duration.ofHours(23))
                .containsEntry("2026-03-09", Duration.ofHours(24)).containsEntry("2026-10-31", Duration.ofHours(24))
                .containsEntry("2026-11-01", Duration.ofHours(25)).containsEntry("2026-11-02", Duration.ofHours(24));
    }

    /** Six daily runs from {@code start}, checked after each; returns each partition's length by its local day. */
    private static Map<String, Duration> dailyRunsAcross(TestDatabase db, String table, LocalDate start) {
        db.execute("CREATE TABLE " + table + " (at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)",
                "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT");
        rowsEvery15Minutes(db, table, start.plusDays(2) + " 00:00 America/New_York", start.plusDays(5) + " 00:00 America/New_York");
        RowFingerprint rows = db.fingerprint(table);
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog(table + ".xml", Maintenance.changeSet("days",
                "tableName=\"" + table + "\" column=\"at\" interval=\"day\" premake=\"3\" timeZone=\"America/New_York\""));

        for (int day = 0; day < 6; day++) {
            LocalDate today = start.plusDays(day);
            Instant now = today.atTime(22, 45).atZone(NEW_YORK).toInstant();
            Maintenance.update(liquibase.withClock(at(now)), changelog).succeeded();

            List<Partitions.Part> parts = Partitions.of(db, table);
            Partitions.assertContiguous(parts);
            Partitions.assertCoverWithoutHoles(parts, midnight(today), midnight(today.plusDays(4)));
            assertThat(parts).as("every bound is a local midnight").allSatisfy(part -> {
                assertThat(part.from().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
                assertThat(part.to()).isEqualTo(midnight(part.from().atZone(NEW_YORK).toLocalDate().plusDays(1)));
            });
        }
        assertThat(db.fingerprint(table)).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM ONLY " + table + "_default")).isZero();
        // Each row sits in the partition named after its local day.
        assertThat(db.longValue("SELECT count(*) FROM " + table + " WHERE to_char(at AT TIME ZONE 'America/New_York', 'YYYYMMDD') "
                + "IS DISTINCT FROM substring(tableoid::regclass::text FROM '(\\d{8})$')")).isZero();
        Map<String, Duration> lengths = new LinkedHashMap<>();
        Partitions.of(db, table).forEach(part -> lengths.put(part.from().atZone(NEW_YORK).toLocalDate().toString(), part.length()));
        return lengths;
    }

    @Test
    void hoursLeaveNoHoleAndNoOverlapAcrossBothDaylightSavingChanges(TestDatabase db) {
        hourlyRunsAcross(db, "spring_hours", "2026-03-08", Instant.parse("2026-03-08T04:40:00Z"));
        hourlyRunsAcross(db, "fall_hours", "2026-11-01", Instant.parse("2026-11-01T03:40:00Z"));
    }

    /**
     * Hourly partitions made by another tool in America/New_York, one real hour each: on 1 November
     * 01:00 comes twice, at 05:00 UTC (EDT) and at 06:00 UTC (EST), and both start a local hour.
     */
    @Test
    void handMadeHoursAcrossTheFallBackChangeAreContinued(TestDatabase db) {
        db.execute("CREATE TABLE fall_hours_by_hand (at timestamptz NOT NULL) PARTITION BY RANGE (at)");
        for (int hour = 4; hour < 8; hour++) {
            db.execute("CREATE TABLE fall_hours_by_hand_" + hour + "z PARTITION OF fall_hours_by_hand FOR VALUES FROM ('2026-11-01 0"
                    + hour + ":00+00') TO ('2026-11-01 0" + (hour + 1) + ":00+00')");
        }
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(at("2026-11-01T06:30:00Z"));

        Maintenance.Run run = Maintenance.update(liquibase, liquibase.xmlChangelog("fall-hours-by-hand.xml", Maintenance.changeSet("hours",
                "tableName=\"fall_hours_by_hand\" column=\"at\" interval=\"hour\" premake=\"3\" timeZone=\"America/New_York\"")));

        run.succeeded();
        List<Partitions.Part> parts = Partitions.of(db, "fall_hours_by_hand");
        Partitions.assertContiguous(parts);
        Partitions.assertCoverWithoutHoles(parts, Instant.parse("2026-11-01T04:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"));
    }

    /** Six hourly runs from {@code first} (23:40 local the evening before the change), checked after each. */
    private static void hourlyRunsAcross(TestDatabase db, String table, String changeDay, Instant first) {
        db.execute("CREATE TABLE " + table + " (at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)",
                "CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT");
        rowsEvery15Minutes(db, table, changeDay + " 00:00 America/New_York", changeDay + " 06:00 America/New_York");
        RowFingerprint rows = db.fingerprint(table);
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog(table + ".xml", Maintenance.changeSet("hours",
                "tableName=\"" + table + "\" column=\"at\" interval=\"hour\" premake=\"4\" timeZone=\"America/New_York\""));

        for (int hour = 0; hour < 6; hour++) {
            Instant now = first.plus(hour, ChronoUnit.HOURS);
            Maintenance.update(liquibase.withClock(at(now)), changelog).succeeded();

            List<Partitions.Part> parts = Partitions.of(db, table);
            Partitions.assertContiguous(parts);
            Instant thisHour = now.truncatedTo(ChronoUnit.HOURS);
            Partitions.assertCoverWithoutHoles(parts, thisHour, thisHour.plus(5, ChronoUnit.HOURS));
            assertThat(parts).as("every bound is the start of a local hour").allSatisfy(part -> {
                assertThat(part.from().atZone(NEW_YORK).getMinute()).isZero();
                assertThat(part.from().atZone(NEW_YORK).getSecond()).isZero();
            });
        }
        assertThat(db.fingerprint(table)).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM ONLY " + table + "_default")).isZero();
    }

    /** One row every 15 minutes of real time in [from, to), straight into DEFAULT. */
    private static void rowsEvery15Minutes(TestDatabase db, String table, String from, String to) {
        db.execute("INSERT INTO " + table + " SELECT t, 'row at ' || t FROM generate_series(timestamptz '" + from + "', timestamptz '"
                + to + "' - interval '1 microsecond', interval '15 minutes') t");
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay(NEW_YORK).toInstant();
    }

    /** A table partitioned by hand: one day kept, a hole since, rows waiting in DEFAULT for the hole and for a coming day. */
    private static void createHandPartitioned(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema);
        for (String[] table : List.of(new String[] {"utc_days", "+00"}, new String[] {"ist_days", "+05:30"})) {
            String name = schema + "." + table[0];
            String offset = table[1];
            db.execute("CREATE TABLE " + name + " (id int, at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)",
                    "CREATE TABLE " + name + "_17 PARTITION OF " + name + " FOR VALUES FROM ('2026-11-17 00:00" + offset
                            + "') TO ('2026-11-18 00:00" + offset + "')",
                    "CREATE TABLE " + name + "_18 PARTITION OF " + name + " FOR VALUES FROM ('2026-11-18 00:00" + offset
                            + "') TO ('2026-11-19 00:00" + offset + "')",
                    "CREATE TABLE " + name + "_default PARTITION OF " + name + " DEFAULT",
                    "INSERT INTO " + name + " SELECT i, timestamptz '2026-11-17 00:00" + offset + "' + i * interval '17 minutes', 'row ' || i "
                            + "FROM generate_series(0, 700) i");
        }
    }

    private static List<String> withoutSchema(String schema, List<String> first, List<String> second) {
        List<String> all = new ArrayList<>();
        first.forEach(line -> all.add(line.replace(schema + ".", "")));
        second.forEach(line -> all.add(line.replace(schema + ".", "")));
        return all;
    }
}
