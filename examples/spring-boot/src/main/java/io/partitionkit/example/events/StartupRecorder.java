package io.partitionkit.example.events;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/** Records that the application started: it runs after Liquibase, so the table is as the changelog left it. */
@Component
public class StartupRecorder implements CommandLineRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupRecorder.class);

    private final EventLog events;

    public StartupRecorder(EventLog events) {
        this.events = events;
    }

    @Override
    public void run(String... args) {
        EventLog.Recorded recorded = events.record("application-started", OffsetDateTime.now());
        LOG.info("recorded event {} in {}", recorded.id(), recorded.partition());
    }
}
