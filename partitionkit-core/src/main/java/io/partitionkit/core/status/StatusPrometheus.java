package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link StatusReport} in the Prometheus text exposition format (version 0.0.4), for a
 * node_exporter textfile collector or a Pushgateway: one gauge family per fact, each sample labelled
 * with {@code schema} and {@code table} (label values escaped as the format requires).
 */
public final class StatusPrometheus {

    private StatusPrometheus() {
    }

    /** One table's numbers and its last successful maintenance. */
    private record Table(QualifiedName name, TableMetrics metrics, TableStatus status) {
    }

    public static String render(StatusReport report) {
        List<Table> tables = report.tables().stream().map(table -> new Table(table.table(), TableMetrics.of(table), table)).toList();
        StringBuilder out = new StringBuilder();
        family(out, "partitionkit_status_timestamp_seconds", "When partitionkit read the status, in seconds since the epoch.");
        out.append("partitionkit_status_timestamp_seconds ").append(report.at().getEpochSecond()).append('\n');
        gauge(out, tables, "partitionkit_partitions", "Range partitions of the table (the DEFAULT partition not counted).",
                table -> table.metrics().partitions());
        gauge(out, tables, "partitionkit_default_rows", "Rows in the table's DEFAULT partition (counted up to "
                + (TableFacts.DEFAULT_ROWS_COUNTED_UP_TO + 1) + "); 0 without one.", table -> table.metrics().defaultRows());
        gauge(out, tables.stream().filter(table -> table.metrics().defaultRowsNotUuidv7().isPresent()).toList(),
                "partitionkit_default_rows_not_uuidv7", "Rows of a uuid-keyed table's DEFAULT partition (as counted) whose UUIDs are not "
                        + "version 7: maintenance leaves them there.", table -> table.metrics().defaultRowsNotUuidv7().get());
        gauge(out, tables.stream().filter(table -> table.metrics().premadeIntervals().isPresent()).toList(),
                "partitionkit_premade_intervals", "Whole intervals covered by partitions after the current one.",
                table -> (long) table.metrics().premadeIntervals().get());
        gauge(out, tables.stream().filter(table -> table.metrics().premake().isPresent()).toList(), "partitionkit_premake_intervals",
                "The premake of the table's ensurePartitions change: intervals maintenance keeps after the current one.",
                table -> (long) table.metrics().premake().get());
        gauge(out, tables.stream().filter(table -> table.status().intervalLength().isPresent()).toList(), "partitionkit_interval_seconds",
                "One interval of the table's time key at its longest (a month counts 31 days), in seconds.",
                table -> table.status().intervalLength().get().toSeconds());
        gauge(out, tables, "partitionkit_expired_partitions", "Partitions retention should already have removed.",
                table -> table.metrics().expiredPartitions());
        gauge(out, tables, "partitionkit_gaps", "Holes between the table's partitions.", table -> table.metrics().gaps());
        gauge(out, tables, "partitionkit_table_bytes", "Total size of the table's partitions, in bytes.", table -> table.metrics().bytes());
        gauge(out, tables.stream().filter(table -> table.status().lastMaintenance().isPresent()).toList(),
                "partitionkit_last_maintenance_timestamp_seconds", "When maintenance of the table last succeeded, in seconds since "
                        + "the epoch (absent when none is recorded).", table -> table.status().lastMaintenance().get().getEpochSecond());
        family(out, "partitionkit_warnings", "Warnings status raises for the table, by kind.");
        for (Table table : tables) {
            for (Map.Entry<StatusWarning.Kind, Long> kind : table.metrics().warnings().entrySet()) {
                sample(out, "partitionkit_warnings", table.name(), kind.getKey(), kind.getValue());
            }
        }
        for (StatusReport.TableWarning warning : report.warnings()) {
            sample(out, "partitionkit_warnings", warning.table(), warning.warning().kind(), 1);
        }
        return out.toString();
    }

    private static void gauge(StringBuilder out, List<Table> tables, String name, String help, Function<Table, Long> value) {
        family(out, name, help);
        for (Table table : tables) {
            sample(out, name, table.name(), null, value.apply(table));
        }
    }

    private static void family(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder out, String name, QualifiedName table, StatusWarning.Kind kind, long value) {
        List<String> labels = new ArrayList<>();
        labels.add("schema=\"" + escape(table.schema()) + "\"");
        labels.add("table=\"" + escape(table.name()) + "\"");
        if (kind != null) {
            labels.add("kind=\"" + kind.code() + "\"");
        }
        out.append(name).append('{').append(String.join(",", labels)).append("} ").append(value).append('\n');
    }

    /** A label value as the format requires: backslash, double quote and line feed escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
