package io.partitionkit.core.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The UUIDv7 layout: time in the first 48 bits, version 7, variant 10. */
class Uuidv7Test {

    @Test
    void theSmallestUuidv7OfAMillisecondHasNothingButItsTimeVersionAndVariant() {
        UUID smallest = Uuidv7.smallest(Instant.parse("2026-12-05T00:00:00Z"));

        assertThat(smallest).hasToString("01a24380-2000-7000-8000-000000000000");
        assertThat(Uuidv7.isVersion7(smallest)).isTrue();
        assertThat(Uuidv7.millis(smallest)).isEqualTo(1796428800000L);
        assertThat(Uuidv7.compareWithSmallest(smallest)).isZero();
    }

    @Test
    void otherVersionsAreNoUuidv7() {
        assertThat(Uuidv7.isVersion7(UUID.fromString("01a24380-2000-4000-8000-000000000000"))).isFalse();
        assertThat(Uuidv7.isVersion7(UUID.fromString("01a24380-2000-7000-c000-000000000000"))).as("Microsoft's variant").isFalse();
        assertThat(Uuidv7.compareWithSmallest(UUID.fromString("01a24380-2000-4000-8000-000000000000"))).isNegative();
        assertThat(Uuidv7.compareWithSmallest(UUID.fromString("01a24380-2000-ffff-0000-000000000000"))).as("unsigned").isPositive();
    }

    @Test
    void timesA48BitMillisecondCannotHoldAreRefused() {
        assertThatThrownBy(() -> Uuidv7.smallest(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the times a UUIDv7 holds");
        assertThatThrownBy(() -> Uuidv7.smallest(Uuidv7.MAX_MILLIS + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyEncodingAndAUuidKeyGoTogether() {
        assertThat(KeyEncoding.uuidMismatch("id", "uuid", Optional.of(KeyType.UUID), KeyEncoding.UUIDV7)).isEmpty();
        assertThat(KeyEncoding.uuidMismatch("id", "uuid", Optional.of(KeyType.UUID), null)).contains("column 'id' has type uuid: "
                + "partitionkit cuts a uuid key only by the time UUIDv7 keys hold in their first 48 bits; set keyEncoding 'uuidv7' if its "
                + "values are UUIDv7");
        assertThat(KeyEncoding.uuidMismatch("at", "timestamp with time zone", Optional.of(KeyType.TIMESTAMPTZ), KeyEncoding.UUIDV7))
                .contains("keyEncoding 'uuidv7' needs a uuid column holding UUIDv7; column 'at' has type timestamp with time zone");
        assertThat(KeyEncoding.uuidMismatch("at", "timestamp with time zone", Optional.of(KeyType.TIMESTAMPTZ), null)).isEmpty();
    }

    @Test
    void mostlyOtherVersionsRefuseTheEncodingNamingHowMany() {
        assertThat(new UuidVersions(1000, 500, false).mostlyOther("id")).isEmpty();
        assertThat(new UuidVersions(0, 0, false).mostlyOther("id")).isEmpty();
        assertThat(new UuidVersions(1_000_000, 730_000, true).mostlyOther("id")).contains("keyEncoding 'uuidv7' does not fit column "
                + "'id': 730,000 of 1,000,000 sampled rows (73%) hold UUIDs that are not version 7, whose bits tell no time and which "
                + "would all stay in the DEFAULT partition; partition a uuid column this way only once most of its values are UUIDv7");
    }
}
