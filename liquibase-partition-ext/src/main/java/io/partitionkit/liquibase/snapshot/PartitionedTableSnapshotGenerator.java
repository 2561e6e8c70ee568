package io.partitionkit.liquibase.snapshot;

import io.partitionkit.core.catalog.SchemaPartitions;
import io.partitionkit.core.plan.MaintenanceRecord;
import liquibase.exception.DatabaseException;
import liquibase.structure.core.Table;

/**
 * Makes Liquibase see a partitioned table as one table on PostgreSQL. Liquibase lists partitions as
 * tables of their own (pgjdbc reports them as TABLE, their parents as PARTITIONED TABLE, and
 * Liquibase asks for both). After Liquibase's generator found a table, this one answers "no such
 * table" for a partition, at any level: Liquibase then snapshots none of its columns, indexes, keys
 * or foreign keys either. A partitioned table gets what partitionkit needs to recreate it
 * ({@link PartitioningAttributes}). A table's remarks leave out partitionkit's note of its last
 * successful maintenance: it differs between databases, and a changelog generated from it would make
 * a new database look maintained.
 */
public class PartitionedTableSnapshotGenerator extends AfterStandardSnapshotGenerator<Table> {

    public PartitionedTableSnapshotGenerator() {
        super(Table.class);
    }

    @Override
    boolean keep(Table table, SnapshotCatalog catalog) throws DatabaseException {
        if (table.getRemarks() != null) {
            table.setRemarks(MaintenanceRecord.withoutNote(table.getRemarks()));
        }
        if (table.getSchema() == null || table.getSchema().getName() == null) {
            return true;
        }
        String schema = table.getSchema().getName();
        SchemaPartitions partitions = catalog.partitions(schema);
        if (partitions.isPartitionedTable(table.getName())) {
            PartitioningAttributes.write(table, catalog.recreated(schema, table.getName()));
        }
        return !partitions.isPartition(table.getName());
    }
}
