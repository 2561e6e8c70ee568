package io.partitionkit.it.bench;

import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;

/**
 * The same fleet under pg_partman 4.7 (Debian's {@code postgresql-15-partman}): each parent set up
 * with {@code create_parent} (native, daily, premake 7, its DEFAULT partition), the other days made
 * with {@code create_partition_time}, retention 30 days with {@code retention_keep_table} false.
 */
final class PartmanFleet extends Fleet {

    /** Where the extension lives, as its documentation installs it. */
    static final String EXTENSION_SCHEMA = "partman";

    private final String retention;

    PartmanFleet(TestDatabase db, String schema, int tables, LocalDate firstDay, int rowDays, String retention) {
        super(db, schema, tables, firstDay, rowDays);
        this.retention = retention;
    }

    @Override
    void create(int days) {
        db.execute("CREATE SCHEMA IF NOT EXISTS " + EXTENSION_SCHEMA, "CREATE EXTENSION IF NOT EXISTS pg_partman SCHEMA " + EXTENSION_SCHEMA,
                "DELETE FROM " + EXTENSION_SCHEMA + ".part_config WHERE parent_table LIKE '" + schema + ".%'",
                "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        for (String table : tables()) {
            db.execute("CREATE TABLE " + qualified(table) + " (id bigint NOT NULL, at timestamptz NOT NULL, amount int, "
                            + "PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
                    "SELECT " + EXTENSION_SCHEMA + ".create_parent('" + qualified(table) + "', 'at', 'native', 'daily', p_premake := "
                            + PartitionedFleet.PREMAKE + ", p_start_partition := '" + firstDay + " 00:00+00', p_jobmon := false)");
        }
        db.execute("UPDATE " + EXTENSION_SCHEMA + ".part_config SET retention = '" + retention + "', retention_keep_table = false "
                + "WHERE parent_table LIKE '" + schema + ".%'");
        addDays(0, days);
    }

    @Override
    void addDays(int first, int count) {
        for (String table : tables()) {
            // create_partition_time skips the days that have a partition already (create_parent made some).
            db.execute("SELECT " + EXTENSION_SCHEMA + ".create_partition_time('" + qualified(table) + "', ARRAY(SELECT (date '" + firstDay
                            + "' + d)::timestamptz FROM generate_series(" + first + ", " + (first + count - 1) + ") d), p_analyze := false)",
                    insertRows(table, first, count));
        }
    }

    /** One run of pg_partman's maintenance over every table it manages, as its documentation schedules it. */
    void runMaintenance() {
        db.execute("SELECT " + EXTENSION_SCHEMA + ".run_maintenance()");
    }
}
