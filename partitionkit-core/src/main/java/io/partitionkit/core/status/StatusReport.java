package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The health of every partitioned table of a database at one moment.
 *
 * @param warnings what needs attention beyond the tables analysed (a policy naming a table that is not partitioned, an
 *                 unreadable table), each with the table it concerns
 */
public record StatusReport(Instant at, List<TableStatus> tables, List<TableWarning> warnings) {

    /** A warning about a table status could not analyse. */
    public record TableWarning(QualifiedName table, StatusWarning warning) {
        @Override
        public String toString() {
            return warning.message();
        }
    }

    public StatusReport {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** Every warning, each table's prefixed with the table's name. */
    public List<String> allWarnings() {
        List<String> all = new ArrayList<>(warnings.stream().map(TableWarning::toString).toList());
        for (TableStatus table : tables) {
            table.warnings().forEach(warning -> all.add(table.table() + ": " + warning.message()));
        }
        return all;
    }
}
