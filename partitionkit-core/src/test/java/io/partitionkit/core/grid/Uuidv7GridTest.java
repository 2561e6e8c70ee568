package io.partitionkit.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Calendar partitions on uuid keys holding UUIDv7: bounds are the smallest UUIDv7 of each instant,
 * every UUIDv7 of an instant lies in the partition of that instant, other UUIDs lie where their bits
 * point, and bounds read back from the catalog as they were written.
 */
class Uuidv7GridTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant DECEMBER_5 = Instant.parse("2026-12-05T10:30:00Z");
    private static final String MIDNIGHT_UTC = "'01a24380-2000-7000-8000-000000000000'";
    private static final String NEXT_MIDNIGHT_UTC = "'01a248a6-7c00-7000-8000-000000000000'";

    private static PartitionGrid days(ZoneId zone) {
        return PartitionGrid.of(KeyType.UUID, PartitionInterval.parse("day"), zone, KeyEncoding.UUIDV7);
    }

    /** A UUIDv7 of an instant, with random bits of its own. */
    private static UUID uuidv7(Instant at, long randomA, long randomB) {
        return new UUID(at.toEpochMilli() << 16 | 0x7000L | (randomA & 0xFFFL), 0x8000_0000_0000_0000L | (randomB & 0x3FFF_FFFF_FFFF_FFFFL));
    }

    @Test
    void aDayIsTheSmallestUuidv7sOfItsMidnights() {
        PartitionGrid days = days(ZoneOffset.UTC);
        Bound from = days.floor(days.now(DECEMBER_5));
        Bound to = days.next(from);

        assertThat(days.literal(from)).isEqualTo(MIDNIGHT_UTC);
        assertThat(days.literal(to)).isEqualTo(NEXT_MIDNIGHT_UTC);
        assertThat(days.nameSuffix(from)).isEqualTo("20261205");
        assertThat(days.describe(from)).isEqualTo(MIDNIGHT_UTC + " (2026-12-05 00:00:00+00:00)");
        assertThat(days.meaning(new PartitionRange(from, to))).isEqualTo(" /* 2026-12-05 00:00:00+00:00 to 2026-12-06 00:00:00+00:00 */");
        assertThat(days.hasClock()).isTrue();
        assertThat(days.parse(days.literal(from))).isEqualTo(from);
        assertThat(days.parse(NEXT_MIDNIGHT_UTC)).isEqualTo(to);
        assertThat(UUID.fromString(MIDNIGHT_UTC.replace("'", ""))).isEqualTo(Uuidv7.smallest(Instant.parse("2026-12-05T00:00:00Z")));
    }

    @Test
    void theDaysOfAZoneStartAtItsMidnights() {
        PartitionGrid days = days(BERLIN);
        Bound from = days.floor(days.now(DECEMBER_5));

        assertThat(days.literal(from)).isEqualTo("'" + Uuidv7.smallest(Instant.parse("2026-12-04T23:00:00Z")) + "'");
        assertThat(days.nameSuffix(from)).isEqualTo("20261205");
        assertThat(days.describe(from)).endsWith("(2026-12-05 00:00:00+01:00)");
    }

    @Test
    void everyUuidv7OfAnInstantLiesInThePartitionOfThatInstant() {
        PartitionGrid days = days(ZoneOffset.UTC);
        Bound december5 = days.parse(MIDNIGHT_UTC);
        Bound december6 = days.parse(NEXT_MIDNIGHT_UTC);
        Instant lastMillisecond = Instant.parse("2026-12-05T23:59:59.999Z");

        for (UUID key : new UUID[] {uuidv7(Instant.parse("2026-12-05T00:00:00Z"), 0, 0), uuidv7(Instant.parse("2026-12-05T00:00:00Z"), -1, -1),
                uuidv7(lastMillisecond, -1, -1), uuidv7(DECEMBER_5, 0x123, 0x4567)}) {
            assertThat(days.floor(days.parse("'" + key + "'"))).as(key.toString()).isEqualTo(december5);
        }
        assertThat(days.floor(days.parse("'" + uuidv7(Instant.parse("2026-12-06T00:00:00Z"), 0, 0) + "'"))).isEqualTo(december6);
    }

    @Test
    void aUuidOfAnotherVersionOrdersAsPostgresqlOrdersIt() {
        PartitionGrid days = days(ZoneOffset.UTC);
        Bound midnight = days.parse(MIDNIGHT_UTC);
        // With midnight's bits, version 4 lies below the smallest UUIDv7 of midnight (the partition before), version 8 above it.
        Bound below = days.parse("'01a24380-2000-4fff-bfff-ffffffffffff'");
        Bound above = days.parse("'01a24380-2000-8000-0000-000000000000'");

        assertThat(below).isLessThan(midnight);
        assertThat(days.floor(below)).isEqualTo(days.floor(Bound.of(midnight.value() - 1)));
        assertThat(above).isGreaterThan(midnight);
        assertThat(days.floor(above)).isEqualTo(midnight);
        assertThat(days.isGridPoint(above)).isFalse();
        assertThat(days.isGridPoint(below)).isFalse();
    }

    @Test
    void aCutoffInsideAMillisecondIsWrittenAsTheNextMillisecondsSmallestUuidv7() {
        PartitionGrid days = days(ZoneOffset.UTC);

        assertThat(days.literal(days.now(Instant.parse("2026-12-05T00:00:00.000001Z")))).isEqualTo("'" + Uuidv7.smallest(1796428800001L) + "'");
        assertThat(days.literal(days.now(Instant.parse("2026-12-05T00:00:00Z")))).isEqualTo(MIDNIGHT_UTC);
    }

    @Test
    void theLastDayA48BitMillisecondHoldsEndsAtMaxvalue() {
        PartitionGrid years = PartitionGrid.of(KeyType.UUID, PartitionInterval.parse("year"), ZoneOffset.UTC, KeyEncoding.UUIDV7);
        Bound last = years.floor(years.now(Instant.ofEpochMilli(Uuidv7.MAX_MILLIS)));

        assertThat(years.next(last)).isEqualTo(Bound.MAX);
        assertThat(years.literal(years.next(last))).isEqualTo("MAXVALUE");
    }

    @Test
    void onlyUuidv7KeysArePlacedByTheirTime() {
        assertThat(days(ZoneOffset.UTC).placeableSql("id")).contains(Uuidv7.isVersion7Sql("\"id\""));
        assertThat(PartitionGrid.of(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), ZoneOffset.UTC).placeableSql("at")).isEmpty();
        assertThat(days(ZoneOffset.UTC).bucketSql("id")).startsWith("CASE WHEN " + Uuidv7.isVersion7Sql("\"id\"") + " THEN ");
    }

    @Test
    void aLiteralThatIsNoUuidIsRefused() {
        assertThatThrownBy(() -> days(ZoneOffset.UTC).parse("'2026-12-05'")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read ''2026-12-05'' as a uuid bound");
        assertThat(days(ZoneOffset.UTC).range("'2026-12-05'", NEXT_MIDNIGHT_UTC)).isEmpty();
    }

    @Test
    void aUuidKeyFitsCalendarIntervalsOnly() {
        assertThat(PartitionGrid.fits(KeyType.UUID, PartitionInterval.parse("hour"), KeyEncoding.UUIDV7)).isTrue();
        assertThat(PartitionGrid.fits(KeyType.UUID, PartitionInterval.parse("1000"), KeyEncoding.UUIDV7)).isFalse();
        assertThat(PartitionGrid.fits(KeyType.UUID, PartitionInterval.parse("day"), EpochUnit.SECONDS)).isFalse();
        assertThat(PartitionInterval.acceptedFor(KeyType.UUID)).isEqualTo("hour, day, week, month, quarter or year");
    }
}
