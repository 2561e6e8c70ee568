package io.partitionkit.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import org.junit.jupiter.api.Test;

/** The epoch attribute: its units, and the calendar interval and retention it asks for (checks against the table: the planners). */
class EpochOptionsTest {

    private static ConversionOptions convert(String interval, String epoch) {
        return ConversionOptions.parse(null, "events", "created_ms", interval, null, null, null, null, null, null, null, epoch, null);
    }

    private static MaintenanceOptions ensure(String interval, String retention, String epoch) {
        return MaintenanceOptions.parse(null, "events", "created_ms", interval, null, retention, null, null, null, null, null, null,
                null, null, null, null, epoch, null, null);
    }

    @Test
    void unitsAreReadInAnyCaseAndAbsentMeansNoEpoch() {
        assertThat(convert("day", "Milliseconds").epoch()).isEqualTo(EpochUnit.MILLISECONDS);
        assertThat(ensure("month", "90 days", "nanoseconds").epoch()).isEqualTo(EpochUnit.NANOSECONDS);
        assertThat(convert("1000", null).epoch()).isNull();
    }

    @Test
    void anUnknownUnitIsRefusedWithTheUnitsAccepted() {
        assertThatThrownBy(() -> convert("day", "ms"))
                .hasMessage("epoch 'ms' is not one of seconds, milliseconds, microseconds, nanoseconds");
    }

    @Test
    void aWholeNumberIntervalIsRefusedWithEpoch() {
        assertThatThrownBy(() -> convert("86400000", "milliseconds")).hasMessage("interval '86400000' does not fit epoch 'milliseconds': "
                + "the key holds time, so the interval is a calendar unit, one of hour, day, week, month, quarter, year");
        assertThatThrownBy(() -> ensure("3600", null, "seconds")).isInstanceOf(InvalidOptionsException.class)
                .hasMessageContaining("interval '3600' does not fit epoch 'seconds'");
    }

    @Test
    void retentionWithEpochIsAPeriodOfTime() {
        assertThatThrownBy(() -> ensure("day", "5000000", "milliseconds")).hasMessage("retention '5000000' does not fit interval 'day': "
                + "use a period such as 30 days with calendar intervals, a whole number with integer intervals");
    }
}
