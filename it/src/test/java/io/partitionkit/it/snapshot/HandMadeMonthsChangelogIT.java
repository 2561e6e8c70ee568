package io.partitionkit.it.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A table partitioned by hand into months of a timestamp key, one month split again into halves and
 * a DEFAULT partition under another name, with a primary key whose columns are not in table order:
 * snapshot sees one table, and generate-changelog (YAML) recreates it partitioned by the month.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandMadeMonthsChangelogIT {

    private final Commands liquibase = new Commands();

    @BeforeAll
    void monthsByHand(TestDatabase db) {
        db.execute("CREATE TABLE bills (id bigint NOT NULL, number text NOT NULL, issued_at timestamp NOT NULL, amount numeric(12,2), "
                        + "PRIMARY KEY (issued_at, id), UNIQUE (number, issued_at)) PARTITION BY RANGE (issued_at)",
                "CREATE INDEX bills_amount ON bills (amount)",
                "CREATE TABLE bills_2026_10 PARTITION OF bills FOR VALUES FROM ('2026-10-01') TO ('2026-11-01')",
                "CREATE TABLE bills_2026_11 PARTITION OF bills FOR VALUES FROM ('2026-11-01') TO ('2026-12-01') PARTITION BY RANGE (issued_at)",
                "CREATE TABLE bills_2026_11_first PARTITION OF bills_2026_11 FOR VALUES FROM ('2026-11-01') TO ('2026-11-16')",
                "CREATE TABLE bills_2026_11_second PARTITION OF bills_2026_11 FOR VALUES FROM ('2026-11-16') TO ('2026-12-01')",
                "CREATE TABLE bills_2026_12 PARTITION OF bills FOR VALUES FROM ('2026-12-01') TO ('2027-01-01')",
                "CREATE TABLE bills_elsewhen PARTITION OF bills DEFAULT",
                "INSERT INTO bills VALUES (1, 'A-1', '2026-10-03 10:00', 12.5), (2, 'A-2', '2026-11-20 11:00', 7), (3, 'A-3', '2030-01-01', 1)");
    }

    @Test
    void theSnapshotHoldsOneTableWhateverTheLevelOfItsPartitions(TestDatabase db) {
        DatabaseSnapshot snapshot = liquibase.snapshot(db);

        assertThat(Commands.names(snapshot, Table.class)).containsExactly("bills");
        assertThat(Commands.names(snapshot, PrimaryKey.class)).containsExactly("bills_pkey");
        assertThat(Commands.names(snapshot, UniqueConstraint.class)).containsExactly("bills_number_issued_at_key");
        assertThat(Commands.names(snapshot, Index.class)).containsExactlyInAnyOrder("bills_amount", "bills_number_issued_at_key", "bills_pkey");
    }

    @Test
    void generateChangelogRecreatesTheMonthsOnAnEmptyDatabase(TestDatabase db) {
        String changelog = liquibase.generateChangelog(db, "bills.yaml");

        assertThat(changelog).doesNotContain("tableName: bills_");
        assertThat(GeneratedChangelogs.occurrences(changelog, "- createTable:")).isOne();
        assertThat(GeneratedChangelogs.changeSetOf(changelog, "- convertToRangePartitioned:", "- changeSet:"))
                .contains("runInTransaction: false", "column: issued_at", "interval: month", "strategy: attach", "tableName: bills")
                .doesNotContain("runAlways", "defaultPartition");
        assertThat(GeneratedChangelogs.changeSetOf(changelog, "- ensurePartitions:", "- changeSet:"))
                .contains("runAlways: true", "runInTransaction: false", "column: issued_at", "interval: month", "tableName: bills");
        assertThat(changelog.indexOf("- addPrimaryKey:")).as("the conversion needs the primary key: it comes first")
                .isBetween(changelog.indexOf("- createTable:"), changelog.indexOf("- convertToRangePartitioned:"));
        TestDatabase empty = db.server().createDatabase(db.name() + "_empty");

        liquibase.update(empty, "bills.yaml");

        assertThat(TableShape.of(empty, "bills")).isEqualTo(TableShape.of(db, "bills"))
                .containsEntry("partition key", "RANGE (issued_at)").containsEntry("DEFAULT partition", "1");
        assertThat(empty.column("SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = 'bills'::regclass AND c.relname NOT IN ('bills_default', 'bills_legacy')"))
                .as("month partitions").isNotEmpty().allMatch(bound -> bound.matches("FOR VALUES FROM \\('\\d{4}-\\d{2}-01 00:00:00'\\) "
                        + "TO \\('\\d{4}-\\d{2}-01 00:00:00'\\)"));
        String diff = liquibase.diff(db, empty);
        assertThat(List.of(diff.split("\n"))).as("only Liquibase's own tables are more in the copy").contains("Missing Table(s): NONE",
                "Changed Table(s): NONE", "Missing Primary Key(s): NONE", "Missing Unique Constraint(s): NONE", "Missing Index(s): NONE",
                "Changed Index(s): NONE");
        assertThat(diff).doesNotContain("bills_2", "bills_elsewhen", "bills_default", "bills_legacy");
    }
}
