package io.partitionkit.core.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The health of every partitioned table of a database at one moment.
 *
 * @param warnings what needs attention beyond single tables (a policy naming a missing table, an unreadable table)
 */
public record StatusReport(Instant at, List<TableStatus> tables, List<String> warnings) {

    public StatusReport {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** Every warning, each table's prefixed with the table's name. */
    public List<String> allWarnings() {
        List<String> all = new ArrayList<>(warnings);
        for (TableStatus table : tables) {
            table.warnings().forEach(warning -> all.add(table.table() + ": " + warning));
        }
        return all;
    }
}
