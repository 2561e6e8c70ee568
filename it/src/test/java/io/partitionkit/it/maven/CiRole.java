package io.partitionkit.it.maven;

import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The role the forked builds connect as, like a CI job's database user: not a superuser, the owner
 * of the test database. Its password is distinctive so that a build printing it anywhere is caught.
 * (On an external test server, the test user needs CREATEROLE.)
 */
final class CiRole {

    static final String NAME = "partitionkit_ci";
    static final String PASSWORD = "pk-Violet-Quasar-4411";

    /** The master password of {@link #SECURITY_SETTINGS}, encrypted with {@code mvn --encrypt-master-password pk-master-Tundra-2093}. */
    static final String SECURITY_SETTINGS = """
            <settingsSecurity>
              <master>{4HNdFdy6+I0Hk3WMY4sohLTZCJ/7SnCv/cMikfNZim0/2gYeibtP6IZ22dArxhxa}</master>
            </settingsSecurity>
            """;

    /** {@link #PASSWORD} encrypted with {@code mvn --encrypt-password} under that master password. */
    static final String ENCRYPTED_PASSWORD = "{keZe1d5EGJUH0OPXL2Hd9XEeZYOX02yvxYJUjuqCu+KktIVImbr/DNeKQBlmHt4U}";

    private final TestDatabase database;

    private CiRole(TestDatabase database) {
        this.database = database;
    }

    /** Creates the role (once per server) and hands it the database and its public schema. */
    static CiRole owning(TestDatabase database) {
        database.execute("DO $$ BEGIN CREATE ROLE " + NAME + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "ALTER ROLE " + NAME + " LOGIN PASSWORD '" + PASSWORD + "'",
                "ALTER DATABASE \"" + database.name() + "\" OWNER TO " + NAME,
                "ALTER SCHEMA public OWNER TO " + NAME);
        return new CiRole(database);
    }

    /** The database's JDBC URL without credentials (the embedded server's URL names its superuser). */
    String url() {
        String url = database.jdbcUrl();
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    Connection connect(String password) throws SQLException {
        return DriverManager.getConnection(url(), NAME, password);
    }

    /** Runs statements as the role, so that what they create is the role's. */
    void execute(String... sql) {
        try (Connection connection = connect(PASSWORD); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
