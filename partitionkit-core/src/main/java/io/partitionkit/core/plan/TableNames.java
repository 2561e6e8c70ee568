package io.partitionkit.core.plan;

import io.partitionkit.core.sql.Names;

/**
 * The names partitionkit gives what it makes for a table, where more than one operation needs them:
 * a conversion creates partitions and keeps the old table aside, maintenance creates partitions, a
 * revert finds the table kept aside. Each fits PostgreSQL's 63 bytes (see {@link Names#fit}).
 */
public final class TableNames {

    private TableNames() {
    }

    /** A range partition: {@code <table>_p<suffix>}, the suffix naming where the range starts. */
    public static String partition(String table, String suffix) {
        return Names.fit(table, "_p" + suffix);
    }

    public static String defaultPartition(String table) {
        return Names.fit(table, "_default");
    }

    /** Where a conversion keeps the old table when legacyTableName is not given. */
    public static String legacyTable(String table) {
        return Names.fit(table, "_legacy");
    }

    /** The CHECK proving a table's rows lie in a range: attach's boundary, and copy's mark on the tables it loads. */
    public static String boundCheck(String table) {
        return Names.fit(table, "_partition_bound");
    }
}
