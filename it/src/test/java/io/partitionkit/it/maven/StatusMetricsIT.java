package io.partitionkit.it.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.Promtool;
import io.partitionkit.it.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code partition:status} as metrics and as JSON, read by Prometheus's own parser ({@code promtool})
 * and a JSON parser, every number checked against the database: {@code partition:maintain} runs (and
 * notes its success), then rows are put in DEFAULT, a partition ahead is dropped (a gap) and two
 * partitions older than retention are made by hand (expired, with a gap between them and the days
 * maintenance made).
 */
@ExtendWith(PostgresExtension.class)
class StatusMetricsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String CHANGELOG = """
            <changeSet id="events-maintenance" author="ops" runAlways="true" runInTransaction="false">
              <partition:ensurePartitions tableName="events" column="created_at" interval="day" premake="3" retention="10 days"/>
            </changeSet>
            """;
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)(\\{[^}]*})? (\\S+)$");

    private static TestDatabase db;
    private static PluginProject project;
    private static CiRole role;

    @BeforeAll
    static void maintainThenBreak(TestDatabase database) {
        db = database;
        role = CiRole.owning(database);
        role.execute("CREATE TABLE events (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) "
                        + "PARTITION BY RANGE (created_at)",
                "CREATE TABLE events_default PARTITION OF events DEFAULT");
        project = PluginProject.named("status-metrics").withPom().withChangelog(CHANGELOG);
        BuildResult maintained = MavenBuild.of(project, "partition:maintain").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).run();
        assertThat(maintained.succeeded()).as("%s", maintained).isTrue();

        role.execute("INSERT INTO events SELECT i, '" + TODAY.plusDays(30) + " 12:00+00' FROM generate_series(1, 3) i",
                "DROP TABLE events_p" + day(TODAY.plusDays(1)),
                "CREATE TABLE events_p" + day(TODAY.minusDays(40)) + " PARTITION OF events FOR VALUES FROM ('" + TODAY.minusDays(40)
                        + " 00:00+00') TO ('" + TODAY.minusDays(39) + " 00:00+00')",
                "CREATE TABLE events_p" + day(TODAY.minusDays(39)) + " PARTITION OF events FOR VALUES FROM ('" + TODAY.minusDays(39)
                        + " 00:00+00') TO ('" + TODAY.minusDays(38) + " 00:00+00')");
    }

    @Test
    void prometheusMetricsPassPromtoolAndMatchTheDatabase() throws IOException {
        Promtool promtool = Promtool.installed();
        Path file = project.directory().resolve("textfile/partitionkit.prom");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# an older scrape, replaced whole\n");

        BuildResult build = MavenBuild.of(project, "partition:status").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).property("partition.format", "prometheus")
                .property("partition.outputFile", file.toString()).run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        assertThat(build.output()).contains("partitionkit status (prometheus, 1 table(s), 5 warning(s)) written to " + file);
        String metrics = Files.readString(file);
        assertThat(promtool.checkMetrics(metrics)).as("promtool check metrics").extracting(Promtool.Result::exitCode).isEqualTo(0);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).as("no temporary file left").containsExactly("partitionkit.prom");
        }
        Map<String, String> samples = samples(metrics);
        String events = "{schema=\"public\",table=\"events\"}";
        assertThat(samples.get("partitionkit_partitions" + events)).isEqualTo(String.valueOf(db.longValue(
                "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass "
                        + "AND NOT pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'")));
        assertThat(samples.get("partitionkit_default_rows" + events)).isEqualTo(db.value("SELECT count(*) FROM events_default"))
                .isEqualTo("3");
        assertThat(samples.get("partitionkit_gaps" + events)).as("tomorrow, and before the maintained days").isEqualTo("2");
        assertThat(samples.get("partitionkit_expired_partitions" + events)).isEqualTo("2");
        assertThat(samples.get("partitionkit_premade_intervals" + events)).as("the dropped partition was tomorrow's").isEqualTo("0");
        assertThat(samples.get("partitionkit_premake_intervals" + events)).isEqualTo("3");
        assertThat(samples.get("partitionkit_interval_seconds" + events)).isEqualTo("86400");
        assertThat(samples.get("partitionkit_table_bytes" + events)).isEqualTo(db.value("SELECT sum(pg_total_relation_size(i.inhrelid)) "
                + "FROM pg_inherits i WHERE i.inhparent = 'events'::regclass"));
        assertThat(Instant.ofEpochSecond(Long.parseLong(samples.get("partitionkit_last_maintenance_timestamp_seconds" + events))))
                .isEqualTo(recordedMaintenance());
        for (String kind : List.of("default_rows", "expired", "premade_low")) {
            assertThat(samples.get("partitionkit_warnings{schema=\"public\",table=\"events\",kind=\"" + kind + "\"}")).as(kind).isEqualTo("1");
        }
        assertThat(samples.get("partitionkit_warnings{schema=\"public\",table=\"events\",kind=\"gap\"}")).isEqualTo("2");
        assertThat(samples.get("partitionkit_warnings{schema=\"public\",table=\"events\",kind=\"maintenance_stale\"}")).isEqualTo("0");
    }

    @Test
    void theJsonDocumentMatchesTheDatabase() throws IOException {
        Path file = project.directory().resolve("status.json");

        BuildResult build = MavenBuild.of(project, "partition:status").connectingAs(role)
                .property("partition.changeLogFile", PluginProject.CHANGELOG).property("partition.format", "json")
                .property("partition.outputFile", file.toString()).run();

        assertThat(build.succeeded()).as("%s", build).isTrue();
        JsonNode table = new ObjectMapper().readTree(file.toFile()).get("tables").get(0);
        assertThat(table.get("schema").asText()).isEqualTo("public");
        assertThat(table.get("table").asText()).isEqualTo("events");
        assertThat(table.get("column").asText()).isEqualTo("created_at");
        assertThat(table.get("interval").asText()).isEqualTo("day");
        assertThat(table.get("defaultRows").asLong()).isEqualTo(3);
        assertThat(table.get("gaps").asLong()).isEqualTo(2);
        assertThat(Instant.parse(table.get("lastMaintenance").asText())).isEqualTo(recordedMaintenance());
        assertThat(StreamSupport.stream(table.get("partitions").spliterator(), false).map(partition -> partition.get("name").asText()))
                .containsExactlyInAnyOrderElementsOf(db.column("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                        + "WHERE i.inhparent = 'events'::regclass"));
        assertThat(StreamSupport.stream(table.get("warnings").spliterator(), false).map(warning -> warning.get("code").asText()))
                .containsExactlyInAnyOrder("default_rows", "gap", "gap", "expired", "premade_low");
    }

    /** When partition:maintain noted its success, as the table's comment holds it. */
    private static Instant recordedMaintenance() {
        String comment = db.value("SELECT obj_description('events'::regclass, 'pg_class')");
        assertThat(comment).startsWith("partitionkit: last successful maintenance ");
        return Instant.parse(comment.substring("partitionkit: last successful maintenance ".length()));
    }

    /** Each sample of the exposition format: {@code name{labels}} to its value. */
    private static Map<String, String> samples(String metrics) {
        Map<String, String> samples = new HashMap<>();
        for (String line : metrics.lines().filter(line -> !line.startsWith("#")).toList()) {
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
            samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)), sample.group(3));
        }
        return samples;
    }

    private static String day(LocalDate date) {
        return date.toString().replace("-", "");
    }
}
