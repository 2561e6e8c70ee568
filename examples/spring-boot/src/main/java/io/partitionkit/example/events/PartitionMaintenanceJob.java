package io.partitionkit.example.events;

import io.partitionkit.liquibase.maintain.MaintenanceOutcome;
import io.partitionkit.liquibase.maintain.PartitionMaintenance;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the partitions ahead between deploys: start-up runs the maintenance changeset only when the
 * application starts. Runs the changelog's maintenance changesets, and nothing else, as
 * {@code mvn partition:maintain} would; a second instance's run waits on DATABASECHANGELOGLOCK.
 */
@Component
public class PartitionMaintenanceJob {

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintenanceJob.class);

    private final DataSource dataSource;

    public PartitionMaintenanceJob(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hourly at minute 17, well within premake (7 days). */
    @Scheduled(cron = "0 17 * * * *")
    public void maintain() throws LiquibaseException, SQLException {
        MaintenanceOutcome outcome = PartitionMaintenance.of("db/changelog/db.changelog-master.yaml").run(dataSource);
        outcome.failureMessage("partition maintenance").ifPresent(failure -> log.error(failure));
    }
}
