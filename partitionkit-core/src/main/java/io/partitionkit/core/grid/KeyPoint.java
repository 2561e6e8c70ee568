package io.partitionkit.core.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A value of a partition key a user writes in an attribute, such as where a range to restore starts:
 * an ISO date or date-time for time keys ({@code 2026-11-14}, {@code 2026-11-14T06:00},
 * {@code 2026-11-14 06:00:00+01:00}; without an offset it is a wall-clock time in the configured
 * zone), a whole number for integer keys.
 */
public final class KeyPoint {

    /** What a time key value may look like, for messages. */
    public static final String TIME_FORMS = "an ISO date or date-time such as 2026-11-14 or 2026-11-14T06:00 (optionally with an "
            + "offset such as +01:00 or Z; without one, in timeZone)";

    private final Instant instant;
    private final Long number;

    private KeyPoint(Instant instant, Long number) {
        this.instant = instant;
        this.number = number;
    }

    /** A time key value, or empty when the text is none of {@link #TIME_FORMS}. */
    public static Optional<KeyPoint> time(String text, ZoneId zone) {
        String iso = text.trim().replace(' ', 'T');
        try {
            return Optional.of(new KeyPoint(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), null));
        } catch (DateTimeParseException notWithOffset) {
            // try the forms without an offset
        }
        try {
            return Optional.of(new KeyPoint(LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toInstant(), null));
        } catch (DateTimeParseException notDateTime) {
            // try a date
        }
        try {
            return Optional.of(new KeyPoint(LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(zone).toInstant(), null));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    /** An integer key value, or empty when the text is no whole number. */
    public static Optional<KeyPoint> number(String text) {
        try {
            return Optional.of(new KeyPoint(null, Long.parseLong(text.trim())));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The value on the grid's key axis (a time on the wall clock of the grid's zone for timestamp and date keys). */
    public Bound on(PartitionGrid grid) {
        if (grid.keyType().isTime() != (instant != null)) {
            throw new IllegalArgumentException("a " + (instant != null ? "time" : "number") + " is no value of a " + grid.keyType().sqlName()
                    + " key");
        }
        return instant != null ? grid.now(instant) : Bound.of(number);
    }
}
