package io.partitionkit.it.status;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.status.StatusAnalysis;
import io.partitionkit.core.status.StatusFormat;
import io.partitionkit.core.status.StatusReader;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Promtool;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever a schema or table name holds (quotes, a backslash, a line feed, a brace, non-ASCII
 * letters), the metrics stay valid exposition format: promtool reads every sample, each name
 * escaped in its label.
 */
@ExtendWith(PostgresExtension.class)
class HostileNamesMetricsIT {

    @Test
    void namesOfEveryKindAreEscapedSoThatPromtoolReadsTheMetrics(TestDatabase db) throws SQLException {
        Promtool promtool = Promtool.installed();
        db.execute("CREATE SCHEMA \"Schéma \"\"S\"\"\"",
                "CREATE TABLE \"Schéma \"\"S\"\"\".\"ev\"\"ents\\\n} 注文\" (id bigint NOT NULL, created_at timestamptz NOT NULL) "
                        + "PARTITION BY RANGE (created_at)",
                "CREATE TABLE \"Schéma \"\"S\"\"\".\"p1\" PARTITION OF \"Schéma \"\"S\"\"\".\"ev\"\"ents\\\n} 注文\" "
                        + "FOR VALUES FROM ('2026-11-21 00:00+00') TO ('2026-11-22 00:00+00')",
                "CREATE TABLE \"Schéma \"\"S\"\"\".\"d\" PARTITION OF \"Schéma \"\"S\"\"\".\"ev\"\"ents\\\n} 注文\" DEFAULT",
                "INSERT INTO \"Schéma \"\"S\"\"\".\"ev\"\"ents\\\n} 注文\" VALUES (1, '2030-01-01 00:00+00')");
        StatusReport report;
        try (Connection connection = db.connect()) {
            report = StatusAnalysis.analyze(new StatusReader(connection).read(), Map.of(), NOON);
        }

        String metrics = StatusFormat.PROMETHEUS.render(report);

        assertThat(promtool.checkMetrics(metrics)).as("promtool check metrics").extracting(Promtool.Result::exitCode).isEqualTo(0);
        assertThat(metrics).contains("partitionkit_default_rows{schema=\"Schéma \\\"S\\\"\",table=\"ev\\\"ents\\\\\\n} 注文\"} 1\n");
    }
}
