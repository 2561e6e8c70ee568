package io.partitionkit.it.bench;

import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.it.maintain.Maintenance;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Many small tables partitioned by UTC day, all alike, in a schema of their own: {@code tables}
 * tables {@code fleet.events_NN}, each with a DEFAULT partition and {@link #PARTITIONS} daily
 * partitions from {@link #FIRST_DAY} (named as partitionkit names them), holding one small row an
 * hour. Made with plain SQL: faster than premaking them with ensurePartitions one attach at a time.
 */
final class PartitionedFleet {

    static final String SCHEMA = "fleet";
    static final LocalDate FIRST_DAY = LocalDate.parse("2026-10-20");
    static final int PARTITIONS = 70;
    static final int PREMAKE = 7;

    private final TestDatabase db;
    private final List<String> tables;

    PartitionedFleet(TestDatabase db, int tables) {
        this.db = db;
        this.tables = IntStream.rangeClosed(1, tables).mapToObj(i -> "events_%02d".formatted(i)).toList();
    }

    List<String> tables() {
        return tables;
    }

    /** Drops whatever the schema holds and makes every table anew, with all its partitions and rows. */
    void create() {
        db.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
        for (String table : tables) {
            db.execute("CREATE TABLE " + SCHEMA + "." + table + " (id bigint NOT NULL, at timestamptz NOT NULL, amount int, "
                            + "PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
                    "CREATE TABLE " + SCHEMA + "." + table + "_default PARTITION OF " + SCHEMA + "." + table + " DEFAULT");
        }
        addDays(0, PARTITIONS);
    }

    /**
     * Makes the partitions of {@code count} days from day {@code first} (0 is {@link #FIRST_DAY}) in
     * every table, with their rows, as {@link #create} made them: puts back what retention dropped.
     */
    void addDays(int first, int count) {
        LocalDate from = FIRST_DAY.plusDays(first);
        for (String table : tables) {
            String name = SCHEMA + "." + table;
            db.execute("""
                    DO $$BEGIN FOR d IN 0..%d LOOP
                      EXECUTE format('CREATE TABLE %s.%%I PARTITION OF %s FOR VALUES FROM (%%L) TO (%%L)',
                          '%s_p' || to_char(date '%s' + d, 'YYYYMMDD'), (date '%5$s' + d) || ' 00:00+00', (date '%5$s' + d + 1) || ' 00:00+00');
                    END LOOP; END$$""".formatted(count - 1, SCHEMA, name, table, from),
                    // Row h is at hour h from the first day, whichever days are being made.
                    "INSERT INTO " + name + " SELECT h, timestamptz '" + FIRST_DAY + " 00:00+00' + h * interval '1 hour', h % 1000 "
                            + "FROM generate_series(" + first * 24 + ", " + ((first + count) * 24 - 1) + ") h");
        }
    }

    /** Every table's ensurePartitions, as runAlways changesets. */
    String changeSets(String retention) {
        return tables.stream().map(table -> Maintenance.changeSet("maintain-" + table, "schemaName=\"" + SCHEMA + "\" tableName=\""
                + table + "\" column=\"at\" interval=\"day\" premake=\"" + PREMAKE + "\" retention=\"" + retention + "\""))
                .collect(Collectors.joining());
    }

    /** The same, as the change parses them, for running the core planner and runner without Liquibase. */
    List<MaintenanceOptions> options(String retention) {
        return tables.stream().map(table -> MaintenanceOptions.parse(SCHEMA, table, "at", "day", PREMAKE, retention,
                null, null, null, null, null, null, null, null)).toList();
    }

    /** Range and DEFAULT partitions of all tables together. */
    long partitions() {
        return db.longValue("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent "
                + "WHERE c.relkind = 'p' AND c.relnamespace = '" + SCHEMA + "'::regnamespace");
    }

    /** Count and checksum of the rows of all tables at or after {@code instant} (an ISO instant). */
    RowFingerprint fingerprintFrom(String instant) {
        return db.fingerprint(tables.stream().map(table -> "SELECT * FROM " + SCHEMA + "." + table + " WHERE at >= '" + instant + "'")
                .collect(Collectors.joining(" UNION ALL ", "(", ")")));
    }
}
