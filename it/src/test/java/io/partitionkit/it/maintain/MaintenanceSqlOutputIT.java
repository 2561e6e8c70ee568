package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * update-sql prints exactly what update would run now, and printing it changes nothing; the
 * rollback of an ensurePartitions changeset is empty.
 */
@ExtendWith(PostgresExtension.class)
class MaintenanceSqlOutputIT {

    private static final String ATTRIBUTES = "tableName=\"orders\" column=\"placed_at\" interval=\"day\" premake=\"2\" retention=\"3 days\" batchSize=\"100\"";

    /**
     * The printed statements are the plan's steps, which the runner executes one after the other;
     * and running the printed script by hand on an identical database gives exactly what update
     * gives: the same partitions with the same bounds, and the same rows.
     */
    @Test
    void updateSqlPrintsWhatUpdateRunsAndChangesNothing(TestDatabase db) throws SQLException {
        createOrders(db);
        List<String> partitions = Partitions.described(db, "orders");
        RowFingerprint rows = db.fingerprint("orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("sql.xml", Maintenance.changeSet("maintain", ATTRIBUTES));

        List<String> printed = PrintedSql.partitionkitStatements(liquibase.updateSql(changelog));

        assertThat(Partitions.described(db, "orders")).as("update-sql changed nothing").isEqualTo(partitions);
        assertThat(db.fingerprint("orders")).isEqualTo(rows);
        assertThat(db.longValue("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).as("no maintenance lock left behind").isZero();
        MaintenanceOptions options = MaintenanceOptions.parse(null, "orders", "placed_at", "day", 2, "3 days", null, null, null, null, 100,
                null, null, null);
        assertThat(printed).isEqualTo(Maintenance.plan(db, options, NOON).steps().stream().map(Step::statement).toList());
        assertThat(String.join("\n", printed)).contains("DROP TABLE \"public\".\"orders_17\"")
                .contains("ATTACH PARTITION \"public\".\"orders_p20261122\"").contains("INSERT INTO \"public\".\"orders_p20261122\"");

        TestDatabase twin = db.server().createDatabase(db.name() + "_twin");
        createOrders(twin);
        try (Connection connection = twin.connect(); Statement statement = connection.createStatement()) {
            for (String sql : printed) {
                statement.execute(sql);
            }
        }
        Maintenance.update(liquibase, changelog).succeeded();

        assertThat(Partitions.described(db, "orders")).isEqualTo(Partitions.described(twin, "orders"))
                .isNotEqualTo(partitions).contains("orders_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00') TO ('2026-11-24 00:00:00+00')");
        assertThat(db.fingerprint("orders")).isEqualTo(twin.fingerprint("orders"));
        assertThat(PrintedSql.partitionkitStatements(liquibase.updateSql(changelog))).as("nothing left to create or remove")
                .noneMatch(sql -> sql.contains("ATTACH PARTITION") || sql.contains("DROP TABLE"));
    }

    @Test
    void rollingBackAMaintenanceChangesetDoesNothing(TestDatabase db) {
        db.execute("CREATE SCHEMA rb");
        createOrders(db, "rb.orders");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("rollback.xml", Maintenance.changeSet("maintain", "schemaName=\"rb\" " + ATTRIBUTES));
        Maintenance.update(liquibase, changelog).succeeded();
        List<String> partitions = Partitions.described(db, "rb.orders");
        RowFingerprint rows = db.fingerprint("rb.orders");

        String rollbackSql = liquibase.rollbackCountSql(changelog, 1);
        liquibase.rollbackCount(changelog, 1);

        assertThat(rollbackSql).doesNotContain("-- partitionkit:").contains("DELETE FROM public.databasechangelog");
        assertThat(db.longValue("SELECT count(*) FROM databasechangelog WHERE filename = 'rollback.xml'")).isZero();
        assertThat(Partitions.described(db, "rb.orders")).isEqualTo(partitions);
        assertThat(db.fingerprint("rb.orders")).isEqualTo(rows);
    }

    private static void createOrders(TestDatabase db) {
        createOrders(db, "orders");
    }

    /** Daily partitions from 17 to 20 November: with 3 days' retention at noon on 21 November, 17 expires and 18 spans the cutoff. */
    private static void createOrders(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigint, placed_at timestamptz NOT NULL, total numeric) PARTITION BY RANGE (placed_at)");
        Partitions.createDailyInNovember(db, table, 17, 20);
        db.execute("INSERT INTO " + table + " SELECT i, timestamptz '2026-11-17 00:00+00' + i * interval '7 minutes', i FROM generate_series(0, 822) i",
                "INSERT INTO " + table + " SELECT i, timestamptz '2026-11-22 00:00+00' + i * interval '1 hour', i FROM generate_series(0, 23) i",
                "INSERT INTO " + table + " SELECT i, timestamptz '2026-11-01 00:00+00' + i * interval '1 hour', i FROM generate_series(0, 9) i");
    }
}
