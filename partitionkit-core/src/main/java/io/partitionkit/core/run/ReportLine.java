package io.partitionkit.core.run;

/**
 * One line of a report for a person, marked as information or warning: each runtime shows the mark
 * its own way (the Maven log's WARNING level, Liquibase's warning output).
 */
public record ReportLine(boolean warning, String text) {

    public static ReportLine info(String text) {
        return new ReportLine(false, text);
    }

    public static ReportLine warning(String text) {
        return new ReportLine(true, text);
    }
}
