package io.partitionkit.it.support;

/**
 * A server the tester runs (a container, a local install): {@code -Dpartition.test.url} names a
 * database on it whose user may create databases; each test class gets its own database there.
 */
final class ExternalPostgresServer extends PostgresServer {

    private final String baseUrl;
    private final String maintenanceDatabase;
    private final String username;
    private final String password;

    ExternalPostgresServer(String url, String username, String password) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        if (!url.startsWith("jdbc:postgresql://") || slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("-Dpartition.test.url=" + url
                    + " is not a PostgreSQL JDBC URL; expected jdbc:postgresql://host:port/database");
        }
        this.baseUrl = url.substring(0, slash + 1);
        this.maintenanceDatabase = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        this.username = username;
        this.password = password;
    }

    @Override
    public String jdbcUrl(String database) {
        return baseUrl + database;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    protected String maintenanceDatabase() {
        return maintenanceDatabase;
    }

    @Override
    public String toString() {
        return "external PostgreSQL at " + baseUrl;
    }
}
