package io.partitionkit.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A database of its own for one test class, with the few JDBC helpers tests keep needing. */
public final class TestDatabase {

    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    public PostgresServer server() {
        return server;
    }

    public Connection connect() {
        try {
            return server.connect(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + name, e);
        }
    }

    /** Runs each statement in its own autocommit transaction. */
    public void execute(String... sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** All rows of a query, each as column label to value, in the query's order. */
    public List<Map<String, Object>> rows(String sql) {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }

    /** The first column of every row, as text. */
    public List<String> column(String sql) {
        List<String> values = new ArrayList<>();
        for (Map<String, Object> row : rows(sql)) {
            Object value = row.values().iterator().next();
            values.add(value == null ? null : value.toString());
        }
        return values;
    }

    /** The single value of a one-row, one-column query, as text (null for SQL NULL). */
    public String value(String sql) {
        List<String> values = column(sql);
        if (values.size() != 1) {
            throw new IllegalStateException("expected one row but got " + values.size() + " from: " + sql);
        }
        return values.get(0);
    }

    public long longValue(String sql) {
        return Long.parseLong(value(sql));
    }

    /**
     * {@code <partition> <bound>} for every partition of a table, sorted, each bound as
     * {@code pg_get_expr} prints it in a session pinned to UTC (so that reading never depends on a
     * session setting), e.g. {@code orders_p1000 FOR VALUES FROM ('1000') TO ('2000')}.
     */
    public List<String> partitions(String qualifiedTable) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone TO 'UTC'");
            List<String> partitions = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT c.oid::regclass::text || ' ' || pg_get_expr(c.relpartbound, c.oid) "
                    + "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '" + qualifiedTable
                    + "'::regclass")) {
                while (result.next()) {
                    partitions.add(result.getString(1));
                }
            }
            return partitions.stream().sorted().toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Row count and an order-independent checksum of every row's full text: equal fingerprints mean
     * the same multiset of rows (to the strength of a 64-bit hash per row).
     */
    public RowFingerprint fingerprint(String qualifiedTable) {
        Map<String, Object> row = rows("SELECT count(*) AS n, coalesce(sum(hashtextextended(x::text, 0)), 0) AS h FROM "
                + qualifiedTable + " x").get(0);
        return new RowFingerprint(((Number) row.get("n")).longValue(), (BigDecimal) row.get("h"));
    }

    @Override
    public String toString() {
        return name + " on " + server;
    }
}
