package io.partitionkit.example.orders;

import io.partitionkit.flyway.MaintenanceCallback;
import io.partitionkit.flyway.Partitioning;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * An application whose start-up migrates with Flyway: its migrations partition the orders table,
 * and the maintenance callback, a bean Spring Boot hands to Flyway, keeps partitions ahead after
 * every migrate, including the starts that find nothing to migrate.
 */
@SpringBootApplication
public class OrdersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersApplication.class, args);
    }

    @Bean
    MaintenanceCallback ordersMaintenance() {
        return new MaintenanceCallback(Partitioning.ensurePartitions("orders").column("placed_at").interval("day").premake(7)
                .retention("90 days"));
    }
}
