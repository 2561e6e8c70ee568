package io.partitionkit.core.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Minimal parameterised JDBC querying for the catalog reader. */
final class Queries {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;

    Queries(Connection connection) {
        this.connection = connection;
    }

    /** Reads a whole result. */
    @FunctionalInterface
    interface ResultReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Runs a query and hands its result, before the first row, to {@code reader}. */
    <T> T result(String sql, ResultReader<T> reader, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        } catch (SQLException e) {
            throw new CatalogException("catalog query failed: " + e.getMessage(), e);
        }
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return result(sql, rows -> {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }, parameters);
    }

    <T> Optional<T> single(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new CatalogException("catalog query returned " + rows.size() + " rows, expected at most one: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A text[] column as a list; SQL NULL elements stay null. */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    static char character(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }
}
