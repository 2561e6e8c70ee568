package io.partitionkit.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Converting instants to epoch keys and back, and the rule that tells keys in the declared unit from
 * keys in another: read in the unit, the largest key must lie between 1971-01-01 and 100 years after now.
 */
class EpochUnitTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:30:00Z");
    private static final long NOW_SECONDS = 1796466600L;

    @Test
    void instantsAndKeysConvertExactlyAndRoundDown() {
        assertThat(EpochUnit.MILLISECONDS.value(NOW)).isEqualTo(NOW_SECONDS * 1000);
        assertThat(EpochUnit.NANOSECONDS.value(NOW.plusNanos(7))).isEqualTo(NOW_SECONDS * 1_000_000_000 + 7);
        assertThat(EpochUnit.SECONDS.value(NOW.plusMillis(999))).isEqualTo(NOW_SECONDS);
        assertThat(EpochUnit.MICROSECONDS.instant(NOW_SECONDS * 1_000_000 + 1)).isEqualTo(NOW.plusNanos(1000));
        assertThat(EpochUnit.MILLISECONDS.instant(-1)).isEqualTo(Instant.parse("1969-12-31T23:59:59.999Z"));
        assertThat(EpochUnit.valueOf("NANOSECONDS")).hasToString("nanoseconds");
    }

    @Test
    void keysOfTodayInTheirUnitPass() {
        assertThat(EpochUnit.SECONDS.implausible("created", NOW_SECONDS, NOW)).isEmpty();
        assertThat(EpochUnit.MILLISECONDS.implausible("created", NOW_SECONDS * 1000, NOW)).isEmpty();
        assertThat(EpochUnit.MICROSECONDS.implausible("created", NOW_SECONDS * 1_000_000, NOW)).isEmpty();
        assertThat(EpochUnit.NANOSECONDS.implausible("created", NOW_SECONDS * 1_000_000_000, NOW)).isEmpty();
    }

    @Test
    void theWindowRunsFrom1971To100YearsAfterNow() {
        long first = 31536000L; // 1971-01-01
        assertThat(EpochUnit.SECONDS.implausible("c", first, NOW)).isEmpty();
        assertThat(EpochUnit.SECONDS.implausible("c", first - 1, NOW)).isPresent();
        long last = Instant.parse("2126-12-05T00:00:00Z").getEpochSecond();
        assertThat(EpochUnit.SECONDS.implausible("c", last, NOW)).isEmpty();
        assertThat(EpochUnit.SECONDS.implausible("c", last + 1, NOW)).isPresent();
    }

    @Test
    void millisecondsDeclaredAsSecondsLieMillenniaAheadAndTheMessageNamesTheUnitThatFits() {
        assertThat(EpochUnit.SECONDS.implausible("created_ms", NOW_SECONDS * 1000, NOW)).contains(
                "column 'created_ms' holds 1796466600000, which as epoch seconds means +58897-10-04T12:00:00Z, not a time from "
                        + "1971-01-01 to 2126-12-05: its values are not seconds since 1970-01-01 UTC; read as milliseconds it means "
                        + "2026-12-05T10:30:00Z: set epoch 'milliseconds'");
    }

    @Test
    void secondsDeclaredAsMillisecondsLieInJanuary1970() {
        assertThat(EpochUnit.MILLISECONDS.implausible("created", NOW_SECONDS, NOW)).contains(
                "column 'created' holds 1796466600, which as epoch milliseconds means 1970-01-21T19:01:06.600Z, not a time from "
                        + "1971-01-01 to 2126-12-05: its values are not milliseconds since 1970-01-01 UTC; read as seconds it means "
                        + "2026-12-05T10:30:00Z: set epoch 'seconds'");
    }

    @Test
    void nanosecondsDeclaredAsSecondsLieBeyondAnyInstant() {
        assertThat(EpochUnit.SECONDS.implausible("created", NOW_SECONDS * 1_000_000_000, NOW).orElseThrow())
                .contains("which as epoch seconds means a time more than a billion years from 1970")
                .endsWith("read as nanoseconds it means 2026-12-05T10:30:00Z: set epoch 'nanoseconds'");
    }

    @Test
    void keysThatAreNoTimeInAnyUnitSaySo() {
        assertThat(EpochUnit.MILLISECONDS.implausible("id", 42, NOW).orElseThrow())
                .startsWith("column 'id' holds 42, which as epoch milliseconds means 1970-01-01T00:00:00.042Z")
                .endsWith("; no epoch unit reads it as such a time");
        assertThat(EpochUnit.SECONDS.implausible("id", -5, NOW).orElseThrow()).endsWith("; no epoch unit reads it as such a time");
    }
}
