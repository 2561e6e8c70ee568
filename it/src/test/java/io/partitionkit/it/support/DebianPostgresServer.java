package io.partitionkit.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of Debian's packages, with extensions no embedded build carries (pg_partman),
 * for benchmarks that set partitionkit beside them: installs the packages when they are missing
 * ({@code apt-get}, as root), makes a throwaway cluster in a temporary directory owned by the
 * {@code postgres} user, and starts it on a free port with {@code pg_stat_statements} preloaded, so
 * that every statement's database time is counted by the server itself (or with other settings: the
 * nodes of a Citus cluster). Stopped and deleted by {@link #stop()} or when the JVM exits. Never part
 * of the default test run.
 */
public final class DebianPostgresServer extends PostgresServer implements AutoCloseable {

    private final int major;
    private final Path data;
    private final int port;

    private DebianPostgresServer(int major, Path data, int port) {
        this.major = major;
        this.data = data;
        this.port = port;
    }

    /** Settings that make the server count every statement's time (pg_stat_statements). */
    public static final String STATEMENT_STATISTICS = """
            shared_preload_libraries = 'pg_stat_statements'
            pg_stat_statements.track = 'top'
            pg_stat_statements.track_planning = on
            pg_stat_statements.max = 100000
            """;

    /**
     * Starts a new cluster of PostgreSQL {@code major} with {@code packages} installed (Debian names,
     * such as {@code postgresql-15-partman}), counting every statement's time.
     */
    public static DebianPostgresServer start(int major, String... packages) {
        return startWith(major, STATEMENT_STATISTICS, packages);
    }

    /** As {@link #start(int, String...)}, with {@code settings} (lines of postgresql.conf) instead of the statement statistics. */
    public static DebianPostgresServer startWith(int major, String settings, String... packages) {
        List<String> wanted = new ArrayList<>(List.of("postgresql-" + major));
        wanted.addAll(List.of(packages));
        install(wanted);
        try {
            Path data = Files.createTempDirectory("partitionkit-bench-pg" + major + "-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(List.of("chown", "postgres", data.toString()));
            String bin = "/usr/lib/postgresql/" + major + "/bin/";
            asPostgres(bin + "initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync");
            Files.writeString(data.resolve("postgresql.auto.conf"), """
                    port = %d
                    listen_addresses = 'localhost'
                    unix_socket_directories = '%s'
                    max_locks_per_transaction = 1024
                    shared_buffers = '1GB'
                    """.formatted(port, data) + settings, StandardCharsets.UTF_8);
            DebianPostgresServer server = new DebianPostgresServer(major, data, port);
            asPostgres(bin + "pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "120", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL " + major + " of Debian's packages: " + e.getMessage(), e);
        }
    }

    private static void install(List<String> packages) {
        List<String> missing = packages.stream().filter(name -> !installed(name)).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
        command.addAll(missing);
        run(List.of("apt-get", "update", "-q"));
        run(command);
    }

    private static boolean installed(String name) {
        try {
            Process process = new ProcessBuilder("dpkg-query", "-W", "-f=${Status}", name).redirectErrorStream(true).start();
            String status = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 && status.contains("install ok installed");
        } catch (IOException e) {
            throw new IllegalStateException("cannot ask dpkg-query whether " + name + " is installed: this needs Debian", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void asPostgres(String... command) {
        List<String> asUser = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asUser.addAll(List.of(command));
        run(asUser);
    }

    static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Stops the server and deletes its cluster. */
    @Override
    public void close() {
        stop();
    }

    @Override
    protected synchronized void stop() {
        if (!Files.exists(data)) {
            return;
        }
        try {
            asPostgres("/usr/lib/postgresql/" + major + "/bin/pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
        } finally {
            run(List.of("rm", "-rf", data.toString()));
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    protected String maintenanceDatabase() {
        return "postgres";
    }

    @Override
    public String toString() {
        return "PostgreSQL " + major + " of Debian's packages on port " + port;
    }
}
