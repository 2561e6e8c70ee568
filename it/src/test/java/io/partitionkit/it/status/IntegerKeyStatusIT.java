package io.partitionkit.it.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.MaintenanceOptions;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What partition:status prints for integer-keyed tables: coverage measured from the largest key,
 * retention as keys below max(key) - retention, and a last partition ending at MAXVALUE counted as
 * enough partitions ahead (there is no room for more).
 */
@ExtendWith(PostgresExtension.class)
class IntegerKeyStatusIT {

    private static final String WARNING = "WARNING";
    private static final Clock ANY_TIME = Clock.fixed(Instant.parse("2031-02-03T04:05:06Z"), ZoneOffset.UTC);

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
        assertThat(warnings(lines)).as("premake 7 cannot be met, but nothing fits beyond MAXVALUE").isEmpty();
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
                        + "\"public\".\"counters_100\"; maintenance removes them");

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

    private static StatusPolicy policy(String table, String column, String interval, int premake, String retention) {
        return StatusPolicy.of(MaintenanceOptions.parse(null, table, column, interval, premake, retention, null, null, null, null, null,
                null, null, null), "public");
    }

    /**
     * The lines partition:status prints about the policy's table (each test's table shares the database
     * with the others), a warning marked with a leading "WARNING".
     */
    private static List<String> status(TestDatabase db, StatusPolicy policy) {
        List<StatusReportText.Line> report;
        try (Connection connection = db.connect()) {
            Map<QualifiedName, StatusPolicy> policies = Map.of(policy.table(), policy);
            report = StatusReportText.lines(StatusAnalysis.analyze(new StatusReader(connection).read(), policies, ANY_TIME));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> block = new ArrayList<>();
        boolean inTable = false;
        for (StatusReportText.Line line : report) {
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
