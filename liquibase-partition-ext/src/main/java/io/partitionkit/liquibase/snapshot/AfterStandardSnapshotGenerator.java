package io.partitionkit.liquibase.snapshot;

import java.util.Optional;
import liquibase.database.Database;
import liquibase.exception.DatabaseException;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.InvalidExampleException;
import liquibase.snapshot.SnapshotGenerator;
import liquibase.snapshot.SnapshotGeneratorChain;
import liquibase.structure.DatabaseObject;

/**
 * A snapshot generator that runs after Liquibase's own for one type of object on PostgreSQL (a
 * higher priority, delegating through the chain) and then hides what partitionkit says is no object
 * of its own. It wraps the standard generator rather than replacing it, so that everything Liquibase
 * reads stays Liquibase's, in 4.33 and 5.x alike. A snapshot read from a file is left as it was taken.
 */
abstract class AfterStandardSnapshotGenerator<T extends DatabaseObject> implements SnapshotGenerator {

    private final Class<T> type;

    AfterStandardSnapshotGenerator(Class<T> type) {
        this.type = type;
    }

    @Override
    public int getPriority(Class<? extends DatabaseObject> objectType, Database database) {
        return objectType != null && type.isAssignableFrom(objectType) && PartitionkitDatabases.supported(database)
                ? PRIORITY_DATABASE : PRIORITY_NONE;
    }

    @Override
    public <D extends DatabaseObject> D snapshot(D example, DatabaseSnapshot snapshot, SnapshotGeneratorChain chain)
            throws DatabaseException, InvalidExampleException {
        D found = chain.snapshot(example, snapshot);
        if (!type.isInstance(found)) {
            return found;
        }
        Optional<SnapshotCatalog> catalog = SnapshotCatalog.of(snapshot);
        return catalog.isEmpty() || keep(type.cast(found), catalog.get()) ? found : null;
    }

    /** Whether Liquibase sees the object as found; it may add to it what partitionkit knows. */
    abstract boolean keep(T object, SnapshotCatalog catalog) throws DatabaseException;

    @Override
    public Class<? extends DatabaseObject>[] addsTo() {
        return null;
    }

    @Override
    public Class<? extends SnapshotGenerator>[] replaces() {
        return null;
    }
}
