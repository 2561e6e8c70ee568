package io.partitionkit.liquibase.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.testing.Tables;
import org.junit.jupiter.api.Test;

/** What partitionkit makes of a partitioned table as the catalog reads it: the key and the interval its bounds follow, or why not. */
class RecreatedPartitioningTest {

    @Test
    void aConvertedDayTableIsRecreatedOnItsKeyByTheDayTheLegacyPartitionNotWithstanding() {
        Tables events = Tables.timestamptz("events").column("id", "bigint").primaryKey("id", "created_at")
                .range("events_legacy", "MINVALUE", "2026-11-22T00:00Z").days("2026-11-22", "2026-11-30").defaultPartition();

        RecreatedPartitioning partitioning = RecreatedPartitioning.of(events.snapshot());

        assertThat(partitioning).isEqualTo(new RecreatedPartitioning("created_at", "day", true, null));
        assertThat(partitioning.recreatable()).isTrue();
    }

    @Test
    void monthsOfADateKeyWithoutDefaultPartitionAreMonthsWithoutOne() {
        Tables bills = Tables.keyedBy("bills", "billed_on", "date").primaryKey("billed_on")
                .range("bills_2026_10", "2026-10-01", "2026-11-01").range("bills_2026_11", "2026-11-01", "2026-12-01")
                .range("bills_2026_12", "2026-12-01", "2027-01-01");

        assertThat(RecreatedPartitioning.of(bills.snapshot())).isEqualTo(new RecreatedPartitioning("billed_on", "month", false, null));
    }

    @Test
    void daysOfAUuidKeyAreRecreatedAsUuidv7Days() {
        Tables events = Tables.keyedBy("events", "id", "uuid").primaryKey("id").days("2026-11-22", "2026-11-30").defaultPartition();

        assertThat(RecreatedPartitioning.of(events.snapshot())).isEqualTo(new RecreatedPartitioning("id", "day", true, null, "uuidv7"));
    }

    @Test
    void anIntegerKeyGetsTheWidthOfItsPartitions() {
        Tables orders = Tables.bigint("orders").primaryKey("id").ids(0, 5000, 1000).defaultPartition();

        assertThat(RecreatedPartitioning.of(orders.snapshot())).isEqualTo(new RecreatedPartitioning("id", "1000", true, null));
    }

    @Test
    void boundsOfMixedWidthsAreRefusedNamingWhy() {
        Tables shifts = Tables.timestamptz("shifts").primaryKey("created_at")
                .range("shifts_a", "2026-11-19T00:00Z", "2026-11-20T00:00Z").range("shifts_b", "2026-11-20T00:00Z", "2026-11-20T06:00Z");

        RecreatedPartitioning partitioning = RecreatedPartitioning.of(shifts.snapshot());

        assertThat(partitioning.recreatable()).isFalse();
        assertThat(partitioning.refusal()).isEqualTo("the bounds of its partitions follow no single interval on the UTC calendar "
                + "(hour, day, week, month, quarter or year)");
    }

    @Test
    void onlyADefaultPartitionSaysNothingAboutTheInterval() {
        Tables events = Tables.timestamptz("events").primaryKey("created_at").defaultPartition();

        assertThat(RecreatedPartitioning.of(events.snapshot()).refusal()).startsWith("the bounds of its partitions follow no single interval");
    }

    @Test
    void aTableWithoutPrimaryKeyIsRefusedAsTheConversionWouldRefuseIt() {
        Tables events = Tables.timestamptz("events").days("2026-11-22", "2026-11-25");

        assertThat(RecreatedPartitioning.of(events.snapshot()).refusal()).isEqualTo("it has no primary key, which convertToRangePartitioned needs");
    }

    @Test
    void listPartitioningAndUnsupportedKeysAreRefused() {
        Tables regions = Tables.list("regions").primaryKey("region").listPartition("regions_eu", "'eu'").defaultPartition();
        Tables texts = Tables.keyedBy("texts", "code", "text").primaryKey("code").defaultPartition();

        assertThat(RecreatedPartitioning.of(regions.snapshot())).isEqualTo(new RecreatedPartitioning(null, null, true,
                "it is not range-partitioned"));
        assertThat(RecreatedPartitioning.of(texts.snapshot()).refusal())
                .isEqualTo("its partition key 'code' has type text; partitionkit partitions on date, timestamp, timestamptz, smallint, integer, bigint, "
                + "or uuid holding UUIDv7 (keyEncoding uuidv7)");
    }
}
