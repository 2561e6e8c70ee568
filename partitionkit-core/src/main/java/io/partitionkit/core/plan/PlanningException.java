package io.partitionkit.core.plan;

import java.util.List;

/**
 * The table cannot be changed as asked. Raised before the first statement runs, so the database is
 * unchanged; lists every problem found, each saying what would be accepted.
 */
public class PlanningException extends RuntimeException {

    private final List<String> problems;

    public PlanningException(String subject, List<String> problems) {
        super(subject + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The table named in the options does not exist; {@code action} is the verb, such as "convert". */
    public static PlanningException missingTable(String action, String schema, String table) {
        return new PlanningException("cannot " + action + " " + (schema == null ? "" : schema + ".") + table,
                List.of(schema == null
                        ? "tableName '" + table + "' names no table in the connection's current schema; give an existing table "
                                + "(names are case-sensitive), and schemaName when it is in another schema"
                        : "tableName '" + table + "' names no table in schemaName '" + schema + "'; give an existing schema and "
                                + "table (names are case-sensitive)"));
    }

    public List<String> problems() {
        return problems;
    }
}
