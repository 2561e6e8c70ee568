package io.partitionkit.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.flyway.MaintenanceCallback;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application started twice against a real PostgreSQL whose orders table an earlier release,
 * before Flyway, filled with three weeks of orders. The first start baselines, then partitions the
 * table (every row kept), and the callback bean maintains it; the second start finds nothing to
 * migrate and maintains it again.
 */
class OrdersApplicationStartupTest {

    private static EmbeddedPostgres postgres;
    private static JdbcClient db;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE shop").update();
        db = JdbcClient.create(postgres.getDatabase("postgres", "shop"));
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void theFirstStartPartitionsTheTableAndEveryStartMaintainsIt() {
        db.sql("CREATE TABLE orders (id bigserial PRIMARY KEY, placed_at timestamptz NOT NULL DEFAULT now(), customer text NOT NULL, "
                + "total numeric(12, 2) NOT NULL)").update();
        db.sql("INSERT INTO orders (placed_at, customer, total) SELECT now() - i * interval '21 days' / 3000, 'c' || i % 40, i % 97 "
                + "FROM generate_series(1, 3000) i").update();
        String history = fingerprint();

        try (ConfigurableApplicationContext application = start()) {
            assertThat(application.getBean(MaintenanceCallback.class)).isNotNull();
        }

        assertThat(db.sql("SELECT relkind::text FROM pg_class WHERE oid = 'orders'::regclass").query(String.class).single())
                .as("partitioned").isEqualTo("p");
        assertThat(fingerprint()).as("every order, unchanged").isEqualTo(history);
        assertThat(migrations()).containsExactly("1 BASELINE", "2 JDBC");
        String firstRecord = maintenanceRecord();
        assertThat(firstRecord).as("the callback bean ran after migrate").startsWith("partitionkit: last successful maintenance ");

        db.sql("COMMENT ON TABLE orders IS NULL").update();
        try (ConfigurableApplicationContext application = start()) {
            assertThat(application.isActive()).isTrue();
        }

        assertThat(migrations()).as("nothing new to migrate").containsExactly("1 BASELINE", "2 JDBC");
        assertThat(maintenanceRecord()).as("maintained again on a start with nothing pending")
                .startsWith("partitionkit: last successful maintenance ");
    }

    private static ConfigurableApplicationContext start() {
        return SpringApplication.run(OrdersApplication.class, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "shop"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    private static String fingerprint() {
        return db.sql("SELECT count(*) || ':' || sum(hashtextextended(o::text, 0)) FROM orders o").query(String.class).single();
    }

    private static List<String> migrations() {
        return db.sql("SELECT version || ' ' || type FROM flyway_schema_history ORDER BY installed_rank").query(String.class).list();
    }

    private static String maintenanceRecord() {
        return db.sql("SELECT coalesce(obj_description('orders'::regclass, 'pg_class'), '')").query(String.class).single();
    }
}
