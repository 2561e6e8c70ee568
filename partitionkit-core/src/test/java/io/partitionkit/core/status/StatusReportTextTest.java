package io.partitionkit.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.run.ReportLine;
import io.partitionkit.testing.Tables;
import io.partitionkit.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusReportTextTest {

    private static final Clock NOW = TestClock.at("2026-11-21T10:00:00Z");

    @Test
    void printsEachPartitionInAlignedColumnsAndMarksWarnings() {
        Tables events = Tables.timestamptz("events")
                .range("events_20261121", "2026-11-21", "2026-11-22", 1234)
                .range("events_20261122", "2026-11-22", "2026-11-23", 0)
                .defaultPartition(5)
                .comment("Events of the shop.\npartitionkit: last successful maintenance 2026-11-21T07:30:00Z");
        StatusReport report = StatusAnalysis.analyze(new StatusFacts(List.of(StatusTables.facts(events)), Map.of()),
                Map.of(events.name(), StatusTables.policy(events, "day", 2, "30 days", "UTC")), NOW);

        List<ReportLine> lines = StatusReportText.lines(report);

        assertThat(lines).extracting(ReportLine::text).containsSubsequence(
                "partitionkit status at 2026-11-21T10:00:00Z: 1 partitioned table(s), 1 warning(s)",
                "",
                "\"public\".\"events\": range on created_at (timestamp with time zone); interval day (ensurePartitions), premake 2, "
                        + "retention 30 days, time zone UTC",
                "  partition                   from                       to                           rows        size",
                "  \"public\".\"events_20261121\"  2026-11-21 00:00:00+00:00  2026-11-22 00:00:00+00:00  ~1,234      129 kB  current",
                "  \"public\".\"events_20261122\"  2026-11-22 00:00:00+00:00  2026-11-23 00:00:00+00:00      ~0  8192 bytes",
                "  \"public\".\"events_default\"   DEFAULT                                                    5     0 bytes",
                "  now (2026-11-21 10:00:00+00:00) is in \"public\".\"events_20261121\"; partitions reach 2026-11-23 00:00:00+00:00, 1 beyond it",
                "  last successful maintenance: 2026-11-21T07:30:00Z (2 hours 30 minutes ago)");
        assertThat(lines).filteredOn(ReportLine::warning).extracting(ReportLine::text).singleElement().asString()
                .startsWith("  the DEFAULT partition \"public\".\"events_default\" holds 5 row(s)");
    }

    @Test
    void aTableNeverMaintainedSaysSoAndAStaleOneIsAWarning() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-24").defaultPartition(0);
        StatusPolicy policy = StatusTables.policy(events, "day", 2, null, "UTC");
        StatusReport never = StatusAnalysis.analyze(new StatusFacts(List.of(StatusTables.facts(events)), Map.of()),
                Map.of(events.name(), policy), NOW);
        StatusReport stale = StatusAnalysis.analyze(new StatusFacts(List.of(StatusTables.facts(events.comment(
                "partitionkit: last successful maintenance 2026-11-19T09:00:00Z"))), Map.of()), Map.of(events.name(), policy), NOW);

        assertThat(StatusReportText.lines(never)).extracting(ReportLine::text).contains("  last successful maintenance: none recorded");
        assertThat(never.tables().get(0).warnings()).extracting(StatusWarning::kind).containsExactly(StatusWarning.Kind.MAINTENANCE_NEVER);
        assertThat(stale.tables().get(0).warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(StatusWarning.Kind.MAINTENANCE_STALE);
            assertThat(warning.message()).isEqualTo("maintenance last succeeded at 2026-11-19T09:00:00Z, 2 days 1 hour ago, more than 1 day: "
                    + "has it stopped running?");
        });
    }

    @Test
    void maxMaintenanceAgeReplacesTheInterval() {
        Tables events = Tables.timestamptz("events").days("2026-11-21", "2026-11-24").defaultPartition(0)
                .comment("partitionkit: last successful maintenance 2026-11-21T07:00:00Z");
        StatusFacts facts = new StatusFacts(List.of(StatusTables.facts(events)), Map.of());

        assertThat(StatusAnalysis.analyze(facts, Map.of(), NOW, Duration.ofHours(4)).tables().get(0).warnings()).isEmpty();
        assertThat(StatusAnalysis.analyze(facts, Map.of(), NOW, Duration.ofHours(2)).tables().get(0).warnings()).singleElement()
                .extracting(StatusWarning::message).isEqualTo("maintenance last succeeded at 2026-11-21T07:00:00Z, 3 hours ago, more than "
                        + "2 hours (maxMaintenanceAge): has it stopped running?");
    }

    @Test
    void anAgeIsWrittenAsLockTimeoutOrRetentionWriteIt() {
        assertThat(MaintenanceAge.parse("maxMaintenanceAge", "36h")).isEqualTo(Duration.ofHours(36));
        assertThat(MaintenanceAge.parse("maxMaintenanceAge", "2 days")).isEqualTo(Duration.ofDays(2));
        assertThat(MaintenanceAge.parse("maxMaintenanceAge", "1 day")).isEqualTo(Duration.ofDays(1));
        assertThat(MaintenanceAge.parse("maxMaintenanceAge", "90min")).isEqualTo(Duration.ofMinutes(90));
        assertThat(MaintenanceAge.parse("maxMaintenanceAge", "45 seconds")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> MaintenanceAge.parse("maxMaintenanceAge", "0h")).hasMessageStartingWith("maxMaintenanceAge '0h' is not an age");
        assertThatThrownBy(() -> MaintenanceAge.parse("maxMaintenanceAge", "2 weeks")).hasMessageContaining("such as 36h or 2 days");
    }

    @Test
    void sizesReadLikePgSizePretty() {
        assertThat(StatusReportText.size(0)).isEqualTo("0 bytes");
        assertThat(StatusReportText.size(10_239)).isEqualTo("10239 bytes");
        assertThat(StatusReportText.size(10_240)).isEqualTo("10 kB");
        assertThat(StatusReportText.size(5L * 1024 * 1024)).isEqualTo("5120 kB");
        assertThat(StatusReportText.size(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(StatusReportText.size(3L * 1024 * 1024 * 1024 * 1024 * 1024)).isEqualTo("3072 TB");
    }
}
