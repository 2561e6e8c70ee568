package io.partitionkit.it.status;

import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.run.ReportLine;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.StatusAnalysis;
import io.partitionkit.core.status.StatusPolicy;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.StatusReportText;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What partition:status prints for integer-keyed tables: coverage measured from the key head (the
 * largest key, up to the position of the sequence that feeds the column), retention as keys below
 * head - retention (withheld while the head stands alone), and a last partition ending at MAXVALUE
 * counted as enough partitions ahead (there is no room for more).
 */
@ExtendWith(PostgresExtension.class)
class IntegerKeyStatusIT {

    private static final String WARNING = "WARNING";
    private static final Clock ANY_TIME = at("2031-02-03T04:05:06Z");
    /** The warning about a table with an ensurePartitions change that no maintenance run has succeeded on yet. */
    private static final String NEVER_MAINTAINED = "  no successful maintenance is recorded for it: run its ensurePartitions change "
            + "(partition:maintain, liquibase update)";

    @Test
    void aConvertedTableAtTheTopOfBigintIsHealthyUpToMaxValue(TestDatabase db) {
        db.execute("CREATE TABLE ledger (id bigint PRIMARY KEY)",
                "INSERT INTO ledger SELECT 9223372036854770000 + i FROM generate_series(1, 2500) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        liquibase.update(liquibase.xmlChangelog("ledger.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="ledger" column="id" interval="1000" premake="7"/>
                </changeSet>"""));

        List<String> lines = status(db, policy("ledger", "id", "1000", 7, "1000000"));

        assertThat(lines).contains(
                "\"public\".\"ledger\": range on id (bigint); interval 1000 (ensurePartitions), premake 7, retention 1000000, time zone UTC",
                "  the largest key (9223372036854772500) is in \"public\".\"ledger_legacy\"; partitions reach MAXVALUE, 2 beyond it");
        assertThat(warnings(lines)).as("premake 7 cannot be met, but nothing fits beyond MAXVALUE; converted, never maintained")
                .containsExactly(NEVER_MAINTAINED);
        assertThat(partitionRows(lines)).containsExactly(
                "\"public\".\"ledger_legacy\" MINVALUE 9223372036854774000 current",
                "\"public\".\"ledger_p9223372036854774000\" 9223372036854774000 9223372036854775000",
                "\"public\".\"ledger_p9223372036854775000\" 9223372036854775000 MAXVALUE",
                "\"public\".\"ledger_default\" DEFAULT");
    }

    @Test
    void warningsAndTheirAbsenceFollowWhatMaintenanceDoes(TestDatabase db) {
        db.execute("CREATE TABLE counters (n integer NOT NULL, note text) PARTITION BY RANGE (n)",
                "CREATE TABLE counters_0 PARTITION OF counters FOR VALUES FROM (0) TO (100)",
                "CREATE TABLE counters_100 PARTITION OF counters FOR VALUES FROM (100) TO (200)",
                "CREATE TABLE counters_200 PARTITION OF counters FOR VALUES FROM (200) TO (300)",
                "CREATE TABLE counters_default PARTITION OF counters DEFAULT",
                "INSERT INTO counters SELECT n, 'n' || n FROM generate_series(0, 299) n",
                "INSERT INTO counters VALUES (350, 'ahead'), (351, 'ahead')");
        StatusPolicy policy = policy("counters", "n", "100", 2, "150");

        List<String> before = status(db, policy);

        // The largest key is 351: keys up to 201 have expired, so [0, 100) and [100, 200) are due to go.
        assertThat(before).contains("  the largest key (351) is in no partition");
        assertThat(warnings(before)).containsExactly(
                "  the DEFAULT partition \"public\".\"counters_default\" holds 2 row(s) that no other partition covers; "
                        + "ensurePartitions moves them into the partitions it creates for them",
                "  no partition covers the largest key (351): new rows go to the DEFAULT partition",
                "  2 expired partition(s) still present (retention 150: keys before 202 have expired): \"public\".\"counters_0\", "
                        + "\"public\".\"counters_100\"; maintenance removes them",
                NEVER_MAINTAINED);

        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(ANY_TIME);
        liquibase.update(liquibase.xmlChangelog("counters.xml", """
                <changeSet id="maintain" author="test" runAlways="true" runInTransaction="false">
                  <partition:ensurePartitions tableName="counters" column="n" interval="100" premake="2" retention="150"/>
                </changeSet>"""));
        List<String> after = status(db, policy);

        assertThat(after).contains("  the largest key (351) is in \"public\".\"counters_p300\"; partitions reach 600, 2 beyond it");
        assertThat(warnings(after)).isEmpty();
        assertThat(partitionRows(after)).containsExactly(
                "\"public\".\"counters_200\" 200 300",
                "\"public\".\"counters_p300\" 300 400 current",
                "\"public\".\"counters_p400\" 400 500",
                "\"public\".\"counters_p500\" 500 600",
                "\"public\".\"counters_default\" DEFAULT");
    }

    /** Status judges from the same head as maintenance: the identity sequence's, not an id a client chose near the top. */
    @Test
    void anIdentityKeyIsJudgedFromTheSequencesHeadNotFromAnIdAClientChose(TestDatabase db) {
        db.execute("CREATE TABLE journal (id bigint GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (id)) PARTITION BY RANGE (id)",
                "CREATE TABLE journal_0 PARTITION OF journal FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE journal_1000 PARTITION OF journal FOR VALUES FROM (1000) TO (2000)",
                "CREATE TABLE journal_2000 PARTITION OF journal FOR VALUES FROM (2000) TO (3000)",
                "CREATE TABLE journal_3000 PARTITION OF journal FOR VALUES FROM (3000) TO (4000)",
                "CREATE TABLE journal_default PARTITION OF journal DEFAULT",
                "INSERT INTO journal SELECT FROM generate_series(1, 3500)",
                "INSERT INTO journal OVERRIDING SYSTEM VALUE VALUES (9223372036854775000)");

        List<String> lines = status(db, policy("journal", "id", "1000", 1, "2000"));

        assertThat(lines).contains("  the largest key up to the position of sequence \"public\".\"journal_id_seq\" (3500) is in "
                + "\"public\".\"journal_3000\"; partitions reach 4000, 0 beyond it");
        assertThat(warnings(lines)).contains("  1 expired partition(s) still present (retention 2000: keys before 1501 have expired): "
                + "\"public\".\"journal_0\"; maintenance removes them");
        assertThat(warnings(lines)).noneSatisfy(warning -> assertThat(warning).contains("withheld"));
    }

    @Test
    void aLoneSentinelWithoutASequenceIsReportedAsRetentionWithheldNotAsExpiredPartitions(TestDatabase db) {
        db.execute("CREATE TABLE gauges (id bigint NOT NULL) PARTITION BY RANGE (id)",
                "CREATE TABLE gauges_0 PARTITION OF gauges FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE gauges_1000 PARTITION OF gauges FOR VALUES FROM (1000) TO (2000)",
                "CREATE TABLE gauges_default PARTITION OF gauges DEFAULT",
                "INSERT INTO gauges SELECT generate_series(0, 1999)",
                "INSERT INTO gauges VALUES (9223372036854775807)");

        List<String> lines = status(db, policy("gauges", "id", "1000", 0, "5000"));

        assertThat(lines).contains("  the largest key below the lone 9223372036854775807 (1999) is in \"public\".\"gauges_1000\"; "
                + "partitions reach 2000, 0 beyond it");
        assertThat(warnings(lines)).contains("  retention withheld: the largest key (9223372036854775807) has no other key within 5000 "
                + "below it (the next largest is 1999), so expiring keys before 9223372036854770808 would remove 2 partition(s) and "
                + "every row but those of that key. If it is an outlier (a sentinel, an id a client chose), delete or correct its row; "
                + "if the keys really jumped, drop the old partitions by hand. Until then nothing is dropped or deleted");
        assertThat(partitionRows(lines)).noneSatisfy(row -> assertThat(row).contains("expired"));
    }

    /** A monitoring role may read the table but not its sequence: status then measures from the largest key, and says so. */
    @Test
    void aRoleThatMayNotReadTheSequenceMeasuresFromTheLargestKeyAndSaysSo(TestDatabase db) {
        db.execute("CREATE TABLE tally (id bigint GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (id)) PARTITION BY RANGE (id)",
                "CREATE TABLE tally_0 PARTITION OF tally FOR VALUES FROM (0) TO (1000)",
                "CREATE TABLE tally_default PARTITION OF tally DEFAULT",
                "INSERT INTO tally SELECT FROM generate_series(1, 900)",
                "INSERT INTO tally OVERRIDING SYSTEM VALUE VALUES (9223372036854775000)",
                "DO $$ BEGIN CREATE ROLE partitionkit_monitor NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "GRANT SELECT ON tally, tally_default TO partitionkit_monitor");

        List<String> lines = status(db, policy("tally", "id", "1000", 0, "5000"), "partitionkit_monitor");

        assertThat(lines).contains("  note: this role may not read sequence \"public\".\"tally_id_seq\" (it needs SELECT on it), so the "
                + "key head is the largest key, which a key chosen by a client can move; maintenance, run by the table's owner, reads it");
        assertThat(warnings(lines)).anySatisfy(warning -> assertThat(warning).startsWith("  retention withheld: the largest key "
                + "(9223372036854775000) has no other key within 5000 below it (the next largest is 900)"));
        assertThat(status(db, policy("tally", "id", "1000", 0, "5000"))).as("the owner reads the sequence")
                .contains("  the largest key up to the position of sequence \"public\".\"tally_id_seq\" (900) is in \"public\".\"tally_0\"; "
                        + "partitions reach 1000, 0 beyond it");
    }

    /**
     * With epoch="milliseconds" (the key holds milliseconds since the epoch), "now" is the clock (a key
     * far ahead does not move it), retention expires by time, and every bound shows the instant it means.
     */
    @Test
    void anEpochKeyIsJudgedByTheClockWithItsBoundsAsInstants(TestDatabase db) {
        long nov19 = 1795046400000L;
        long day = 86_400_000L;
        db.execute("CREATE TABLE stamps (id bigint NOT NULL, created_ms bigint NOT NULL) PARTITION BY RANGE (created_ms)",
                "CREATE TABLE stamps_default PARTITION OF stamps DEFAULT");
        for (int i = 0; i < 6; i++) {
            db.execute("CREATE TABLE stamps_p202611" + (19 + i) + " PARTITION OF stamps FOR VALUES FROM (" + (nov19 + i * day) + ") TO ("
                    + (nov19 + (i + 1) * day) + ")");
        }
        // a row written by a clock far ahead: the largest key, which "now" is not
        db.execute("INSERT INTO stamps SELECT i, " + nov19 + " + i * 3600000 FROM generate_series(0, 80) i",
                "INSERT INTO stamps VALUES (-1, 1893456000000)");
        StatusPolicy policy = StatusPolicy.of(MaintenanceOptions.parse(null, "stamps", "created_ms", "day", 2, "2 days", null, null,
                null, null, null, null, null, null, null, null, "milliseconds", null, null), "public");

        List<String> lines = status(db, policy, null, at("2026-11-22T12:00:00Z"));

        assertThat(lines).contains(
                "\"public\".\"stamps\": range on created_ms (bigint); interval day (ensurePartitions), premake 2, retention 2 days, "
                        + "time zone UTC, epoch milliseconds",
                "  now (1795348800000 (2026-11-22 12:00:00+00:00)) is in \"public\".\"stamps_p20261122\"; partitions reach "
                        + "1795564800000 (2026-11-25 00:00:00+00:00), 2 beyond it");
        assertThat(partitionRows(lines)).contains("\"public\".\"stamps_p20261119\" 1795046400000 (2026-11-19 00:00:00+00:00) "
                + "1795132800000 (2026-11-20 00:00:00+00:00) expired");
        assertThat(warnings(lines)).containsExactly(
                "  the DEFAULT partition \"public\".\"stamps_default\" holds 1 row(s) that no other partition covers; ensurePartitions "
                        + "moves them into the partitions it creates for them",
                "  1 expired partition(s) still present (retention 2 days: keys before 1795176000000 (2026-11-20 12:00:00+00:00) have "
                        + "expired): \"public\".\"stamps_p20261119\"; maintenance removes them",
                NEVER_MAINTAINED);
    }

    private static StatusPolicy policy(String table, String column, String interval, int premake, String retention) {
        return StatusPolicy.of(MaintenanceOptions.parse(null, table, column, interval, premake, retention, null, null, null, null, null,
                null, null, null), "public");
    }

    /**
     * The lines partition:status prints about the policy's table (each test's table shares the database
     * with the others), a warning marked with a leading "WARNING".
     */
    private static List<String> status(TestDatabase db, StatusPolicy policy) {
        return status(db, policy, null);
    }

    /** {@link #status(TestDatabase, StatusPolicy)} as {@code role} when not null. */
    private static List<String> status(TestDatabase db, StatusPolicy policy, String role) {
        return status(db, policy, role, ANY_TIME);
    }

    /** {@link #status(TestDatabase, StatusPolicy, String)} at {@code clock}. */
    private static List<String> status(TestDatabase db, StatusPolicy policy, String role, Clock clock) {
        List<ReportLine> report;
        try (Connection connection = db.connect()) {
            if (role != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET ROLE " + role);
                }
            }
            Map<QualifiedName, StatusPolicy> policies = Map.of(policy.table(), policy);
            report = StatusReportText.lines(StatusAnalysis.analyze(new StatusReader(connection).read(), policies, clock));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> block = new ArrayList<>();
        boolean inTable = false;
        for (ReportLine line : report) {
            inTable = line.text().startsWith(policy.table() + ": ") || inTable && !line.text().isEmpty();
            if (inTable) {
                block.add((line.warning() ? WARNING : "") + line.text());
            }
        }
        return block;
    }

    private static List<String> warnings(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith(WARNING)).map(line -> line.substring(WARNING.length())).toList();
    }

    /** Each partition line without its estimated rows and size, which depend on the server: name, from, to, flags. */
    private static List<String> partitionRows(List<String> lines) {
        Function<String[], String> withoutVolume = cells -> Stream.concat(Stream.of(cells).limit(3), Stream.of(cells).skip(5))
                .collect(Collectors.joining(" "));
        return lines.stream().filter(line -> line.startsWith("  \"public\".")).map(line -> line.trim().split(" {2,}"))
                .map(cells -> cells.length > 3 && cells[1].equals("DEFAULT") ? cells[0] + " DEFAULT" : withoutVolume.apply(cells))
                .toList();
    }
}
