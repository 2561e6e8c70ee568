package io.partitionkit.core.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partitionkit.testing.Tables;
import io.partitionkit.testing.TestClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The status as JSON and as Prometheus metrics: the JSON document's member names are pinned (they
 * are an interface), and the metrics carry every table's numbers with its names escaped as the
 * format requires, whatever they hold.
 */
class StatusFormatsTest {

    private static final Clock NOW = TestClock.at("2026-11-21T10:00:00Z");

    /**
     * events: daily partitions from 17 to 24 November without the 20th, the 17th expired under its
     * policy's 3 days of retention, 4 rows in DEFAULT, maintained at 07:30; and a table whose schema
     * and name hold a quote, a backslash and a line feed, never maintained.
     */
    private static StatusReport report() {
        Tables events = Tables.timestamptz("events")
                .range("events_p20261117", "2026-11-17", "2026-11-18", 10)
                .range("events_p20261118", "2026-11-18", "2026-11-19", 20)
                .range("events_p20261119", "2026-11-19", "2026-11-20", 30)
                .days("2026-11-21", "2026-11-24")
                .defaultPartition(4)
                .comment("partitionkit: last successful maintenance 2026-11-21T07:30:00Z");
        Tables hostile = Tables.timestamptz("we\"ird\\\nname").inSchema("s\"c").days("2026-11-21", "2026-11-23");
        StatusPolicy policy = StatusTables.policy(events, "day", 2, "3 days", "UTC");
        return StatusAnalysis.analyze(new StatusFacts(List.of(StatusTables.facts(events), StatusTables.facts(hostile)), Map.of()),
                Map.of(events.name(), policy), NOW);
    }

    @Test
    void theJsonDocumentHasItsPinnedMembers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(StatusFormat.JSON.render(report()));

        assertThat(names(json)).containsExactly("at", "tables", "warnings");
        JsonNode events = json.get("tables").get(0);
        assertThat(names(events)).containsExactly("schema", "table", "partitionedBy", "column", "interval", "intervalSource", "intervalSeconds", "premake",
                "retention", "timeZone", "lastMaintenance", "defaultRows", "defaultRowsNotUuidv7", "partitionCount", "premadeIntervals", "expiredPartitions",
                "gaps", "bytes", "coverage", "partitions", "warnings", "notes");
        assertThat(names(events.get("partitions").get(0))).containsExactly("name", "default", "from", "to", "estimatedRows", "bytes",
                "flags");
        assertThat(names(events.get("coverage"))).containsExactly("now", "nowIs", "currentPartition", "reach");
        assertThat(names(events.get("warnings").get(0))).containsExactly("code", "message");

        assertThat(events.get("table").asText()).isEqualTo("events");
        assertThat(events.get("column").asText()).isEqualTo("created_at");
        assertThat(events.get("interval").asText()).isEqualTo("day");
        assertThat(events.get("intervalSeconds").asLong()).isEqualTo(86_400);
        assertThat(events.get("lastMaintenance").asText()).isEqualTo("2026-11-21T07:30:00Z");
        assertThat(events.get("defaultRows").asLong()).isEqualTo(4);
        assertThat(events.get("partitionCount").asLong()).isEqualTo(6);
        assertThat(events.get("premadeIntervals").asInt()).isEqualTo(2);
        assertThat(events.get("expiredPartitions").asLong()).isEqualTo(1);
        assertThat(events.get("gaps").asLong()).isEqualTo(1);
        assertThat(events.get("partitions").get(0).get("from").asText()).isEqualTo("2026-11-17 00:00:00+00:00");
        assertThat(events.get("partitions").get(0).get("flags")).extracting(JsonNode::asText).containsExactly("expired");
        assertThat(events.get("warnings")).extracting(warning -> warning.get("code").asText())
                .containsExactly("default_rows", "gap", "expired");
        JsonNode hostile = json.get("tables").get(1);
        assertThat(hostile.get("schema").asText()).isEqualTo("s\"c");
        assertThat(hostile.get("table").asText()).isEqualTo("we\"ird\\\nname");
        assertThat(hostile.get("lastMaintenance").isNull()).isTrue();
    }

    @Test
    void theMetricsCarryEachTablesNumbersWithItsNamesEscaped() {
        String metrics = StatusFormat.PROMETHEUS.render(report());

        assertThat(metrics).contains(
                "# HELP partitionkit_partitions Range partitions of the table (the DEFAULT partition not counted).\n"
                        + "# TYPE partitionkit_partitions gauge\n"
                        + "partitionkit_partitions{schema=\"public\",table=\"events\"} 6\n"
                        + "partitionkit_partitions{schema=\"s\\\"c\",table=\"we\\\"ird\\\\\\nname\"} 2\n",
                "partitionkit_default_rows{schema=\"public\",table=\"events\"} 4\n",
                "partitionkit_premade_intervals{schema=\"public\",table=\"events\"} 2\n",
                "partitionkit_premake_intervals{schema=\"public\",table=\"events\"} 2\n",
                "partitionkit_interval_seconds{schema=\"public\",table=\"events\"} 86400\n",
                "partitionkit_expired_partitions{schema=\"public\",table=\"events\"} 1\n",
                "partitionkit_gaps{schema=\"public\",table=\"events\"} 1\n",
                "partitionkit_warnings{schema=\"public\",table=\"events\",kind=\"default_rows\"} 1\n",
                "partitionkit_warnings{schema=\"public\",table=\"events\",kind=\"maintenance_stale\"} 0\n",
                "partitionkit_last_maintenance_timestamp_seconds{schema=\"public\",table=\"events\"} 1795246200\n",
                "partitionkit_status_timestamp_seconds 1795255200\n");
        assertThat(metrics).doesNotContain("partitionkit_last_maintenance_timestamp_seconds{schema=\"s");
        assertThat(metrics.lines().filter(line -> line.startsWith("# TYPE ")).toList()).doesNotHaveDuplicates()
                .allMatch(line -> line.endsWith(" gauge"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
