package io.partitionkit.liquibase.snapshot;

import liquibase.exception.DatabaseException;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Table;

/**
 * Hides foreign keys that involve a partition. A foreign key referencing a partitioned table makes
 * PostgreSQL add one more constraint on the referencing table per partition, each referencing that
 * partition ({@code audit_event_fkey1}, ...): Liquibase would report them as foreign keys of their
 * own, and a generated changelog would add them against tables it never creates. The foreign key to
 * the partitioned table itself stays.
 */
public class PartitionForeignKeySnapshotGenerator extends AfterStandardSnapshotGenerator<ForeignKey> {

    public PartitionForeignKeySnapshotGenerator() {
        super(ForeignKey.class);
    }

    @Override
    boolean keep(ForeignKey foreignKey, SnapshotCatalog catalog) throws DatabaseException {
        return !isPartition(catalog, foreignKey.getForeignKeyTable()) && !isPartition(catalog, foreignKey.getPrimaryKeyTable());
    }

    private static boolean isPartition(SnapshotCatalog catalog, Table table) throws DatabaseException {
        return table != null && table.getSchema() != null && table.getSchema().getName() != null
                && catalog.partitions(table.getSchema().getName()).isPartition(table.getName());
    }
}
