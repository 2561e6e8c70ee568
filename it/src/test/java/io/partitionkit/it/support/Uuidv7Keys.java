package io.partitionkit.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * UUIDs made in Java as an application makes them: UUIDv7 of an instant (RFC 9562: 48 bits of
 * milliseconds, version 7, 12 random bits, variant 10, 62 random bits), and version 4 (random but
 * for version and variant). Seeded, so every run writes the same keys.
 */
public final class Uuidv7Keys {

    private final Random random;

    public Uuidv7Keys(long seed) {
        this.random = new Random(seed);
    }

    public UUID v7(Instant at) {
        return new UUID(at.toEpochMilli() << 16 | 0x7000L | random.nextInt(0x1000), 0x8000_0000_0000_0000L | random.nextLong() >>> 2);
    }

    public UUID v4() {
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, 0x8000_0000_0000_0000L | random.nextLong() >>> 2);
    }

    /** A version 4 UUID whose first 48 bits happen to read as {@code at}. */
    public UUID v4ReadingAs(Instant at) {
        return new UUID(at.toEpochMilli() << 16 | 0x4000L | random.nextInt(0x1000), 0x8000_0000_0000_0000L | random.nextLong() >>> 2);
    }

    /** Inserts rows {@code (id, note)} into {@code table}, in one batch. */
    public static void insert(TestDatabase db, String table, List<UUID> ids, String note) {
        try (Connection connection = db.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (id, note) VALUES (?, ?)")) {
            for (UUID id : ids) {
                insert.setObject(1, id);
                insert.setString(2, note);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The smallest UUIDv7 of an instant: what partitionkit writes as bounds, and what a query on a time range compares with. */
    public static String bound(String instant) {
        long millis = Instant.parse(instant).toEpochMilli();
        return new UUID(millis << 16 | 0x7000L, 0x8000_0000_0000_0000L).toString();
    }
}
