package io.partitionkit.liquibase.status;

import io.partitionkit.core.run.ReportLine;
import io.partitionkit.core.status.MaintenanceAge;
import io.partitionkit.core.status.StatusFile;
import io.partitionkit.core.status.StatusFormat;
import io.partitionkit.core.status.StatusReport;
import io.partitionkit.core.status.StatusReportText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where and how {@code partition:status} and {@code liquibase partition-status} write their report:
 * the format, the file that takes it instead of the log (replaced atomically, so that a textfile
 * collector never reads half of it), and how old the last successful maintenance may be. The
 * settings are checked together, each problem naming the setting, its value and what is accepted.
 *
 * @param outputFile the file to write, empty for the log (or the CLI's output)
 * @param maxMaintenanceAge null for one interval
 */
public record StatusOutput(StatusFormat format, Optional<Path> outputFile, Duration maxMaintenanceAge) {

    /**
     * The settings as given (null where not given); {@code names} are what the user calls them
     * ({@code partition.format}, or {@code --format}). Throws {@link IllegalArgumentException} with
     * every problem.
     */
    public static StatusOutput of(String format, String outputFile, String maxMaintenanceAge, Names names) {
        List<String> problems = new ArrayList<>();
        StatusFormat parsed = format == null ? StatusFormat.TEXT : StatusFormat.parse(format).orElse(null);
        if (parsed == null) {
            problems.add(names.format() + " '" + format + "' is not one of " + StatusFormat.ACCEPTED);
        }
        Optional<Path> file = Optional.empty();
        if (outputFile != null) {
            if (outputFile.isBlank()) {
                problems.add(names.outputFile() + " is empty; give a file to write the report to, or leave it out for the log");
            } else {
                file = Optional.of(Path.of(outputFile));
            }
        }
        Duration age = null;
        if (maxMaintenanceAge != null) {
            try {
                age = MaintenanceAge.parse(names.maxMaintenanceAge(), maxMaintenanceAge);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new StatusOutput(parsed, file, age);
    }

    /** What the settings are called where they are given. */
    public record Names(String format, String outputFile, String maxMaintenanceAge) {
    }

    /**
     * Writes the report: to the file when one is set (then {@code log} hears one line saying where),
     * else as lines to {@code log}, text with its warnings marked.
     */
    public void write(StatusReport report, Consumer<ReportLine> log) throws IOException {
        if (outputFile.isPresent()) {
            StatusFile.write(outputFile.get(), format.render(report));
            log.accept(ReportLine.info("partitionkit status (" + format.id() + ", " + report.tables().size() + " table(s), "
                    + report.allWarnings().size() + " warning(s)) written to " + outputFile.get().toAbsolutePath()));
        } else if (format == StatusFormat.TEXT) {
            StatusReportText.lines(report).forEach(log);
        } else {
            format.render(report).lines().map(ReportLine::info).forEach(log);
        }
    }
}
