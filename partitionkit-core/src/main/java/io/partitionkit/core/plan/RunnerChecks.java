package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.SwitchPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the role running a conversion or revert must be allowed, checked before the first statement:
 * PostgreSQL checks each privilege only when the switch needs it, at the end, after hours of copying
 * or with the boundary CHECK already in place. And whether a statement_timeout would cancel a long
 * step part-way.
 */
public final class RunnerChecks {

    private RunnerChecks() {
    }

    /** Every privilege the switch of {@code operation} ("converting", "reverting") needs that the role lacks. */
    public static List<String> privileges(TableSnapshot table, SwitchPrivileges p, String operation) {
        List<String> problems = new ArrayList<>();
        String role = "role " + p.role();
        String schema = table.name().schema();
        if (!p.actsAsOwner()) {
            problems.add(role + " neither owns " + table.name() + " nor is a member of its owner " + table.owner() + ": " + operation
                    + " renames it and hands the new table to its owner, which only the owner may do; run the change as "
                    + table.owner() + " (or a member of it, or a superuser)");
        }
        if (!p.createsInSchema()) {
            problems.add(role + " may not create tables in schema " + schema + ": GRANT CREATE ON SCHEMA " + Sql.ident(schema)
                    + " TO " + Sql.ident(p.role()) + ", or run the change as a role that may");
        }
        if (!p.superuser() && !p.ownerCreatesInSchema() && !p.role().equals(table.owner())) {
            problems.add("the owner " + table.owner() + " of " + table.name() + " may not create tables in schema " + schema
                    + ", so the new table cannot be handed to it: GRANT CREATE ON SCHEMA " + Sql.ident(schema) + " TO "
                    + Sql.ident(table.owner()));
        }
        p.viewsNotOwned().forEach(view -> problems.add(role + " does not own view " + view + ", which reads " + table.name()
                + ": the switch re-points it (CREATE OR REPLACE VIEW), which only its owner may do"));
        p.publicationsNotOwned().forEach(publication -> problems.add(role + " does not own publication " + publication
                + ": the switch moves " + table.name() + " in it, which only its owner may do"));
        p.referencingNotOwned().forEach(referencing -> problems.add(role + " does not own " + referencing + ", whose foreign key "
                + "references " + table.name() + ": the switch re-points that foreign key, which only the table's owner may do"));
        p.referencedNotReferable().forEach(referenced -> problems.add(role + " lacks REFERENCES on " + referenced + ", which a "
                + "foreign key of " + table.name() + " references: the switch creates that foreign key on the new table"));
        p.functionsNotExecutable().forEach(function -> problems.add(role + " may not execute " + function + "(), which a trigger of "
                + table.name() + " calls: the switch creates the trigger on the new table"));
        return problems;
    }

    /**
     * A copy reads every row through the table; with FORCE ROW LEVEL SECURITY its owner reads only
     * what the policies show it, and the rows they hide would be lost.
     */
    public static Optional<String> rowsHiddenFromCopy(TableSnapshot table, SwitchPrivileges p) {
        if (!table.forceRowSecurity() || p.bypassesRowSecurity()) {
            return Optional.empty();
        }
        return Optional.of(table.name() + " forces row-level security, so role " + p.role() + " would read only the rows its policies "
                + "show and copy no other: run the change as a role with BYPASSRLS (ALTER ROLE " + Sql.ident(p.role())
                + " BYPASSRLS) or a superuser");
    }

    /** A statement_timeout that would cancel {@code longStep}, which runs as long as the table is big. */
    public static Optional<String> statementTimeout(StatementTimeout timeout, String longStep, String role) {
        if (!timeout.isSet()) {
            return Optional.empty();
        }
        return Optional.of("statement_timeout is " + timeout.value().toMillis() + " ms (" + where(timeout.source(), role) + "), but "
                + longStep + " runs as long as the table is big and would be cancelled part-way; run the change with "
                + "statement_timeout 0, for example ALTER ROLE " + Sql.ident(role) + " SET statement_timeout = 0 for the "
                + "role it runs as, or options=-c%20statement_timeout=0 in the JDBC URL");
    }

    private static String where(String source, String role) {
        return switch (source) {
            case "user" -> "set for role " + role + " with ALTER ROLE";
            case "database user" -> "set for role " + role + " in this database with ALTER ROLE ... IN DATABASE";
            case "database" -> "set for the database with ALTER DATABASE";
            case "session", "client" -> "set for this session";
            case "configuration file" -> "set in postgresql.conf";
            default -> "from " + source;
        };
    }
}
