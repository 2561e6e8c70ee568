package io.partitionkit.liquibase.snapshot;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.SchemaPartitions;
import io.partitionkit.core.catalog.TableSnapshot;
import java.util.Optional;
import liquibase.database.DatabaseConnection;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.snapshot.DatabaseSnapshot;

/**
 * The catalog behind a snapshot of a live PostgreSQL database: which tables are partitions, read
 * once per schema and snapshot (kept in the snapshot's scratch data), and the partitioned tables
 * themselves.
 */
final class SnapshotCatalog {

    private static final String SCRATCH_KEY = "partitionkit.schemaPartitions.";

    private final DatabaseSnapshot snapshot;
    private final CatalogReader reader;

    private SnapshotCatalog(DatabaseSnapshot snapshot, CatalogReader reader) {
        this.snapshot = snapshot;
        this.reader = reader;
    }

    /** Empty for a snapshot without a live JDBC connection (one read from a file): it is as it was taken. */
    static Optional<SnapshotCatalog> of(DatabaseSnapshot snapshot) {
        DatabaseConnection connection = snapshot.getDatabase().getConnection();
        if (connection instanceof JdbcConnection jdbc && jdbc.getUnderlyingConnection() != null) {
            return Optional.of(new SnapshotCatalog(snapshot, new CatalogReader(jdbc.getUnderlyingConnection())));
        }
        return Optional.empty();
    }

    SchemaPartitions partitions(String schema) throws DatabaseException {
        String key = SCRATCH_KEY + schema;
        SchemaPartitions cached = (SchemaPartitions) snapshot.getScratchData(key);
        if (cached == null) {
            try {
                cached = reader.schemaPartitions(schema);
            } catch (CatalogException e) {
                throw new DatabaseException("partitionkit cannot tell the partitions of schema " + schema + " apart: " + e.getMessage(), e);
            }
            snapshot.setScratchData(key, cached);
        }
        return cached;
    }

    /** How partitionkit would recreate a partitioned table, or why it cannot (also when it cannot read it). */
    RecreatedPartitioning recreated(String schema, String table) {
        try {
            return reader.read(schema, table).filter(TableSnapshot::isPartitioned).map(RecreatedPartitioning::of)
                    .orElse(new RecreatedPartitioning(null, null, false, "it is no longer a partitioned table"));
        } catch (CatalogException e) {
            return new RecreatedPartitioning(null, null, false, "partitionkit could not read it: " + e.getMessage());
        }
    }
}
