package io.partitionkit.core.grid;

import java.time.Instant;
import java.util.UUID;

/**
 * UUIDv7 (RFC 9562): the first 48 bits are the creation time in milliseconds since 1970-01-01 UTC,
 * then the version 7, random bits, the variant {@code 10}, random bits. The one place such a key
 * becomes an instant and back, in Java and in SQL.
 */
public final class Uuidv7 {

    /** The last millisecond 48 bits hold: in the year 10889. */
    public static final long MAX_MILLIS = (1L << 48) - 1;

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    private Uuidv7() {
    }

    /** The smallest UUIDv7 of a millisecond: what partition bounds are ({@code 019ad8c0-0000-7000-8000-000000000000}). */
    public static UUID smallest(long millis) {
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException(Instant.ofEpochMilli(millis) + " lies outside the times a UUIDv7 holds (1970-01-01 to "
                    + Instant.ofEpochMilli(MAX_MILLIS) + ")");
        }
        return new UUID(millis << 16 | VERSION_7, VARIANT_RFC);
    }

    /** The smallest UUIDv7 of the millisecond an instant falls in. */
    public static UUID smallest(Instant instant) {
        return smallest(instant.toEpochMilli());
    }

    /** The millisecond a UUID's first 48 bits hold, whatever its version. */
    public static long millis(UUID uuid) {
        return uuid.getMostSignificantBits() >>> 16;
    }

    /** Whether a UUID is version 7 of the RFC variant. */
    public static boolean isVersion7(UUID uuid) {
        return uuid.version() == 7 && uuid.variant() == 2;
    }

    /**
     * How a UUID compares with the smallest UUIDv7 of its own millisecond, in PostgreSQL's order
     * (unsigned, byte by byte): negative below it, 0 for it, positive above it.
     */
    public static int compareWithSmallest(UUID uuid) {
        UUID smallest = new UUID(millis(uuid) << 16 | VERSION_7, VARIANT_RFC);
        int high = Long.compareUnsigned(uuid.getMostSignificantBits(), smallest.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(uuid.getLeastSignificantBits(), smallest.getLeastSignificantBits());
    }

    /** SQL: whether the uuid expression is version 7 of the RFC variant (true, false, or NULL for NULL). */
    public static String isVersion7Sql(String uuid) {
        String bytes = "pg_catalog.uuid_send(" + uuid + ")";
        return "(pg_catalog.get_byte(" + bytes + ", 6) >> 4 = 7 AND pg_catalog.get_byte(" + bytes + ", 8) >> 6 = 2)";
    }

    /** SQL: the bigint millisecond a uuid expression's first 48 bits hold. */
    public static String millisSql(String uuid) {
        return "('x' || pg_catalog.encode(pg_catalog.substr(pg_catalog.uuid_send(" + uuid + "), 1, 6), 'hex'))::bit(48)::bigint";
    }

    /** SQL: the smallest UUIDv7 of a bigint millisecond expression, as a uuid. */
    public static String smallestSql(String millis) {
        return "(pg_catalog.lpad(pg_catalog.to_hex(" + millis + "), 12, '0') || '70008000000000000000')::uuid";
    }
}
