package io.partitionkit.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionGridTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static PartitionGrid grid(KeyType type, String interval, ZoneId zone) {
        return PartitionGrid.of(type, PartitionInterval.parse(interval), zone);
    }

    private static List<String> literals(PartitionGrid grid, String fromLiteral, int count) {
        Bound bound = grid.floor(grid.parse(fromLiteral));
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(grid.literal(bound));
            bound = grid.next(bound);
        }
        return out;
    }

    @Test
    void daysInADaylightSavingZoneAreLocalMidnightsOf23And25Hours() {
        PartitionGrid days = grid(KeyType.TIMESTAMPTZ, "day", NEW_YORK);
        assertThat(literals(days, "'2026-03-07 12:00:00+00'", 3)).containsExactly(
                "'2026-03-07 00:00:00-05:00'", "'2026-03-08 00:00:00-05:00'", "'2026-03-09 00:00:00-04:00'");
        assertThat(literals(days, "'2026-10-31 12:00:00+00'", 3)).containsExactly(
                "'2026-10-31 00:00:00-04:00'", "'2026-11-01 00:00:00-04:00'", "'2026-11-02 00:00:00-05:00'");
    }

    @Test
    void hoursAcrossDaylightSavingChangesLeaveNoHoleAndNoEmptyRange() {
        PartitionGrid hours = grid(KeyType.TIMESTAMPTZ, "hour", NEW_YORK);
        // Spring forward: 02:00 does not exist, so 01:00 is followed by 03:00.
        assertThat(literals(hours, "'2026-03-08 06:00:00+00'", 3)).containsExactly(
                "'2026-03-08 01:00:00-05:00'", "'2026-03-08 03:00:00-04:00'", "'2026-03-08 04:00:00-04:00'");
        // Fall back: 01:00 comes twice, each the start of a real one-hour partition with a name of its own.
        assertThat(literals(hours, "'2026-11-01 05:00:00+00'", 3)).containsExactly(
                "'2026-11-01 01:00:00-04:00'", "'2026-11-01 01:00:00-05:00'", "'2026-11-01 02:00:00-05:00'");
        Bound secondOneOClock = hours.parse("'2026-11-01 06:30:00+00'");
        assertThat(hours.literal(hours.floor(secondOneOClock))).isEqualTo("'2026-11-01 01:00:00-05:00'");
        assertThat(hours.isGridPoint(hours.parse("'2026-11-01 06:00:00+00'"))).isTrue();
        assertThat(hours.nameSuffix(hours.parse("'2026-11-01 05:00:00+00'"))).isEqualTo("20261101_01");
        assertThat(hours.nameSuffix(hours.parse("'2026-11-01 06:00:00+00'"))).isEqualTo("20261101_01b");
    }

    @Test
    void halfHourZonesAlignToLocalHours() {
        PartitionGrid days = grid(KeyType.TIMESTAMPTZ, "day", KOLKATA);
        assertThat(literals(days, "'2026-11-21 20:00:00+00'", 2))
                .containsExactly("'2026-11-22 00:00:00+05:30'", "'2026-11-23 00:00:00+05:30'");
        assertThat(days.parse("'2026-11-21 18:30:00+00'")).isEqualTo(days.floor(days.parse("'2026-11-22 05:00:00+05:30'")));
    }

    @Test
    void weeksStartOnMondayAndMonthsQuartersYearsOnTheFirst() {
        assertThat(literals(grid(KeyType.DATE, "week", ZoneOffset.UTC), "'2026-11-21'", 2))
                .containsExactly("'2026-11-16'", "'2026-11-23'");
        assertThat(literals(grid(KeyType.TIMESTAMP, "month", ZoneOffset.UTC), "'2026-01-31 23:59:59'", 3))
                .containsExactly("'2026-01-01 00:00:00'", "'2026-02-01 00:00:00'", "'2026-03-01 00:00:00'");
        assertThat(literals(grid(KeyType.DATE, "quarter", ZoneOffset.UTC), "'2026-11-21'", 2))
                .containsExactly("'2026-10-01'", "'2027-01-01'");
        assertThat(literals(grid(KeyType.DATE, "year", ZoneOffset.UTC), "'2028-02-29'", 2))
                .containsExactly("'2028-01-01'", "'2029-01-01'");
    }

    @Test
    void timestampWithoutTimeZoneUsesTheWallClockOfTheZoneForNow() {
        PartitionGrid days = grid(KeyType.TIMESTAMP, "day", NEW_YORK);
        Bound now = days.now(Instant.parse("2026-11-21T03:00:00Z"));
        assertThat(days.literal(days.floor(now))).isEqualTo("'2026-11-20 00:00:00'");
    }

    @Test
    void boundsReadBackToTheSamePoint() {
        PartitionGrid days = grid(KeyType.TIMESTAMPTZ, "day", NEW_YORK);
        Bound midnight = days.parse("'2026-11-21 05:00:00+00'");
        assertThat(days.isGridPoint(midnight)).isTrue();
        assertThat(days.parse(days.literal(midnight))).isEqualTo(midnight);
        assertThat(days.isGridPoint(days.parse("'2026-11-21 00:00:00+00'"))).isFalse();
        assertThat(days.parse("'2026-11-21 05:00:00.25+00'").value() - midnight.value()).isEqualTo(250_000);
        assertThat(days.parse("MINVALUE")).isEqualTo(Bound.MIN);
    }

    @Test
    void integerGridUsesMultiplesAndEndsAtMaxValueWithoutOverflow() {
        PartitionGrid ids = grid(KeyType.BIGINT, "1000", ZoneOffset.UTC);
        assertThat(ids.floor(Bound.of(1999))).isEqualTo(Bound.of(1000));
        assertThat(ids.floor(Bound.of(-1))).isEqualTo(Bound.of(-1000));
        assertThat(ids.next(Bound.of(Long.MAX_VALUE / 1000 * 1000))).isEqualTo(Bound.MAX);
        assertThat(ids.floor(Bound.of(Long.MIN_VALUE))).isEqualTo(Bound.MIN);
        PartitionGrid small = grid(KeyType.SMALLINT, "10000", ZoneOffset.UTC);
        assertThat(small.next(Bound.of(30000))).isEqualTo(Bound.MAX);
        assertThat(small.ranges(Bound.of(10000), Bound.MAX)).extracting(PartitionRange::upper)
                .containsExactly(Bound.of(20000), Bound.of(30000), Bound.MAX);
    }

    @Test
    void theLowestIntegerPartitionStartsAtMinValue() {
        PartitionGrid small = grid(KeyType.SMALLINT, "100", ZoneOffset.UTC);
        assertThat(small.floor(Bound.of(-32768))).isEqualTo(Bound.MIN);
        assertThat(small.ranges(Bound.MIN, Bound.of(-32600))).containsExactly(
                new PartitionRange(Bound.MIN, Bound.of(-32700)), new PartitionRange(Bound.of(-32700), Bound.of(-32600)));
        assertThat(small.nameSuffix(Bound.MIN)).isEqualTo("min");
        assertThat(small.nameSuffix(Bound.of(-32700))).isEqualTo("m32700");
        PartitionGrid ids = grid(KeyType.BIGINT, "1000", ZoneOffset.UTC);
        assertThat(ids.next(Bound.MIN)).isEqualTo(Bound.of(-9223372036854775000L));
        assertThat(ids.advance(Bound.MIN, 2)).isEqualTo(Bound.of(-9223372036854774000L));
        assertThat(grid(KeyType.SMALLINT, "32767", ZoneOffset.UTC).next(Bound.MIN)).isEqualTo(Bound.of(-32767));
    }

    @Test
    void intervalsMustFitTheKeyType() {
        assertThatThrownBy(() -> grid(KeyType.DATE, "hour", ZoneOffset.UTC)).hasMessageContaining("does not fit a date key");
        assertThatThrownBy(() -> grid(KeyType.BIGINT, "day", ZoneOffset.UTC)).hasMessageContaining("does not fit a bigint key");
        assertThatThrownBy(() -> grid(KeyType.SMALLINT, "40000", ZoneOffset.UTC)).hasMessageContaining("does not fit a smallint key");
        assertThatThrownBy(() -> PartitionInterval.parse("fortnight"))
                .hasMessage("interval 'fortnight' is not " + PartitionInterval.ACCEPTED);
        assertThatThrownBy(() -> PartitionInterval.parse("0")).hasMessageContaining("interval '0' is not");
        assertThatThrownBy(() -> PartitionInterval.parse("-5")).hasMessageContaining("interval '-5' is not");
    }
}
