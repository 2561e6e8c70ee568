package io.partitionkit.core.status;

import io.partitionkit.core.run.ReportLine;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a status report is written: the text people read, one JSON document, or Prometheus metrics. */
public enum StatusFormat {
    TEXT,
    JSON,
    PROMETHEUS;

    /** The values accepted, for messages. */
    public static final String ACCEPTED = Arrays.stream(values()).map(StatusFormat::id).collect(Collectors.joining(", "));

    /** The format a setting names ({@code text}, {@code json}, {@code prometheus}, any case); empty for another value. */
    public static Optional<StatusFormat> parse(String value) {
        return Arrays.stream(values()).filter(format -> format.id().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
    }

    /** Its name in settings: {@code text}, {@code json}, {@code prometheus}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The whole report in this format, ending with a line feed. */
    public String render(StatusReport report) {
        return switch (this) {
            case TEXT -> StatusReportText.lines(report).stream().map(ReportLine::text).collect(Collectors.joining("\n", "", "\n"));
            case JSON -> StatusJson.render(report);
            case PROMETHEUS -> StatusPrometheus.render(report);
        };
    }
}
