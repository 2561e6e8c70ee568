package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a conversion gives to what it creates or moves aside, each at most 63 bytes and unique in
 * the schema. The partitioned table keeps every original name; the legacy table's indexes and
 * constraints move to names derived from the legacy table's name.
 */
public final class ConversionNames {

    private final TableSnapshot table;
    private final boolean buildsPartitionKeyIndex;
    private final String legacyTable;
    private final List<String> partitionNames;
    private final String defaultPartition;
    private final Set<String> taken;
    private final Set<String> ownNames;
    private final Map<String, String> legacyNames = new HashMap<>();

    ConversionNames(TableSnapshot table, ConversionOptions options, List<String> partitionNames) {
        this(table, options, partitionNames, Set.of());
    }

    /** {@code ownNames}: relations an interrupted run of this conversion created, which are no conflict. */
    ConversionNames(TableSnapshot table, ConversionOptions options, List<String> partitionNames, Set<String> ownNames) {
        this.table = table;
        this.buildsPartitionKeyIndex = options.strategy() == ConversionOptions.Strategy.ATTACH
                && table.primaryKey().filter(key -> !key.columns().contains(options.column())).isPresent();
        this.legacyTable = options.legacyTableName() != null ? options.legacyTableName() : TableNames.legacyTable(table.name().name());
        this.partitionNames = partitionNames;
        this.ownNames = ownNames;
        this.defaultPartition = TableNames.defaultPartition(table.name().name());
        this.taken = new HashSet<>(table.schemaRelationNames());
        taken.add(legacyTable);
        taken.add(defaultPartition);
        taken.addAll(partitionNames);
        taken.add(partitionKeyIndex());
        taken.add(revertKeyIndex());
    }

    String legacyTable() {
        return legacyTable;
    }

    String defaultPartition() {
        return defaultPartition;
    }

    /** Whether the conversion builds (or reuses) the unique index on primary key + partition key. */
    boolean buildsPartitionKeyIndex() {
        return buildsPartitionKeyIndex;
    }

    /** The unique index on primary key + partition key that the attach strategy builds concurrently. */
    String partitionKeyIndex() {
        return Names.fit(table.name().name(), "_partition_pkey");
    }

    /**
     * The unique index on the original primary key that attach builds next to the widened one and
     * leaves on the legacy partition: a revert makes it the plain table's primary key again instead of
     * reading the whole table to build it.
     */
    String revertKeyIndex() {
        return Names.fit(table.name().name(), "_revert_pkey");
    }

    /** An index the conversion builds for itself on the old table, not one of the table's own. */
    boolean isOwnIndex(String index) {
        return index.equals(partitionKeyIndex()) || (buildsPartitionKeyIndex && index.equals(revertKeyIndex()));
    }

    /** The columns of the unique index the attach strategy builds (or reuses): the primary key's, then the partition key. */
    static List<String> partitionKeyIndexColumns(TableSnapshot table, ConversionOptions options) {
        List<String> columns = new ArrayList<>(table.primaryKey().orElseThrow().columns());
        columns.add(options.column());
        return columns;
    }

    /** The CHECK constraint proving every row of the old table lies below the boundary. */
    String boundCheck() {
        return TableNames.boundCheck(table.name().name());
    }

    /** The name an index (or index-backed constraint) of the old table gets on the legacy table. */
    String legacyName(String original) {
        return legacyNames.computeIfAbsent(original, this::allocateLegacyName);
    }

    private String allocateLegacyName(String original) {
        String tableName = table.name().name();
        String stem = original.startsWith(tableName) ? legacyTable + original.substring(tableName.length()) : original + "_legacy";
        return Names.firstFree(stem, taken);
    }

    /** Names the conversion would create that already belong to something else. */
    List<String> conflicts() {
        List<String> conflicts = new ArrayList<>();
        Set<String> existing = new HashSet<>(table.schemaRelationNames());
        existing.removeAll(ownNames);
        if (existing.contains(legacyTable)) {
            conflicts.add("legacyTableName '" + legacyTable + "' is already taken in schema " + table.name().schema()
                    + "; choose another legacyTableName or drop that relation");
        }
        if (existing.contains(defaultPartition)) {
            conflicts.add("the DEFAULT partition would be named '" + defaultPartition + "', which is already taken in schema "
                    + table.name().schema());
        }
        if (buildsPartitionKeyIndex && existing.contains(partitionKeyIndex()) && table.index(partitionKeyIndex()).isEmpty()) {
            conflicts.add("the unique index on the primary key plus the partition key would be named '" + partitionKeyIndex()
                    + "', which is already taken in schema " + table.name().schema() + "; rename that relation");
        }
        if (buildsPartitionKeyIndex && existing.contains(revertKeyIndex()) && table.index(revertKeyIndex()).isEmpty()) {
            conflicts.add("the unique index on the original primary key, kept for a revert, would be named '" + revertKeyIndex()
                    + "', which is already taken in schema " + table.name().schema() + "; rename that relation");
        }
        for (String partition : partitionNames) {
            if (existing.contains(partition)) {
                conflicts.add("a partition would be named '" + partition + "', which is already taken in schema "
                        + table.name().schema());
            }
        }
        return conflicts;
    }
}
