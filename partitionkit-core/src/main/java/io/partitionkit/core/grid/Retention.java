package io.partitionkit.core.grid;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long rows are kept: a calendar period for time keys ({@code 30 days}, {@code 6 months},
 * {@code 12 hours}), or a distance below the key head for integer keys ({@code 5000000}, see {@link KeyHead}).
 */
public sealed interface Retention permits Retention.Calendar, Retention.Distance {

    String ACCEPTED = "a positive whole number followed by hours, days, weeks, months or years, at most 1000 years "
            + "(such as 30 days), or a positive whole number for integer keys";

    /** Far above any real retention; keeps the cutoff within the years PostgreSQL and the bound arithmetic handle. */
    Duration LONGEST = ChronoUnit.YEARS.getDuration().multipliedBy(1000);

    Pattern CALENDAR = Pattern.compile("\\s*(\\d{1,6})\\s*(hours?|days?|weeks?|months?|years?)\\s*");

    /** Rows older than {@code now - period} (or {@code - hours}) in the configured zone expire. */
    record Calendar(Period period, Duration hours, String text) implements Retention {
        /** The instant before which rows are expired. */
        public Instant cutoff(Instant now, ZoneId zone) {
            return ZonedDateTime.ofInstant(now, zone).minus(period).minus(hours).toInstant();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Rows whose key is at or below {@code head - distance} expire (see {@link KeyHead}). */
    record Distance(long distance) implements Retention {
        /**
         * The key below which rows have expired: {@code head - distance + 1}; none when that is at or
         * below the smallest value of the type (no key can lie below it).
         */
        public Optional<Bound> cutoff(long head, KeyType keyType) {
            BigInteger cutoff = BigInteger.valueOf(head).subtract(BigInteger.valueOf(distance)).add(BigInteger.ONE);
            return cutoff.compareTo(keyType.minValue()) <= 0 ? Optional.empty() : Optional.of(Bound.of(cutoff.longValueExact()));
        }

        @Override
        public String toString() {
            return Long.toString(distance);
        }
    }

    static Retention parse(String text) {
        String value = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Matcher matcher = CALENDAR.matcher(value);
        if (matcher.matches()) {
            int amount = Integer.parseInt(matcher.group(1));
            String unit = matcher.group(2).endsWith("s") ? matcher.group(2) : matcher.group(2) + "s";
            Duration length = ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT)).getDuration().multipliedBy(amount);
            if (amount > 0 && length.compareTo(LONGEST) <= 0) {
                String normalized = amount + " " + (amount == 1 ? unit.substring(0, unit.length() - 1) : unit);
                return switch (unit.charAt(0)) {
                    case 'h' -> new Calendar(Period.ZERO, Duration.ofHours(amount), normalized);
                    case 'd' -> new Calendar(Period.ofDays(amount), Duration.ZERO, normalized);
                    case 'w' -> new Calendar(Period.ofWeeks(amount), Duration.ZERO, normalized);
                    case 'm' -> new Calendar(Period.ofMonths(amount), Duration.ZERO, normalized);
                    default -> new Calendar(Period.ofYears(amount), Duration.ZERO, normalized);
                };
            }
        } else if (value.trim().matches("\\d{1,19}")) {
            try {
                long distance = Long.parseLong(value.trim());
                if (distance > 0) {
                    return new Distance(distance);
                }
            } catch (NumberFormatException tooLarge) {
                // reported below
            }
        }
        throw new IllegalArgumentException("retention '" + text + "' is not " + ACCEPTED);
    }

    /** Whether it can apply to a key of that type. */
    default boolean fits(KeyType keyType) {
        return (this instanceof Calendar) == keyType.isTime();
    }
}
