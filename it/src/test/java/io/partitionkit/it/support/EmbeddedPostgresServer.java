package io.partitionkit.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** An embedded PostgreSQL (zonky binaries from Maven Central), stopped when the JVM exits. */
final class EmbeddedPostgresServer extends PostgresServer {

    /**
     * The superuser the tests administer with connects without a password, as zonky expects; every
     * other role must give its own, so that tests can prove credentials reach the server.
     */
    private static final String HBA = """
            local all postgres trust
            host all postgres all trust
            local all all scram-sha-256
            host all all all scram-sha-256
            """;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(int expectedMajorVersion) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("hba_file", hbaFile().toString())
                    // Enough headroom for lock and load tests; fsync off because test data is disposable.
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_locks_per_transaction", "256")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            int actual = server.majorVersion();
            if (actual != expectedMajorVersion) {
                postgres.close();
                throw new IllegalStateException("asked for PostgreSQL " + expectedMajorVersion
                        + " but the embedded binaries on the classpath are PostgreSQL " + actual
                        + "; pass -Dpostgres.version to Maven so it picks the matching binaries");
            }
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL " + expectedMajorVersion, e);
        }
    }

    private static Path hbaFile() throws IOException {
        Path file = Files.createTempFile("partitionkit-pg_hba", ".conf");
        file.toFile().deleteOnExit();
        return Files.writeString(file, HBA);
    }

    @Override
    protected void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot stop " + this, e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    protected String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }
}
