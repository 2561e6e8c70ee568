package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.plan.RevertMarker;
import io.partitionkit.core.plan.TableNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partition an attach conversion made of the original table, {@code [MINVALUE, boundary)}, when
 * a revert can turn it back into the plain table instead of copying every row: it holds the table's
 * history, so only the rows of the other partitions move. It must still be the table the conversion
 * left: owned by the table's owner, in its tablespace, with nothing of its own that the plain table
 * would not have (triggers, rules and other dependants, policies, constraints, indexes), and the plain
 * table's primary key must be buildable on it without a scan under lock.
 *
 * @param snapshot the partition as the catalog holds it
 * @param entry    its entry among the table's partitions
 */
record LegacyPartition(TableSnapshot snapshot, Partition entry) {

    /** The way a revert goes: by the legacy partition, or by a full copy, with the reason. */
    record Verdict(Optional<LegacyPartition> legacy, String fullCopyReason) {

        static Verdict fast(LegacyPartition legacy) {
            return new Verdict(Optional.of(legacy), null);
        }

        static Verdict fullCopy(String reason) {
            return new Verdict(Optional.empty(), reason);
        }
    }

    /** Whether an earlier run of the revert made it the table's DEFAULT already. */
    boolean isDefault() {
        return entry.isDefault();
    }

    /**
     * How {@code table} is reverted to a plain table with {@code primaryKey}. {@code found} is the
     * relation under the legacy name, if it is a partition of the table.
     */
    static Verdict judge(TableSnapshot table, Optional<TableSnapshot> found, String legacyName, List<String> primaryKey,
                         RevertFacts facts, String revertCheck) {
        if (facts.target().isPresent() || facts.log().isPresent()) {
            return Verdict.fullCopy("a full copy begun by an earlier run is under way ("
                    + facts.target().or(facts::log).get().name() + " exists)");
        }
        Optional<Partition> entry = found.flatMap(legacy -> table.partitioning().partitions().stream()
                .filter(partition -> partition.name().equals(legacy.name())).findFirst());
        if (found.isEmpty() || entry.isEmpty()) {
            return Verdict.fullCopy("it has no partition named " + legacyName + ": it was not converted with strategy attach, or "
                    + "retention dropped or someone detached the partition holding its rows from before the conversion");
        }
        TableSnapshot legacy = found.get();
        Partition partition = entry.get();
        boolean resumed = RevertMarker.marks(partition, table.name());
        if (!resumed && !"MINVALUE".equals(partition.lower())) {
            return Verdict.fullCopy(legacy.name() + " is not the partition from MINVALUE that strategy attach makes of the table "
                    + "(its bound: " + partition.boundText() + ")");
        }
        if (!resumed && "MAXVALUE".equals(partition.upper())) {
            return Verdict.fullCopy(legacy.name() + " holds every key, up to MAXVALUE");
        }
        return problem(table, legacy, primaryKey, revertCheck).map(Verdict::fullCopy)
                .orElseGet(() -> Verdict.fast(new LegacyPartition(legacy, partition)));
    }

    /** What the plain table would wrongly keep, lose or need a scan under lock for, if it were made of {@code legacy}. */
    private static Optional<String> problem(TableSnapshot table, TableSnapshot legacy, List<String> primaryKey, String revertCheck) {
        if (!legacy.owner().equals(table.owner())) {
            return Optional.of(legacy.name() + " is owned by " + legacy.owner() + ", not by the table's owner " + table.owner());
        }
        if (!Objects.equals(legacy.tablespace(), table.tablespace())) {
            return Optional.of(legacy.name() + " lies in tablespace " + describe(legacy.tablespace()) + ", the table in "
                    + describe(table.tablespace()));
        }
        if (legacy.persistence() != table.persistence()) {
            return Optional.of(legacy.name() + " is " + (legacy.persistence() == 'u' ? "unlogged" : "logged") + ", unlike the table");
        }
        if (!legacy.triggers().isEmpty()) {
            return Optional.of(legacy.name() + " has triggers of its own: " + legacy.triggers().stream().map(Trigger::name).toList());
        }
        // A rule on it would rewrite the moves' inserts, and run its actions as the role running the revert.
        if (!legacy.unsupportedDependants().isEmpty()) {
            return Optional.of(legacy.name() + " has dependants of its own: " + legacy.unsupportedDependants());
        }
        if (!legacy.policies().isEmpty()) {
            return Optional.of(legacy.name() + " has row-level security policies of its own");
        }
        Set<String> tableChecks = table.constraints().stream().filter(Constraint::isCheck).map(Constraint::name).collect(Collectors.toSet());
        Set<String> boundChecks = Set.of(revertCheck, TableNames.boundCheck(table.name().name()));
        List<String> ownConstraints = legacy.constraints().stream()
                .filter(c -> !c.parentConstraint() && !(c.isCheck() && (tableChecks.contains(c.name()) || boundChecks.contains(c.name()))))
                .map(Constraint::name).toList();
        if (!ownConstraints.isEmpty()) {
            return Optional.of(legacy.name() + " has constraints of its own: " + ownConstraints);
        }
        List<String> ownIndexes = legacy.indexes().stream().filter(index -> index.parentIndex() == null && !isPrimaryKeyIndex(index, primaryKey))
                .map(Index::name).toList();
        if (!ownIndexes.isEmpty()) {
            return Optional.of(legacy.name() + " has indexes of its own: " + ownIndexes);
        }
        for (String column : primaryKey) {
            if (!table.column(column).map(Column::notNull).orElse(false)) {
                return Optional.of("primary key column '" + column + "' may be NULL, so making it the key of " + legacy.name()
                        + " would scan it under lock");
            }
        }
        return Optional.empty();
    }

    /** A unique index on exactly the plain table's key columns, which the revert builds on the legacy partition (valid or not yet). */
    static boolean isPrimaryKeyIndex(Index index, List<String> primaryKey) {
        return index.unique() && index.parentIndex() == null && !index.partial() && !index.hasExpressions()
                && primaryKey.equals(index.keyColumns()) && index.constraintName() == null;
    }

    private static String describe(String tablespace) {
        return tablespace == null ? "the database's default" : tablespace;
    }
}
