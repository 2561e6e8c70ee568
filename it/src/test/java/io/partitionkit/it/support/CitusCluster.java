package io.partitionkit.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Citus cluster of the {@code -Pcitus} tests: a coordinator and two workers of Debian's
 * PostgreSQL 15 on this machine, Citus built into it from source when missing
 * ({@code src/test/citus/install-citus.sh}), started once per JVM and stopped when it exits; or the
 * cluster whose coordinator {@code -Dpartition.test.citus.url} names (with
 * {@code partition.test.citus.username} and {@code .password}), so that users can run the tests
 * against theirs. Tests share one database and keep apart by schema; the workers are reached as the
 * coordinator lists them, with the same credentials, to look at their shards.
 */
public final class CitusCluster {

    /** The database the cluster's tests share. */
    static final String DATABASE = "partitionkit";

    /** For the changeset ids of this run: a cluster a user points the tests at keeps the changelog of earlier runs. */
    public static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static CitusCluster shared;

    private final TestDatabase coordinator;
    private final List<TestDatabase> workers;

    private CitusCluster(TestDatabase coordinator, List<TestDatabase> workers) {
        this.coordinator = coordinator;
        this.workers = List.copyOf(workers);
    }

    /** The cluster of this JVM, started (or reached) on first use. */
    public static synchronized CitusCluster shared() {
        if (shared == null) {
            String url = System.getProperty("partition.test.citus.url", "");
            shared = url.isBlank() ? startLocal() : reach(new ExternalPostgresServer(url,
                    System.getProperty("partition.test.citus.username", "postgres"), System.getProperty("partition.test.citus.password", "")),
                    url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", ""));
        }
        return shared;
    }

    /** The coordinator's database: what partitionkit connects to. */
    public TestDatabase coordinator() {
        return coordinator;
    }

    /** Makes {@code schema} anew in the shared database, dropping what an earlier run left there. */
    public static void freshSchema(TestDatabase db, String schema) {
        db.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    }

    /** Each table of {@code schema} in Citus's metadata, with its partition method (h, n) and co-location group. */
    public static Map<String, String> tables(TestDatabase db, String schema) {
        Map<String, String> tables = new TreeMap<>();
        for (String row : db.column("SELECT logicalrelid::regclass::text || ' ' || partmethod::text || ' ' || colocationid "
                + "FROM pg_dist_partition WHERE logicalrelid::regclass::text LIKE '" + schema + ".%'")) {
            String[] parts = row.split(" ", 2);
            tables.put(parts[0], parts[1]);
        }
        return tables;
    }

    /** The co-location group of a Citus table. */
    public static String colocation(TestDatabase db, String table) {
        return db.value("SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = '" + table + "'::regclass");
    }

    /** The port a node of the cluster listens on, as its URL (the coordinator's listing) says. */
    public static String port(TestDatabase node) {
        return node.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");
    }

    /** A node's host and port as Citus's functions take them: {@code 'host', port}. */
    public static String hostAndPort(TestDatabase node) {
        return "'" + node.jdbcUrl().replaceAll("jdbc:postgresql://([^:/]+).*", "$1") + "', " + port(node);
    }

    /** The id of the first shard of {@code table} that {@code worker} holds. */
    public static String firstShardOn(TestDatabase db, TestDatabase worker, String table) {
        return db.value("SELECT s.shardid FROM pg_dist_shard s JOIN pg_dist_placement p USING (shardid) JOIN pg_dist_node n "
                + "ON n.groupid = p.groupid WHERE s.logicalrelid = '" + table + "'::regclass AND n.nodeport = " + port(worker)
                + " ORDER BY s.shardid LIMIT 1");
    }

    /** The workers' databases, where the shards are. */
    public List<TestDatabase> workers() {
        return workers;
    }

    private static CitusCluster startLocal() {
        installCitus();
        String settings = """
                shared_preload_libraries = 'citus'
                max_connections = 300
                """;
        List<DebianPostgresServer> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(DebianPostgresServer.startWith(15, settings));
        }
        for (DebianPostgresServer node : nodes) {
            execute(node, "postgres", "CREATE DATABASE " + DATABASE);
            execute(node, DATABASE, "CREATE EXTENSION citus");
        }
        DebianPostgresServer first = nodes.get(0);
        execute(first, DATABASE, "SELECT citus_set_coordinator_host('localhost', " + first.port() + ")");
        for (DebianPostgresServer worker : nodes.subList(1, nodes.size())) {
            execute(first, DATABASE, "SELECT citus_add_node('localhost', " + worker.port() + ")");
        }
        return reach(first, DATABASE);
    }

    /** The cluster whose coordinator is {@code server}: its workers as pg_dist_node lists them. */
    private static CitusCluster reach(PostgresServer server, String database) {
        TestDatabase coordinator = new TestDatabase(server, database);
        List<TestDatabase> workers = new ArrayList<>();
        for (String node : coordinator.column("SELECT nodename || ':' || nodeport FROM pg_dist_node WHERE noderole = 'primary' "
                + "AND shouldhaveshards AND groupid <> 0 ORDER BY nodeid")) {
            workers.add(new TestDatabase(new ExternalPostgresServer("jdbc:postgresql://" + node + "/" + database, server.username(),
                    server.password()), database));
        }
        if (workers.isEmpty()) {
            throw new IllegalStateException("the Citus coordinator at " + coordinator.jdbcUrl() + " has no worker with shards");
        }
        return new CitusCluster(coordinator, workers);
    }

    private static void installCitus() {
        Path installer = Path.of(System.getProperty("partition.test.citus.installer", "src/test/citus/install-citus.sh"));
        String source = System.getProperty("partition.test.citus.source", "../../shared/citus/citus-13.2.2.tar.gz");
        if (!Files.isRegularFile(installer)) {
            throw new IllegalStateException("the Citus installer " + installer.toAbsolutePath() + " is missing");
        }
        DebianPostgresServer.run(List.of("bash", installer.toString(), Path.of(source).toAbsolutePath().toString()));
    }

    private static void execute(PostgresServer server, String database, String sql) {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(server + ": " + sql + ": " + e.getMessage(), e);
        }
    }
}
