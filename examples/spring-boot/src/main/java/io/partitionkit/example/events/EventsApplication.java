package io.partitionkit.example.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * An application that records events. Its start-up runs the Liquibase changelog
 * ({@code db/changelog/db.changelog-master.yaml}, Spring Boot's default), which converts the events
 * table to daily partitions once and keeps its partitions on every start; then it records that it
 * started, and keeps the partitions ahead every hour ({@link PartitionMaintenanceJob}).
 */
@SpringBootApplication
@EnableScheduling
public class EventsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventsApplication.class, args);
    }
}
