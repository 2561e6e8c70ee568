package io.partitionkit.core.plan.revert;

import io.partitionkit.core.plan.CaptureNames;
import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Names of what a revert builds next to the partitioned table: the plain table being filled, the
 * log of keys written meanwhile and its capture trigger, and temporary names for the new table's
 * indexes until the switch frees the original ones.
 */
final class RevertNames {

    private final QualifiedName table;
    private final Set<String> taken;
    private final Map<String, String> temporary = new HashMap<>();

    /**
     * @param ownNames names of indexes an interrupted run already gave the copy; they stay free for
     *                 it, so a second run derives the same temporary names as the first
     */
    RevertNames(QualifiedName table, Set<String> schemaRelationNames, Set<String> ownNames) {
        this.table = table;
        this.taken = new HashSet<>(schemaRelationNames);
        taken.removeAll(ownNames);
    }

    static QualifiedName target(QualifiedName table) {
        return table.sibling(Names.fit(table.name(), "_unpartitioned"));
    }

    static QualifiedName log(QualifiedName table) {
        return table.sibling(Names.fit(table.name(), "_revert_log"));
    }

    static QualifiedName captureFunction(QualifiedName table) {
        return table.sibling(Names.fit(table.name(), "_revert_capture"));
    }

    static String captureTrigger(QualifiedName table) {
        return Names.fit(table.name(), "_revert_capture");
    }

    CaptureNames capture() {
        return new CaptureNames(table, target(), log(), captureFunction(), captureTrigger(), Names.fit(table.name(), "_revert_keys"),
                "revertPartitioning");
    }

    QualifiedName target() {
        return target(table);
    }

    QualifiedName log() {
        return log(table);
    }

    QualifiedName captureFunction() {
        return captureFunction(table);
    }

    String captureTrigger() {
        return captureTrigger(table);
    }

    /** The CHECK proving the legacy partition's rows lie below its bound, so it can become the DEFAULT without a scan. */
    String legacyBoundCheck() {
        return Names.fit(table.name(), "_revert_bound");
    }

    /** The name the switch gives the partitioned table for the moment before it is dropped. */
    String retiredParent() {
        return Names.firstFree(Names.fit(table.name(), "_partitioned_old"), taken);
    }

    /** A name for an index of the new table that does not collide before the switch. */
    String temporary(String finalName) {
        return temporary.computeIfAbsent(finalName, name -> Names.firstFree(Names.fit(name, "_unpartitioned"), taken));
    }
}
