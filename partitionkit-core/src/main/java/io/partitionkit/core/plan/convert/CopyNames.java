package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.CaptureNames;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names of what strategy copy builds next to the table: the partitioned table being filled (the
 * shadow), the log of keys written meanwhile with its capture trigger, an index to walk the key in
 * order, and temporary names for the shadow's indexes until the switch frees the original ones.
 */
final class CopyNames {

    private final QualifiedName table;
    private final Set<String> taken;
    private final Map<String, String> temporary = new HashMap<>();

    /** {@code shadow}: the shadow an interrupted run built; its index names stay free for it. */
    CopyNames(TableSnapshot table, Optional<TableSnapshot> shadow) {
        this.table = table.name();
        this.taken = new HashSet<>(table.schemaRelationNames());
        taken.removeAll(shadow.map(s -> s.indexes().stream().map(Index::name).collect(Collectors.toSet())).orElse(Set.of()));
    }

    static QualifiedName shadow(QualifiedName table) {
        return table.sibling(Names.fit(table.name(), "_partitioned"));
    }

    QualifiedName shadow() {
        return shadow(table);
    }

    CaptureNames capture() {
        return new CaptureNames(table, shadow(), table.sibling(Names.fit(table.name(), "_convert_log")),
                table.sibling(Names.fit(table.name(), "_convert_capture")), Names.fit(table.name(), "_convert_capture"),
                Names.fit(table.name(), "_convert_keys"), "a conversion with strategy copy");
    }

    /** The index on (partition key, primary key) built when no index leads with the key. */
    String orderIndex() {
        return Names.fit(table.name(), "_convert_order");
    }

    /** The CHECK that lets a loaded range table be attached without a scan, and marks it as ours. */
    String rangeCheck() {
        return TableNames.boundCheck(table.name());
    }

    /** A name for an index or index-backed constraint of the shadow that does not collide before the switch. */
    String temporary(String finalName) {
        return temporary.computeIfAbsent(finalName, name -> Names.firstFree(Names.fit(name, "_partitioned"), taken));
    }
}
