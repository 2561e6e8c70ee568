package io.partitionkit.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A running PostgreSQL server that tests may create databases on. One instance serves the whole JVM
 * (see {@link #shared()}): embedded by default, or an external server when {@code partition.test.url}
 * is set.
 */
public abstract class PostgresServer {

    private static PostgresServer shared;

    /** The server for this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            String url = System.getProperty("partition.test.url");
            shared = url == null || url.isBlank()
                    ? EmbeddedPostgresServer.start(requestedMajorVersion())
                    : new ExternalPostgresServer(url,
                            System.getProperty("partition.test.username", "postgres"),
                            System.getProperty("partition.test.password", ""));
        }
        return shared;
    }

    /**
     * Stops the shared server if this JVM started it; an external server keeps running. Test JVMs
     * need not call it (a shutdown hook stops the server), but a program run inside Maven's JVM by
     * exec:java must, or the server outlives the program's class loader.
     */
    public static synchronized void stopShared() {
        if (shared != null) {
            shared.stop();
            shared = null;
        }
    }

    /** Stops the server if this JVM owns it. */
    protected void stop() {
    }

    /** The major version asked for with {@code -Dpostgres.version}; 17 when absent. */
    public static int requestedMajorVersion() {
        String value = System.getProperty("postgres.version", "17").trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "-Dpostgres.version=" + value + " is not a major version; use 14, 15, 16, 17 or 18", e);
        }
    }

    /** JDBC URL of {@code database} on this server. */
    public abstract String jdbcUrl(String database);

    public abstract String username();

    public abstract String password();

    /** The database to connect to for administration (creating and dropping test databases). */
    protected abstract String maintenanceDatabase();

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    /** Creates an empty database (dropping a leftover of the same name) and returns its name. */
    public TestDatabase createDatabase(String name) {
        try (Connection admin = connect(maintenanceDatabase()); Statement statement = admin.createStatement()) {
            String quoted = '"' + name.replace("\"", "\"\"") + '"';
            statement.execute("DROP DATABASE IF EXISTS " + quoted);
            statement.execute("CREATE DATABASE " + quoted + " TEMPLATE template0 ENCODING 'UTF8'");
            return new TestDatabase(this, name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + this, e);
        }
    }

    /** Drops a database made by {@link #createDatabase}, ending its other sessions first. */
    public void dropDatabase(TestDatabase database) {
        try (Connection admin = connect(maintenanceDatabase()); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database.name().replace("\"", "\"\"") + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + database.name() + " on " + this, e);
        }
    }

    /** The server's major version as reported by {@code server_version_num}. */
    public int majorVersion() {
        try (Connection connection = connect(maintenanceDatabase());
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server version of " + this, e);
        }
    }
}
