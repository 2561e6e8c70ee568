package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When other tables reference the partitioned table, expired partitions are detached and then
 * dropped, never with CASCADE: the foreign key survives, an unreferenced partition goes, and a
 * partition still referenced fails with a clear message while every other unit of the run completes
 * and the changeset fails at the end, listing what failed.
 */
@ExtendWith(PostgresExtension.class)
class ForeignKeysIT {

    /** Retention 5 days at noon on 21 November: partitions of 13, 14 and 15 November have expired. */

    @Test
    void unreferencedExpiredPartitionsGoAndTheForeignKeyStays(TestDatabase db) {
        createOrdersAndReceipts(db, "free");
        db.execute("INSERT INTO free.receipts SELECT id, id, placed_at FROM free.orders WHERE placed_at >= '2026-11-17 00:00+00' AND id % 10 = 0");
        RowFingerprint receipts = db.fingerprint("free.receipts");
        String foreignKey = foreignKey(db, "free");

        MaintenanceReport report = ensure(db, "free").succeeded().report();

        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.DROP)).isEqualTo(3);
        assertThat(db.column("SELECT to_regclass(n)::text FROM unnest(ARRAY['free.orders_13', 'free.orders_14', 'free.orders_15']) n"))
                .containsOnlyNulls();
        assertThat(foreignKey(db, "free")).as("the foreign key is still there, unchanged").isEqualTo(foreignKey);
        assertThat(db.fingerprint("free.receipts")).isEqualTo(receipts);
        assertThat(db.longValue("SELECT count(*) FROM free.orders WHERE placed_at < '2026-11-16 12:00+00'")).isZero();
    }

    @Test
    void aReferencedPartitionFailsClearlyWhileTheRestOfTheRunCompletes(TestDatabase db) {
        createOrdersAndReceipts(db, "held");
        // Receipts still point at orders of 14 November (expired) and of 18 November (kept).
        db.execute("INSERT INTO held.receipts SELECT id, id, placed_at FROM held.orders WHERE (placed_at >= '2026-11-14 00:00+00' "
                + "AND placed_at < '2026-11-15 00:00+00' OR placed_at >= '2026-11-18 00:00+00' AND placed_at < '2026-11-19 00:00+00') AND id % 10 = 0");
        RowFingerprint receipts = db.fingerprint("held.receipts");
        RowFingerprint referencedPartition = db.fingerprint("held.orders_14");
        String foreignKey = foreignKey(db, "held");

        Maintenance.Run run = ensure(db, "held");

        assertThat(run.failure()).as("the changeset fails").isNotNull();
        assertThat(run.failure().getMessage()).contains("FAILED: drop \"held\".\"orders_14\"")
                .contains("violates foreign key constraint").contains("receipts");
        MaintenanceReport report = run.report();
        assertThat(report.failures()).singleElement().satisfies(failure -> assertThat(failure.unit().name()).contains("orders_14"));
        assertThat(report.count(MaintenancePlan.Effect.DROP)).as("orders_13 and orders_15 went").isEqualTo(2);
        assertThat(report.count(MaintenancePlan.Effect.CREATE)).as("the coming days were created").isEqualTo(3);
        assertThat(report.count(MaintenancePlan.Effect.DELETE_EXPIRED)).as("expired rows were deleted").isOne();
        assertThat(db.column("SELECT to_regclass(n)::text FROM unnest(ARRAY['held.orders_13', 'held.orders_15']) n")).containsOnlyNulls();
        assertThat(Partitions.described(db, "held.orders")).anyMatch(line -> line.startsWith("held.orders_14 FOR VALUES"))
                .anyMatch(line -> line.startsWith("held.orders_p20261123 FOR VALUES"));
        assertThat(db.fingerprint("held.orders_14")).isEqualTo(referencedPartition);
        assertThat(db.longValue("SELECT count(*) FROM held.orders_16 WHERE placed_at < '2026-11-16 12:00+00'")).isZero();
        assertThat(foreignKey(db, "held")).isEqualTo(foreignKey);
        assertThat(db.fingerprint("held.receipts")).isEqualTo(receipts);
    }

    private static Maintenance.Run ensure(TestDatabase db, String schema) {
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        return Maintenance.update(liquibase, liquibase.xmlChangelog(schema + ".xml", Maintenance.changeSet("maintain",
                "schemaName=\"" + schema + "\" tableName=\"orders\" column=\"placed_at\" interval=\"day\" premake=\"2\" "
                        + "retention=\"5 days\" lockTimeout=\"1s\"")));
    }

    /** The referencing table's foreign key as the catalog defines it (not its per-partition clones), with whether it is validated. */
    private static String foreignKey(TestDatabase db, String schema) {
        List<String> keys = db.column("SELECT conname || ' ' || pg_get_constraintdef(oid) || ' valid=' || convalidated FROM pg_constraint "
                + "WHERE conrelid = '" + schema + ".receipts'::regclass AND contype = 'f' AND conparentid = 0");
        assertThat(keys).hasSize(1);
        return keys.get(0);
    }

    /** Orders partitioned by hand per day from 13 to 20 November; receipts reference them. */
    private static void createOrdersAndReceipts(TestDatabase db, String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".orders (id bigint NOT NULL, placed_at timestamptz NOT NULL, total numeric, "
                        + "PRIMARY KEY (id, placed_at)) PARTITION BY RANGE (placed_at)");
        Partitions.createDailyInNovember(db, schema + ".orders", 13, 20);
        db.execute("INSERT INTO " + schema + ".orders SELECT i, timestamptz '2026-11-13 00:00+00' + i * interval '9 minutes', i "
                        + "FROM generate_series(0, 1279) i",
                "CREATE TABLE " + schema + ".receipts (id bigint PRIMARY KEY, order_id bigint NOT NULL, order_placed_at timestamptz NOT NULL, "
                        + "CONSTRAINT receipts_order_fk FOREIGN KEY (order_id, order_placed_at) REFERENCES " + schema + ".orders (id, placed_at))");
    }
}
