package io.partitionkit.it.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SkewedJvm;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real Liquibase CLI, in a JVM whose clock is hours off the database server's, converts one
 * table and maintains another, both by the hour. Every bound, every partition made and every
 * partition dropped is what the server's clock implies: the host's clock plays no part. (Planned
 * with the host's clock, a host 5 hours behind would put the conversion's boundary 5 hours early and
 * keep 5 expired partitions; one 30 hours ahead would drop every partition of the maintained table.)
 */
@ExtendWith(PostgresExtension.class)
class SkewedHostClockIT {

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssx");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd_HH");

    /** A largest allowed gap between the child's clock and the server's plus the skew: the child is skewed at all. */
    private static final Duration SKEW_TOLERANCE = Duration.ofMinutes(10);

    @Test
    void aHostFiveHoursBehindTheServerPlansByTheServersClock(TestDatabase db) {
        runUnderSkew(db, "behind", Duration.ofHours(-5));
    }

    @Test
    void aHostThirtyHoursAheadOfTheServerDropsNothingEarly(TestDatabase db) {
        runUnderSkew(db, "ahead", Duration.ofHours(30));
    }

    private static void runUnderSkew(TestDatabase db, String schema, Duration skew) {
        SkewedJvm host = SkewedJvm.shiftedBy((skew.isNegative() ? "" : "+") + skew.toHours() + "h");
        Instant serverNow = serverNow(db);
        assertThat(Duration.between(serverNow, host.now()).minus(skew).abs()).as("the child JVM's clock is %s off the server's", skew)
                .isLessThan(SKEW_TOLERANCE);

        ZonedDateTime hour = serverNow(db).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        db.execute("CREATE SCHEMA " + schema);
        createHourlyEvents(db, schema, hour);
        createOrders(db, schema, hour);
        RowFingerprint orders = db.fingerprint(schema + ".orders");

        SkewedJvm.Result result = host.run("liquibase.integration.commandline.LiquibaseCommandLine",
                liquibaseUpdate(db, changelog(schema)));

        assumeTrue(serverNow(db).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).equals(hour),
                "the server's hour turned during the run, so what it implies changed; run the test again");
        assertThat(result.exitCode()).as("liquibase update under a clock %s off said:%n%s", skew, result.output()).isZero();

        // Retention 5 hours: partitions ending by now - 5h go, the one spanning the cutoff loses its expired row; premake 3.
        List<String> events = new ArrayList<>(List.of(schema + ".events_default DEFAULT"));
        IntStream.rangeClosed(-5, 3).mapToObj(h -> hourPartition(schema, "events", hour.plusHours(h))).forEach(events::add);
        assertThat(db.partitions(schema + ".events")).as("the log said:%n%s", result.output()).containsExactlyInAnyOrderElementsOf(events);
        assertThat(db.column("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM " + schema + ".events ORDER BY at"))
                .containsExactlyElementsOf(IntStream.rangeClosed(-4, 3)
                        .mapToObj(h -> hour.plusHours(h).format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"))).toList());

        // The boundary is the first hour at least a day ahead of the server's now; partitions through now + premake 26.
        ZonedDateTime boundary = hour.plusHours(25);
        assertThat(db.partitions(schema + ".orders")).as("the log said:%n%s", result.output()).containsExactlyInAnyOrder(
                schema + ".orders_default DEFAULT",
                schema + ".orders_legacy FOR VALUES FROM (MINVALUE) TO ('" + boundary.format(LITERAL) + "')",
                hourPartition(schema, "orders", boundary),
                hourPartition(schema, "orders", boundary.plusHours(1)));
        assertThat(db.fingerprint(schema + ".orders")).isEqualTo(orders);
    }

    /** Hourly partitions from 10 hours before the server's current hour to 3 after it, one row at the start of each. */
    private static void createHourlyEvents(TestDatabase db, String schema, ZonedDateTime hour) {
        db.execute("CREATE TABLE " + schema + ".events (id bigint, at timestamptz NOT NULL) PARTITION BY RANGE (at)",
                "CREATE TABLE " + schema + ".events_default PARTITION OF " + schema + ".events DEFAULT");
        for (int h = -10; h <= 3; h++) {
            ZonedDateTime start = hour.plusHours(h);
            db.execute("CREATE TABLE " + schema + ".events_p" + start.format(NAME) + " PARTITION OF " + schema + ".events "
                            + "FOR VALUES FROM ('" + start.format(LITERAL) + "') TO ('" + start.plusHours(1).format(LITERAL) + "')",
                    "INSERT INTO " + schema + ".events VALUES (" + h + ", '" + start.format(LITERAL) + "')");
        }
    }

    /** A plain table with an order every 7 minutes over the 35 hours before the server's current hour. */
    private static void createOrders(TestDatabase db, String schema, ZonedDateTime hour) {
        db.execute("CREATE TABLE " + schema + ".orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL, total int NOT NULL)",
                "INSERT INTO " + schema + ".orders SELECT i, timestamptz '" + hour.format(LITERAL) + "' - i * interval '7 minutes', i % 100 "
                        + "FROM generate_series(1, 300) i");
    }

    private static String hourPartition(String schema, String table, ZonedDateTime start) {
        return schema + "." + table + "_p" + start.format(NAME) + " FOR VALUES FROM ('" + start.format(LITERAL) + "') TO ('"
                + start.plusHours(1).format(LITERAL) + "')";
    }

    private static Path changelog(String schema) {
        String changeSets = """
                <changeSet id="convert-orders" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%1$s" tableName="orders" column="placed_at" interval="hour" premake="26"/>
                </changeSet>
                <changeSet id="maintain-events" author="test" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions schemaName="%1$s" tableName="events" column="at" interval="hour" premake="3"
                      retention="5 hours"/>
                </changeSet>
                """.formatted(schema);
        try {
            Path directory = Files.createTempDirectory("skewed-host-clock");
            Files.writeString(directory.resolve(schema + ".xml"), LiquibaseRunner.xmlChangelogText(changeSets), StandardCharsets.UTF_8);
            return directory.resolve(schema + ".xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> liquibaseUpdate(TestDatabase db, Path changelog) {
        List<String> arguments = new ArrayList<>(List.of("--show-banner=false", "--search-path=" + changelog.getParent(), "update",
                "--url=" + db.jdbcUrl(), "--username=" + db.username(), "--changelog-file=" + changelog.getFileName()));
        if (!db.password().isEmpty()) {
            arguments.add("--password=" + db.password());
        }
        return arguments;
    }

    private static Instant serverNow(TestDatabase db) {
        return Instant.ofEpochSecond(0, 1000 * Long.parseLong(db.value("SELECT (extract(epoch FROM clock_timestamp()) * 1000000)::bigint")));
    }
}
