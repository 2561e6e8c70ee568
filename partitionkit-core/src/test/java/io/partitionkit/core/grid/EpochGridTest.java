package io.partitionkit.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar partitions on integer keys holding time since the epoch: their integer bounds, names, "now", and the refusals. */
class EpochGridTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant DECEMBER_5 = Instant.parse("2026-12-05T10:30:00Z");

    private static PartitionGrid grid(KeyType type, String interval, ZoneId zone, EpochUnit unit) {
        return PartitionGrid.of(type, PartitionInterval.parse(interval), zone, unit);
    }

    /** The bounds of {@code count} partitions from the one holding {@code at}, as integers. */
    private static List<Long> bounds(PartitionGrid grid, Instant at, int count) {
        List<Long> bounds = new ArrayList<>();
        Bound bound = grid.floor(grid.now(at));
        for (int i = 0; i <= count; i++) {
            bounds.add(bound.value());
            bound = grid.next(bound);
        }
        return bounds;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "seconds,      1796428800,          1796515200",
            "milliseconds, 1796428800000,       1796515200000",
            "microseconds, 1796428800000000,    1796515200000000",
            "nanoseconds,  1796428800000000000, 1796515200000000000"})
    void aUtcDayIsTheIntegersOfItsMidnightsInEachUnit(String unit, long from, long to) {
        PartitionGrid days = grid(KeyType.BIGINT, "day", ZoneOffset.UTC, EpochUnit.valueOf(unit.toUpperCase(java.util.Locale.ROOT)));

        assertThat(bounds(days, DECEMBER_5, 1)).containsExactly(from, to);
        assertThat(days.literal(Bound.of(from))).isEqualTo(Long.toString(from));
        assertThat(days.nameSuffix(Bound.of(from))).isEqualTo("20261205");
        assertThat(days.describe(Bound.of(from))).isEqualTo(from + " (2026-12-05 00:00:00+00:00)");
        assertThat(days.meaning(new PartitionRange(Bound.of(from), Bound.of(to))))
                .isEqualTo(" /* 2026-12-05 00:00:00+00:00 to 2026-12-06 00:00:00+00:00 */");
        assertThat(days.hasClock()).isTrue();
    }

    @Test
    void aKeyBelongsToThePartitionOfTheInstantItMeansDownToTheNanosecond() {
        PartitionGrid days = grid(KeyType.BIGINT, "day", ZoneOffset.UTC, EpochUnit.NANOSECONDS);
        assertThat(days.floor(Bound.of(1796515199999999999L))).isEqualTo(Bound.of(1796428800000000000L));
        assertThat(days.floor(Bound.of(1796515200000000000L))).isEqualTo(Bound.of(1796515200000000000L));
        assertThat(days.isGridPoint(Bound.of(1796428800000000001L))).isFalse();
    }

    @Test
    void berlinDaysAcrossDaylightSavingChangesAre23And25HoursOfKeys() {
        PartitionGrid days = grid(KeyType.BIGINT, "day", BERLIN, EpochUnit.MILLISECONDS);
        // 2026-03-29: clocks go forward at 02:00, the day starts 23:00 UTC the day before and lasts 23 hours
        assertThat(bounds(days, Instant.parse("2026-03-29T12:00:00Z"), 1)).containsExactly(1774738800000L, 1774821600000L);
        // 2026-10-25: clocks go back at 03:00, the day lasts 25 hours
        assertThat(bounds(days, Instant.parse("2026-10-25T12:00:00Z"), 1)).containsExactly(1792879200000L, 1792969200000L);
        assertThat(days.nameSuffix(Bound.of(1774738800000L))).isEqualTo("20260329");
        assertThat(days.describe(Bound.of(1774738800000L))).isEqualTo("1774738800000 (2026-03-29 00:00:00+01:00)");
    }

    @Test
    void aBerlinMonthStartsAtLocalMidnightOfTheFirst() {
        PartitionGrid months = grid(KeyType.INTEGER, "month", BERLIN, EpochUnit.SECONDS);
        assertThat(bounds(months, Instant.parse("2026-03-15T00:00:00Z"), 1)).containsExactly(1772319600L, 1774994400L);
        assertThat(months.nameSuffix(Bound.of(1772319600L))).isEqualTo("202603");
    }

    @Test
    void nowIsTheClockInTheUnitAndRetentionCutsByTime() {
        PartitionGrid days = grid(KeyType.BIGINT, "day", ZoneOffset.UTC, EpochUnit.MILLISECONDS);
        AxisNow now = AxisNow.of(days, Retention.parse("30 days"), DECEMBER_5, ZoneOffset.UTC,
                Optional.of(KeyHead.largest(1L, Optional.empty()))); // the key head plays no part

        assertThat(now.reference()).isEqualTo(Bound.of(1796466600000L));
        assertThat(now.referenceName()).isEqualTo("now");
        assertThat(now.cutoff()).contains(Bound.of(1796466600000L - 30 * 86_400_000L));
    }

    @Test
    void boundsBeyondTheColumnTypeAreRefusedNotCutShort() {
        PartitionGrid days = grid(KeyType.INTEGER, "day", ZoneOffset.UTC, EpochUnit.MILLISECONDS);
        Bound now = days.now(DECEMBER_5);
        assertThatThrownBy(() -> days.floor(now)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the partition bound for 2026-12-05 00:00:00+00:00 is 1796428800000, beyond the integer range "
                        + "(-2147483648 to 2147483647)");
        // integer seconds run out at 2038-01-19 03:14:07 UTC: that day starts a partition, which cannot end
        PartitionGrid seconds = grid(KeyType.INTEGER, "day", ZoneOffset.UTC, EpochUnit.SECONDS);
        Bound lastDay = seconds.floor(seconds.now(Instant.parse("2038-01-19T01:00:00Z")));
        assertThat(lastDay).isEqualTo(Bound.of(2147472000L));
        assertThatThrownBy(() -> seconds.next(lastDay)).hasMessageContaining("2038-01-20 00:00:00+00:00 is 2147558400");
    }

    @Test
    void onlyIntegerAndBigintKeysWithCalendarIntervalsTakeAnEpoch() {
        assertThat(PartitionGrid.fits(KeyType.BIGINT, PartitionInterval.parse("day"), EpochUnit.SECONDS)).isTrue();
        assertThat(PartitionGrid.fits(KeyType.INTEGER, PartitionInterval.parse("hour"), EpochUnit.SECONDS)).isTrue();
        assertThat(PartitionGrid.fits(KeyType.SMALLINT, PartitionInterval.parse("day"), EpochUnit.SECONDS)).isFalse();
        assertThat(PartitionGrid.fits(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), EpochUnit.SECONDS)).isFalse();
        assertThat(PartitionGrid.fits(KeyType.BIGINT, PartitionInterval.parse("86400"), EpochUnit.SECONDS)).isFalse();
    }

    @Test
    void bucketsOfDefaultRowsAreQuarterHoursInTheUnit() {
        assertThat(grid(KeyType.BIGINT, "day", ZoneOffset.UTC, EpochUnit.MILLISECONDS).bucketSql("created_ms"))
                .isEqualTo("(floor(\"created_ms\"::numeric / 900000) * 900000)::text");
    }
}
