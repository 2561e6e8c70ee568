package io.partitionkit.core.status;

import static io.partitionkit.core.run.ReportLine.info;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.run.ReportLine;
import io.partitionkit.core.status.PartitionStatus.Flag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link StatusReport} as lines of text, each marked as information or warning (the
 * caller shows the mark: the Maven log prints warnings at its WARNING level).
 */
public final class StatusReportText {

    private static final String[] SIZE_UNITS = {"bytes", "kB", "MB", "GB", "TB"};

    private StatusReportText() {
    }

    public static List<ReportLine> lines(StatusReport report) {
        List<ReportLine> lines = new ArrayList<>();
        int warnings = report.allWarnings().size();
        lines.add(info("partitionkit status at " + report.at() + ": " + report.tables().size() + " partitioned table(s), "
                + warnings + " warning(s)"));
        for (TableStatus table : report.tables()) {
            lines.add(info(""));
            lines.addAll(table(table, report.at()));
        }
        if (!report.warnings().isEmpty()) {
            lines.add(info(""));
            report.warnings().forEach(warning -> lines.add(ReportLine.warning(warning.toString())));
        }
        return lines;
    }

    private static List<ReportLine> table(TableStatus table, Instant at) {
        List<ReportLine> lines = new ArrayList<>();
        lines.add(info(table.table() + ": " + table.partitionedBy() + describePolicy(table)));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"partition", "from", "to", "rows", "size", ""});
        for (PartitionStatus partition : table.partitions()) {
            String rowCount = partition.has(Flag.DEFAULT) ? count(partition.rows()) : "~" + String.format(Locale.ROOT, "%,d", partition.rows());
            rows.add(new String[] {partition.name().toString(), partition.from(), partition.to(), rowCount, size(partition.bytes()),
                    partition.flags().stream().filter(flag -> flag != Flag.DEFAULT).sorted().map(Flag::label)
                            .collect(Collectors.joining(", "))});
        }
        if (table.partitions().isEmpty()) {
            lines.add(info("  no partitions"));
        } else {
            columns(rows).forEach(row -> lines.add(info("  " + row)));
        }
        if (table.coverage() != null) {
            lines.add(info("  " + describe(table.coverage())));
        }
        lines.add(info("  last successful maintenance: " + table.lastMaintenance()
                .map(last -> last + " (" + (last.isAfter(at) ? "ahead of the clock" : MaintenanceAge.describe(Duration.between(last, at))
                        + " ago") + ")").orElse("none recorded")));
        table.notes().forEach(note -> lines.add(info("  note: " + note)));
        table.warnings().forEach(warning -> lines.add(ReportLine.warning("  " + warning)));
        return lines;
    }

    private static String describePolicy(TableStatus table) {
        String interval = table.interval() == null ? "" : switch (table.intervalSource()) {
            case POLICY -> "; interval " + table.interval() + " (ensurePartitions)";
            case INFERRED -> "; interval " + table.interval() + " (inferred from the bounds)";
            case UNKNOWN -> "";
        };
        StatusPolicy policy = table.policy();
        if (policy == null) {
            return interval;
        }
        return interval + ", premake " + policy.premake() + ", retention " + (policy.retention() == null ? "none" : policy.retention())
                + ", time zone " + policy.zone() + (policy.keyEncoding() == null ? ""
                : policy.keyEncoding() instanceof EpochUnit ? ", epoch " + policy.keyEncoding() : ", keyEncoding " + policy.keyEncoding());
    }

    private static String describe(Coverage coverage) {
        String reference = coverage.referenceName() + " (" + coverage.reference() + ")";
        if (!coverage.covered()) {
            return reference + " is in no partition";
        }
        return reference + " is in " + coverage.current() + "; partitions reach " + coverage.reach() + ", " + coverage.ahead()
                + " beyond it";
    }

    /** Left-aligned text columns, right-aligned numbers, two spaces apart, no trailing blanks. */
    private static List<String> columns(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 3 || i == 4;
                String cell = number ? " ".repeat(widths[i] - row[i].length()) + row[i] : row[i] + " ".repeat(widths[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private static String count(long rows) {
        return rows > TableFacts.DEFAULT_ROWS_COUNTED_UP_TO
                ? String.format(Locale.ROOT, ">%,d", TableFacts.DEFAULT_ROWS_COUNTED_UP_TO)
                : String.format(Locale.ROOT, "%,d", rows);
    }

    /** Bytes the way pg_size_pretty prints them: whole units up to 10240 of the smaller one. */
    static String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 10240 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return Math.round(value) + " " + SIZE_UNITS[unit];
    }
}
