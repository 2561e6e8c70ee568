package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Policy;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The old table a conversion with strategy copy or empty keeps aside under the legacy name. Its
 * switch leaves it a note saying what it is, and only its owner's access: its rows are reached
 * through the partitioned table now, whose privileges and policies guard them. A revert folds its
 * rows back (empty) or drops it (copy: the partitioned table has them all) only when it carries
 * that note and is as the switch left it; anything else under that name is left alone.
 */
public final class KeptTable {

    /** What a revert does with a kept table. */
    public enum Fate {
        /** Strategy copy's snapshot of the rows at the switch: the partitioned table has them all; drop it. */
        DROP,
        /** Strategy empty's old rows: fold in those the partitioned table does not have, then drop it. */
        FOLD
    }

    private KeptTable() {
    }

    public static String copyNote(QualifiedName table) {
        return "partitionkit: the rows of " + table + " as they were when strategy copy switched it to a partitioned table; "
                + "no longer written. Drop this table once the partitioned table is trusted.";
    }

    public static String emptyNote(QualifiedName table) {
        return "partitionkit: the rows of " + table + " as they were when strategy empty switched it to a partitioned table; "
                + "kept for a backfill. revertPartitioning folds them back in.";
    }

    /** Inside the switch: the note, and no access but the owner's (grants revoked, policies dropped). */
    public static List<String> setAside(TableSnapshot original, QualifiedName kept, String note) {
        List<String> sql = new ArrayList<>(Ddl.revokeAll(kept, original.grantees()));
        for (Policy policy : original.policies()) {
            sql.add(Ddl.dropPolicy(kept, policy.name()));
        }
        sql.add(Ddl.commentOnTable(kept, note));
        return sql;
    }

    /** What a revert of {@code table} does with {@code found}; empty when it is not a table a switch kept aside. */
    public static Optional<Fate> fate(TableSnapshot found, QualifiedName table) {
        if (copyNote(table).equals(found.comment())) {
            return Optional.of(Fate.DROP);
        }
        return emptyNote(table).equals(found.comment()) ? Optional.of(Fate.FOLD) : Optional.empty();
    }

    /** Why a table carrying the note is not as the switch left it; empty when it is. */
    public static Optional<String> refusal(TableSnapshot found, TableSnapshot table) {
        return LeftBehind.tableRefusal(found, 'r', new LeftBehind.Expected("the table a conversion of " + table.name() + " kept aside",
                found.comment(), table.owner()));
    }
}
