package io.partitionkit.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.core.sql.LockTimeout;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The edges of what the attributes accept: the largest values still taken, the first refused, and
 * absent values taking their defaults (refusals themselves: AttributeValuesIT, through Liquibase).
 */
class OptionLimitsTest {

    @Test
    void lockTimeoutGoesUpToWhatPostgresqlAccepts() {
        assertThat(LockTimeout.parse("596h").duration()).isEqualTo(Duration.ofHours(596));
        assertThat(LockTimeout.parse("2147483s").text()).isEqualTo("2147483s");
        assertThatThrownBy(() -> LockTimeout.parse("2147484s")).hasMessageStartingWith("lockTimeout '2147484s' is too long");
    }

    @Test
    void retentionGoesUpToAThousandYearsInAnyUnit() {
        assertThat(Retention.parse("1000 years")).hasToString("1000 years");
        assertThat(Retention.parse("12000 months")).hasToString("12000 months");
        assertThat(Retention.parse("1 hour")).hasToString("1 hour");
        assertThat(Retention.parse("1 hours")).as("one, however written").hasToString("1 hour");
        assertThat(Retention.parse("2 day")).hasToString("2 days");
        assertThatThrownBy(() -> Retention.parse("12001 months")).hasMessage("retention '12001 months' is not " + Retention.ACCEPTED);
    }

    @Test
    void wholeNumbersAreTakenAtBothEndsOfTheirRange() {
        assertThat(ConversionOptions.parse(null, "t", "c", "day", 0, null, null, null, null, null, null).premake()).isZero();
        assertThat(ConversionOptions.parse(null, "t", "c", "day", 1000, null, null, null, null, null, null).premake()).isEqualTo(1000);
        assertThat(RevertOptions.parse(null, "t", null, 1_000_000, null, null).batchSize()).isEqualTo(1_000_000);
    }

    @Test
    void onlyAbsentAttributesTakeTheirDefaults() {
        ConversionOptions options = ConversionOptions.parse(null, "t", "c", "day", null, null, null, null, null, null, null);

        assertThat(options.premake()).isEqualTo(SharedAttributes.DEFAULT_PREMAKE);
        assertThat(options.strategy()).isEqualTo(ConversionOptions.Strategy.ATTACH);
        assertThat(options.defaultPartition()).isTrue();
        assertThat(options.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(options.lockTimeout()).isEqualTo(LockTimeout.DEFAULT);
        assertThat(options.batchSize()).isEqualTo(SharedAttributes.DEFAULT_BATCH_SIZE);
        assertThatThrownBy(() -> ConversionOptions.parse(null, "t", "c", "day", null, " ", null, null, "", "", null))
                .isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems()).containsExactly(
                        "strategy ' ' is not one of attach, copy, empty",
                        "timeZone '' is not a time zone name; use an IANA name such as UTC, Europe/Berlin or America/New_York, "
                                + "or an offset such as +05:30",
                        "lockTimeout '' is not a positive whole number with unit ms, s, min or h, at most 596h, such as 5s, "
                                + "500ms or 1min"));
    }
}
