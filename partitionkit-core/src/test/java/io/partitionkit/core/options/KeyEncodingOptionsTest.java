package io.partitionkit.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import org.junit.jupiter.api.Test;

/** The keyEncoding attribute: its one value, and what it excludes (checks against the table: the planners). */
class KeyEncodingOptionsTest {

    private static ConversionOptions convert(String interval, String epoch, String keyEncoding) {
        return ConversionOptions.parse(null, "events", "id", interval, null, null, null, null, null, null, null, epoch, keyEncoding);
    }

    private static MaintenanceOptions ensure(String interval, String retention, String keyEncoding) {
        return MaintenanceOptions.parse(null, "events", "id", interval, null, retention, null, null, null, null, null, null,
                null, null, null, null, null, null, keyEncoding);
    }

    @Test
    void uuidv7IsReadInAnyCaseAndAbsentMeansNone() {
        assertThat(convert("day", null, "UUIDv7").keyEncoding()).isEqualTo(KeyEncoding.UUIDV7);
        assertThat(ensure("month", "90 days", "uuidv7").keyEncoding()).isEqualTo(KeyEncoding.UUIDV7);
        assertThat(ensure("month", "90 days", "uuidv7").epoch()).isNull();
        assertThat(convert("day", null, null).keyEncoding()).isNull();
    }

    @Test
    void anotherEncodingIsRefusedWithTheOneAccepted() {
        assertThatThrownBy(() -> convert("day", null, "uuidv4")).hasMessage("keyEncoding 'uuidv4' is not accepted; use uuidv7 (a uuid key "
                + "holding UUIDv7, whose first 48 bits are its creation time)");
    }

    @Test
    void epochAndKeyEncodingExcludeEachOther() {
        assertThatThrownBy(() -> convert("day", "seconds", "uuidv7")).hasMessage("keyEncoding 'uuidv7' and epoch 'seconds' exclude each "
                + "other: epoch is for an integer key counting time since 1970, keyEncoding uuidv7 for a uuid key holding UUIDv7");
    }

    @Test
    void aWholeNumberIntervalOrRetentionIsRefused() {
        assertThatThrownBy(() -> convert("1000", null, "uuidv7")).hasMessage("interval '1000' does not fit keyEncoding 'uuidv7': the key "
                + "holds time, so the interval is a calendar unit, one of hour, day, week, month, quarter, year");
        assertThatThrownBy(() -> ensure("day", "1000", "uuidv7")).isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("retention '1000' does not fit interval 'day'");
    }
}
