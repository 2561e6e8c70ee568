package io.partitionkit.it.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.Promtool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Prometheus alert rules, as written: {@code promtool check rules} accepts them and
 * {@code promtool test rules} shows each firing on the metrics partition:status writes (rows waiting
 * in DEFAULT, too few partitions ahead, maintenance two days old) and staying quiet otherwise.
 */
class ReadmeAlertRulesIT {

    private static final Path README = Path.of("../README.md");
    private static final Pattern RULES = Pattern.compile("```yaml\n(groups:\n  - name: partitionkit\n.*?)```", Pattern.DOTALL);

    /**
     * What status reports for public.events from time 0, a sample a minute (Prometheus looks back only
     * five minutes for a sample): 5 rows in DEFAULT from 2h, 3 of premake 7 intervals ahead from 3h,
     * daily partitions maintained last at time 0, status read every minute.
     */
    private static final String TESTS = """
            rule_files: [rules.yml]
            evaluation_interval: 1m
            tests:
              - interval: 1m
                input_series:
                  - series: 'partitionkit_default_rows{schema="public",table="events"}'
                    values: '0x120 5x300'
                  - series: 'partitionkit_expired_partitions{schema="public",table="events"}'
                    values: '0x3000'
                  - series: 'partitionkit_premade_intervals{schema="public",table="events"}'
                    values: '7x180 3x300'
                  - series: 'partitionkit_premake_intervals{schema="public",table="events"}'
                    values: '7x3000'
                  - series: 'partitionkit_interval_seconds{schema="public",table="events"}'
                    values: '86400x3000'
                  - series: 'partitionkit_last_maintenance_timestamp_seconds{schema="public",table="events"}'
                    values: '0x3000'
                  - series: 'partitionkit_status_timestamp_seconds'
                    values: '0+60x3000'
                alert_rule_test:
                  - eval_time: 5h
                    alertname: PartitionDefaultHoldsRows
                    exp_alerts:
                      - exp_labels: {alertname: PartitionDefaultHoldsRows, schema: public, table: events}
                        exp_annotations: {summary: "public.events: 5 rows in the DEFAULT partition"}
                  - eval_time: 5h
                    alertname: PartitionPremadeRunningOut
                    exp_alerts:
                      - exp_labels: {alertname: PartitionPremadeRunningOut, schema: public, table: events}
                        exp_annotations: {summary: "public.events: 3 intervals premade, fewer than half of premake"}
                  - eval_time: 5h
                    alertname: PartitionExpiredNotRemoved
                    exp_alerts: []
                  - eval_time: 5h
                    alertname: PartitionMaintenanceStale
                    exp_alerts: []
                  - eval_time: 50h
                    alertname: PartitionMaintenanceStale
                    exp_alerts:
                      - exp_labels: {alertname: PartitionMaintenanceStale, schema: public, table: events}
                        exp_annotations: {summary: "public.events: maintenance last succeeded 2d 2h 0m 0s ago"}
                  - eval_time: 50h
                    alertname: PartitionStatusNotReported
                    exp_alerts: []
            """;

    @Test
    void theRulesPassPromtoolAndFireOnTheMetricsStatusWrites() throws IOException {
        Promtool promtool = Promtool.installed();
        Matcher rules = RULES.matcher(Files.readString(README));
        assertThat(rules.find()).as("README has the partitionkit alert rules in a yaml block").isTrue();
        Path directory = Files.createDirectories(Path.of("target", "alert-rules").toAbsolutePath());
        Files.writeString(directory.resolve("rules.yml"), rules.group(1));
        Files.writeString(directory.resolve("tests.yml"), TESTS);

        Promtool.Result checked = promtool.run("check", "rules", directory.resolve("rules.yml").toString());
        Promtool.Result tested = promtool.run("test", "rules", directory.resolve("tests.yml").toString());

        assertThat(checked.exitCode()).as("%s", checked).isZero();
        assertThat(checked.output()).contains("SUCCESS: 5 rules found");
        assertThat(tested.exitCode()).as("%s", tested).isZero();
    }
}
