package io.partitionkit.maven;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Opens the JDBC connection every goal works on. The PostgreSQL driver is called directly rather
 * than through DriverManager, which does not see drivers of a plugin's class realm.
 */
final class PostgresConnections {

    private static final String PREFIX = "jdbc:postgresql:";

    /** A user (and password) before the host, {@code //user:password@host}: an {@code @} before the path or query. */
    private static final Pattern USER_INFO = Pattern.compile("^jdbc:postgresql://[^/?#]*@");

    private PostgresConnections() {
    }

    /**
     * Fails unless {@code url} is a PostgreSQL JDBC URL without a user before the host; returns it. The
     * driver does not read {@code user:password@} there: it would take {@code user:password@host} for a
     * host name or fail to parse the port, and print that on its own console log, password included.
     */
    static String checkUrl(String url) throws MojoExecutionException {
        if (url == null || url.isBlank()) {
            throw new MojoExecutionException("partition.url is required: the JDBC URL of the database, such as "
                    + "jdbc:postgresql://db.example.com:5432/app (-Dpartition.url=... or <url> in the plugin configuration)");
        }
        if (!url.startsWith(PREFIX)) {
            throw new MojoExecutionException("partition.url '" + Secrets.mask(url) + "' is not a PostgreSQL JDBC URL; expected "
                    + PREFIX + "//host:port/database");
        }
        if (USER_INFO.matcher(url).find()) {
            throw new MojoExecutionException("partition.url '" + Secrets.mask(url) + "' names the user before the host, which the "
                    + "PostgreSQL driver does not read; expected " + PREFIX + "//host:port/database, with the user as "
                    + "partition.username and the password from partition.serverId or partition.password");
        }
        return url;
    }

    /** Connects to a URL {@link #checkUrl} accepted. */
    static Connection open(String url, Credentials credentials) throws MojoExecutionException {
        Properties properties = new Properties();
        if (credentials.username() != null) {
            properties.setProperty("user", credentials.username());
        }
        if (credentials.password() != null) {
            properties.setProperty("password", credentials.password());
        }
        properties.setProperty("ApplicationName", "partitionkit-maven-plugin");
        try {
            Connection connection = new org.postgresql.Driver().connect(url, properties);
            if (connection == null) {
                throw new MojoExecutionException("the PostgreSQL driver does not accept partition.url '" + Secrets.mask(url) + "'");
            }
            return connection;
        } catch (SQLException e) {
            throw new MojoExecutionException("cannot connect to " + Secrets.mask(url) + " as " + credentials.who() + " (password "
                    + credentials.source() + "): " + Secrets.mask(e.getMessage()), e);
        }
    }
}
