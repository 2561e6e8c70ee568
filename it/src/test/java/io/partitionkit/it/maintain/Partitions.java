package io.partitionkit.it.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The range partitions of a timestamptz-keyed table: made by hand as a user would, and read as the
 * catalog holds them in a session pinned to UTC, so that the test's own reading never depends on a
 * session setting.
 */
final class Partitions {

    private static final Pattern RANGE = Pattern.compile("FOR VALUES FROM \\((.+)\\) TO \\((.+)\\)");
    private static final DateTimeFormatter TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss").appendPattern("[XXX][X]").toFormatter();

    /** One range partition; {@code from} is null for MINVALUE. */
    record Part(String name, Instant from, Instant to) {
        Duration length() {
            return Duration.between(from, to);
        }

        @Override
        public String toString() {
            return name + " [" + (from == null ? "MINVALUE" : from) + ", " + to + ")";
        }
    }

    private Partitions() {
    }

    /**
     * Partitions a table by hand, as a user might have: {@code <table>_default}, then one partition
     * {@code <table>_<day>} per UTC day of November 2026 from {@code firstDay} to {@code lastDay}.
     */
    static void createDailyInNovember(TestDatabase db, String table, int firstDay, int lastDay) {
        db.execute("CREATE TABLE " + table + "_default PARTITION OF " + table + " DEFAULT");
        for (int day = firstDay; day <= lastDay; day++) {
            db.execute("CREATE TABLE " + table + "_" + day + " PARTITION OF " + table + " FOR VALUES FROM ('2026-11-" + day
                    + " 00:00+00') TO ('2026-11-" + (day + 1) + " 00:00+00')");
        }
    }

    /** Range partitions (not the DEFAULT), oldest first. */
    static List<Part> of(TestDatabase db, String table) {
        List<Part> parts = new ArrayList<>();
        for (String[] row : bounds(db, table)) {
            if (row[1].equals("DEFAULT")) {
                continue;
            }
            Matcher matcher = RANGE.matcher(row[1]);
            if (!matcher.matches()) {
                throw new AssertionError("unexpected bound of " + row[0] + ": " + row[1]);
            }
            parts.add(new Part(row[0], instant(matcher.group(1)), instant(matcher.group(2))));
        }
        parts.sort(Comparator.comparing(Part::to));
        return parts;
    }

    static Optional<String> defaultPartition(TestDatabase db, String table) {
        return bounds(db, table).stream().filter(row -> row[1].equals("DEFAULT")).map(row -> row[0]).findFirst();
    }

    /** Name and bound text of every partition, the bound as a UTC session prints it. */
    static List<String> described(TestDatabase db, String table) {
        return db.partitions(table);
    }

    /** Every instant of {@code [from, to)} lies in exactly one partition (no hole, no overlap). */
    static void assertCoverWithoutHoles(List<Part> parts, Instant from, Instant to) {
        Instant reached = from;
        for (Part part : parts) {
            if (!part.to().isAfter(reached)) {
                continue;
            }
            assertThat(part.from() == null || !part.from().isAfter(reached))
                    .as("a hole before %s; partitions %s", part, parts).isTrue();
            reached = part.to();
            if (!reached.isBefore(to)) {
                return;
            }
        }
        throw new AssertionError("partitions end at " + reached + " but must reach " + to + ": " + parts);
    }

    /** Each partition starts where the one before it ends. */
    static void assertContiguous(List<Part> parts) {
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).from()).as("%s follows %s", parts.get(i), parts.get(i - 1)).isEqualTo(parts.get(i - 1).to());
        }
    }

    private static Instant instant(String literal) {
        if (literal.equals("MINVALUE")) {
            return null;
        }
        String text = literal.replace("'", "");
        return OffsetDateTime.parse(text, TIMESTAMPTZ).toInstant();
    }

    private static List<String[]> bounds(TestDatabase db, String table) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone TO 'UTC'");
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT c.oid::regclass::text, pg_get_expr(c.relpartbound, c.oid) "
                    + "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '" + table + "'::regclass")) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
