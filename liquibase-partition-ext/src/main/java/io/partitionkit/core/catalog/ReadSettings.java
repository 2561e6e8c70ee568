package io.partitionkit.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs catalog reads under session settings that make what PostgreSQL prints independent of the
 * caller's session: an empty search_path (every name comes back schema-qualified), TimeZone UTC and
 * DateStyle ISO (bounds and literals print the same way everywhere). The caller's settings are put
 * back afterwards.
 */
final class ReadSettings {

    private static final String[] NAMES = {"search_path", "TimeZone", "DateStyle", "IntervalStyle", "extra_float_digits"};
    private static final String[] VALUES = {"", "UTC", "ISO, YMD", "postgres", "1"};

    private ReadSettings() {
    }

    static <T> T apply(Connection connection, Supplier<T> read) {
        String[] saved = new String[NAMES.length];
        try {
            for (int i = 0; i < NAMES.length; i++) {
                saved[i] = set(connection, NAMES[i], VALUES[i]);
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot pin session settings for reading the catalog: " + e.getMessage(), e);
        }
        try {
            return read.get();
        } finally {
            for (int i = 0; i < NAMES.length; i++) {
                if (saved[i] != null) {
                    try {
                        set(connection, NAMES[i], saved[i]);
                    } catch (SQLException ignored) {
                        // Only possible in an aborted transaction, whose rollback restores the setting anyway.
                    }
                }
            }
        }
    }

    /** Sets a session setting and returns its previous value. */
    private static String set(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_catalog.current_setting(?), pg_catalog.set_config(?, ?, false)")) {
            statement.setString(1, name);
            statement.setString(2, name);
            statement.setString(3, value);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
