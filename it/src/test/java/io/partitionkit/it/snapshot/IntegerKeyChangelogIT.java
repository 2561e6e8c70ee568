package io.partitionkit.it.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import liquibase.structure.core.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integer-keyed table without DEFAULT partition: diff-changelog (JSON) gives the width of its
 * partitions as the interval and recreates it without DEFAULT partition either.
 */
@ExtendWith(PostgresExtension.class)
class IntegerKeyChangelogIT {

    private final Commands liquibase = new Commands();

    @Test
    void theIntervalIsTheWidthOfThePartitions(TestDatabase db) {
        db.execute("CREATE TABLE readings (id bigint NOT NULL, sensor integer NOT NULL, value double precision, PRIMARY KEY (id)) "
                        + "PARTITION BY RANGE (id)",
                "CREATE INDEX readings_sensor ON readings (sensor)",
                "CREATE TABLE readings_0 PARTITION OF readings FOR VALUES FROM (0) TO (100000)",
                "CREATE TABLE readings_1 PARTITION OF readings FOR VALUES FROM (100000) TO (200000)",
                "CREATE TABLE readings_2 PARTITION OF readings FOR VALUES FROM (200000) TO (300000)");
        assertThat(Commands.names(liquibase.snapshot(db), Table.class)).containsExactly("readings");
        TestDatabase empty = db.server().createDatabase(db.name() + "_empty");

        String changelog = liquibase.diffChangelog(db, empty, "readings.json");

        assertThat(changelog).doesNotContain("\"tableName\": \"readings_");
        assertThat(GeneratedChangelogs.changeSetOf(changelog, "\"convertToRangePartitioned\"", "\"changeSet\""))
                .contains("\"runInTransaction\": false", "\"column\": \"id\"", "\"interval\": \"100000\"", "\"defaultPartition\": false");
        assertThat(GeneratedChangelogs.changeSetOf(changelog, "\"ensurePartitions\"", "\"changeSet\""))
                .contains("\"runAlways\": true", "\"interval\": \"100000\"");

        liquibase.update(empty, "readings.json");

        assertThat(TableShape.of(empty, "readings")).isEqualTo(TableShape.of(db, "readings"))
                .containsEntry("partition key", "RANGE (id)").containsEntry("DEFAULT partition", "0");
        assertThat(empty.partitions("readings")).isNotEmpty().allMatch(partition -> partition.matches(
                "readings_\\w+ FOR VALUES FROM \\((MINVALUE|'\\d*00000')\\) TO \\('\\d*00000'\\)"), "multiples of 100000");
    }
}
