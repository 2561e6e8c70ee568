package io.partitionkit.liquibase.snapshot;

import io.partitionkit.liquibase.EnsurePartitionsChange;
import liquibase.change.Change;
import liquibase.database.Database;

/** The databases partitionkit works on: those its change types support (PostgreSQL). */
final class PartitionkitDatabases {

    /** A change asked only which databases it supports, so that the rule stays with the change types. */
    private static final Change ANY_CHANGE = new EnsurePartitionsChange();

    private PartitionkitDatabases() {
    }

    static boolean supported(Database database) {
        return database != null && ANY_CHANGE.supports(database);
    }
}
