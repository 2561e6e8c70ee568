package io.partitionkit.core.grid;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How many of a uuid column's values are UUIDv7: counted over every row of a table of up to
 * {@link #COUNTED_UP_TO} rows (by its estimate), over a sample of about that many rows of a larger one.
 *
 * @param rows         the rows counted
 * @param notVersion7  those whose key is no UUIDv7
 * @param sampled      whether {@code rows} are a sample of the table
 */
public record UuidVersions(long rows, long notVersion7, boolean sampled) {

    /** Tables estimated up to this many rows are counted in full; larger ones sampled to about as many. */
    public static final long COUNTED_UP_TO = 1_000_000;

    /** Counts every row of a table estimated at most {@link #COUNTED_UP_TO} rows, a repeatable sample of pages of a larger one. */
    public static UuidVersions read(CatalogReader reader, QualifiedName table, String column, long estimatedRows) {
        boolean sampled = estimatedRows > COUNTED_UP_TO;
        String sample = sampled ? String.format(Locale.ROOT, " TABLESAMPLE SYSTEM (%.6f) REPEATABLE (7)", 100.0 * COUNTED_UP_TO / estimatedRows) : "";
        String key = Sql.ident(column);
        List<Long> counts = reader.counts(table, "SELECT count(" + key + "), count(" + key + ") FILTER (WHERE NOT " + Uuidv7.isVersion7Sql(key)
                + ") FROM ONLY " + table.sql() + sample);
        return new UuidVersions(counts.get(0), counts.get(1), sampled);
    }

    /**
     * Why keyEncoding uuidv7 does not fit the column, if it does not: more than half of its values are
     * no UUIDv7, so cutting it in time would leave most rows in DEFAULT.
     */
    public Optional<String> mostlyOther(String column) {
        if (notVersion7 * 2 <= rows) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "keyEncoding 'uuidv7' does not fit column '%s': %,d of %,d%s rows (%d%%) hold UUIDs "
                        + "that are not version 7, whose bits tell no time and which would all stay in the DEFAULT partition; partition a uuid "
                        + "column this way only once most of its values are UUIDv7", column, notVersion7, rows,
                sampled ? " sampled" : "", Math.round(100.0 * notVersion7 / rows)));
    }

    /** What the count found, for messages: "12 of 1,000 rows hold ...". */
    public String describe() {
        return String.format(Locale.ROOT, "%,d of %,d%s rows hold UUIDs that are not version 7", notVersion7, rows, sampled ? " sampled" : "");
    }
}
