package io.partitionkit.it.bench;

import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Many small tables partitioned by UTC day, all alike, in a schema of their own: tables
 * {@code <schema>.events_NNN (id bigint, at timestamptz, amount int, PRIMARY KEY (id, at))}, each with a
 * DEFAULT partition and a partition a day, holding one small row an hour up to the end of day
 * {@code rowDays - 1} (the future partitions are empty, as in life). Subclasses make the
 * partitions: with plain SQL as partitionkit names them, or through pg_partman.
 */
abstract class Fleet {

    protected final TestDatabase db;
    protected final String schema;
    protected final LocalDate firstDay;
    private final int rowDays;
    private final List<String> tables;

    Fleet(TestDatabase db, String schema, int tables, LocalDate firstDay, int rowDays) {
        this.db = db;
        this.schema = schema;
        this.firstDay = firstDay;
        this.rowDays = rowDays;
        this.tables = IntStream.rangeClosed(1, tables).mapToObj(i -> "events_%03d".formatted(i)).toList();
    }

    List<String> tables() {
        return tables;
    }

    String qualified(String table) {
        return schema + "." + table;
    }

    /** Drops whatever the schema holds and makes every table anew with the partitions of {@code days} days from the first, and their rows. */
    abstract void create(int days);

    /** Makes the partitions of {@code count} days from day {@code first} (0 is the first day) in every table, with their rows. */
    abstract void addDays(int first, int count);

    /** The rows of {@code count} days from day {@code first} in one table: row h is at hour h from the first day, on every side. */
    protected String insertRows(String table, int first, int count) {
        return "INSERT INTO " + qualified(table) + " SELECT h, timestamptz '" + firstDay + " 00:00+00' + h * interval '1 hour', h % 1000 "
                + "FROM generate_series(" + first * 24 + ", " + (Math.min(first + count, rowDays) * 24 - 1) + ") h";
    }

    /** Range and DEFAULT partitions of all tables together. */
    long partitions() {
        return db.longValue("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhparent "
                + "WHERE c.relkind = 'p' AND c.relnamespace = '" + schema + "'::regnamespace");
    }

    /**
     * Count and checksum of the rows of all tables at or after {@code instant} (an ISO instant), summed
     * table by table: one query over hundreds of partitioned tables would take minutes to plan.
     */
    RowFingerprint fingerprintFrom(String instant) {
        RowFingerprint all = new RowFingerprint(0, BigDecimal.ZERO);
        for (String table : tables) {
            all = all.plus(db.fingerprint("(SELECT * FROM " + qualified(table) + " WHERE at >= '" + instant + "')"));
        }
        return all;
    }
}
