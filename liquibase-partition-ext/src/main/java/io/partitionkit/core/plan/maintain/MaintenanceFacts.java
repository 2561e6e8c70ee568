package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Optional;

/**
 * What the maintenance planner needs besides the clock: the table, and the few facts about its rows
 * that decide what to do (read here, once, so that planning does no I/O).
 *
 * @param head              for integer keys, the key head (premake and retention follow it, but for epoch keys, whose
 *                          largest value is checked against their unit); empty without rows
 * @param defaultBuckets    a key inside every partition range the DEFAULT partition holds rows of
 *                          (see {@link PartitionGrid#bucketSql}), oldest first, at most {@link #MAX_DEFAULT_BUCKETS}
 * @param archiveSchemaMissing whether the options name an archiveSchema that does not exist
 * @param defaults          what default privileges would add to the partitions a run creates
 * @param statementTimeout  the session's, which would cancel a long step
 * @param freeze            what freezing old partitions needs to know of their rows and constraints
 */
public record MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                               boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout,
                               FreezeFacts freeze) {

    public static final int MAX_DEFAULT_BUCKETS = 10_000;

    /** Facts of a table none of whose partitions is, or is to be, frozen. */
    public MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                            boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout) {
        this(table, head, defaultBuckets, archiveSchemaMissing, defaults, statementTimeout, FreezeFacts.none());
    }

    public static MaintenanceFacts read(CatalogReader reader, MaintenanceOptions options) {
        Optional<TableSnapshot> table = reader.read(options.schema(), options.table());
        boolean archiveSchemaMissing = options.archiveSchema() != null && !reader.schemaExists(options.archiveSchema());
        Optional<KeyType> keyType = table.filter(TableSnapshot::isPartitioned).flatMap(t -> t.column(options.column()))
                .map(Column::baseTypeName).flatMap(KeyType::of)
                .filter(type -> PartitionGrid.fits(type, options.interval(), options.epoch()));
        if (keyType.isEmpty()) {
            return new MaintenanceFacts(table, Optional.empty(), List.of(), archiveSchemaMissing,
                    DefaultPrivileges.none(), reader.statementTimeout());
        }
        TableSnapshot snapshot = table.get();
        PartitionGrid grid = PartitionGrid.of(keyType.get(), options.interval(), options.zone(), options.epoch());
        Optional<KeyHead> head = keyType.get().isTime() ? Optional.empty() : KeyHead.read(reader, snapshot, options.column());
        List<String> defaultBuckets = snapshot.partitioning().defaultPartition()
                .map(Partition::name)
                .map(defaultPartition -> reader.distinctValues(defaultPartition,
                        "SELECT DISTINCT " + grid.bucketSql(options.column()) + " AS bucket FROM ONLY " + defaultPartition.sql()
                                + " WHERE " + Sql.ident(options.column()) + " IS NOT NULL ORDER BY bucket",
                        MAX_DEFAULT_BUCKETS))
                .orElse(List.of());
        return new MaintenanceFacts(table, head, defaultBuckets, archiveSchemaMissing,
                reader.defaultPrivileges(snapshot.name().schema(), snapshot.owner()), reader.statementTimeout(),
                FreezeFacts.read(reader, snapshot, grid, options));
    }
}
