package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code pg_get_triggerdef} into the part before {@code ON <table>} and the part after it,
 * so the trigger can be recreated on another table. The head is rebuilt from {@code tgtype} exactly
 * as PostgreSQL prints it and must match; a name containing {@code " ON "} cannot confuse the split.
 */
final class TriggerDefinition {

    private static final int ROW = 1;
    private static final int BEFORE = 1 << 1;
    private static final int INSERT = 1 << 2;
    private static final int DELETE = 1 << 3;
    private static final int UPDATE = 1 << 4;
    private static final int TRUNCATE = 1 << 5;
    private static final int INSTEAD = 1 << 6;

    private TriggerDefinition() {
    }

    static Trigger parse(String name, String quotedName, String definition, int type, boolean constraintTrigger,
                         List<String> quotedUpdateColumns, String quotedTable, boolean transitionTables,
                         char enabled, String comment, QualifiedName function, String quotedFunction) {
        String head = "CREATE " + (constraintTrigger ? "CONSTRAINT " : "") + "TRIGGER " + quotedName + " "
                + timing(type) + events(type, quotedUpdateColumns);
        String on = " ON " + quotedTable + " ";
        if (!definition.startsWith(head + on)) {
            throw new CatalogException("unexpected definition of trigger " + name + ": " + definition);
        }
        String tail = definition.substring(head.length() + on.length());
        boolean row = (type & ROW) != 0;
        boolean bare = tail.equals("FOR EACH " + (row ? "ROW" : "STATEMENT") + " EXECUTE FUNCTION " + quotedFunction + "()");
        return new Trigger(name, head, tail, row, transitionTables, enabled, comment, function, bare);
    }

    private static String timing(int type) {
        if ((type & INSTEAD) != 0) {
            return "INSTEAD OF";
        }
        return (type & BEFORE) != 0 ? "BEFORE" : "AFTER";
    }

    private static String events(int type, List<String> quotedUpdateColumns) {
        List<String> events = new ArrayList<>();
        if ((type & INSERT) != 0) {
            events.add("INSERT");
        }
        if ((type & DELETE) != 0) {
            events.add("DELETE");
        }
        if ((type & UPDATE) != 0) {
            events.add(quotedUpdateColumns.isEmpty() ? "UPDATE" : "UPDATE OF " + String.join(", ", quotedUpdateColumns));
        }
        if ((type & TRUNCATE) != 0) {
            events.add("TRUNCATE");
        }
        return " " + String.join(" OR ", events);
    }
}
