package io.partitionkit.core.grid;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit of an integer key that holds time since the Unix epoch (1970-01-01 00:00 UTC): the one
 * place an instant becomes such a key and back.
 */
public enum EpochUnit implements KeyEncoding {
    SECONDS(1L),
    MILLISECONDS(1_000L),
    MICROSECONDS(1_000_000L),
    NANOSECONDS(1_000_000_000L);

    /** Keys before this instant are not taken for times stored in the unit: 1970 is where a wrong, too coarse unit lands. */
    static final Instant EARLIEST_PLAUSIBLE = Instant.parse("1971-01-01T00:00:00Z");

    /** Keys after now plus this many years are not taken for times stored in the unit: a too fine unit lands there. */
    static final int LATEST_PLAUSIBLE_YEARS_AHEAD = 100;

    private final long perSecond;

    EpochUnit(long perSecond) {
        this.perSecond = perSecond;
    }

    /** As the {@code epoch} attribute names it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The instant a key means (nanoseconds exactly, coarser units at the start of their unit). */
    public Instant instant(long value) {
        long seconds = Math.floorDiv(value, perSecond);
        long fraction = Math.floorMod(value, perSecond);
        return Instant.ofEpochSecond(seconds, fraction * (1_000_000_000L / perSecond));
    }

    /** The key of an instant, rounded down to the unit; ArithmeticException when a bigint cannot hold it. */
    public long value(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), perSecond), instant.getNano() / (1_000_000_000L / perSecond));
    }

    /** Whether keys of that type can hold it: integer and bigint (a smallint holds nine hours of seconds). */
    public static boolean fits(KeyType keyType) {
        return keyType == KeyType.INTEGER || keyType == KeyType.BIGINT;
    }

    /**
     * Why the largest key of a column cannot be a time in this unit, if it cannot: read in this unit
     * it must lie between {@link #EARLIEST_PLAUSIBLE} and {@link #LATEST_PLAUSIBLE_YEARS_AHEAD} years
     * after now. A key in the wrong unit misses that window by a factor of 1000 or more (the window
     * is narrower), so at most one unit reads it as a plausible time, and the message names it.
     */
    public Optional<String> implausible(String column, long largest, Instant now) {
        if (plausible(largest, now)) {
            return Optional.empty();
        }
        String fitting = "";
        for (EpochUnit other : values()) {
            if (other != this && other.plausible(largest, now)) {
                fitting = "; read as " + other + " it means " + other.instant(largest) + ": set epoch '" + other + "'";
            }
        }
        if (fitting.isEmpty()) {
            fitting = "; no epoch unit reads it as such a time";
        }
        return Optional.of("column '" + column + "' holds " + largest + ", which as epoch " + this + " means " + describe(largest)
                + ", not a time from " + EARLIEST_PLAUSIBLE.atOffset(ZoneOffset.UTC).toLocalDate() + " to " + latestPlausible(now)
                + ": its values are not " + this + " since 1970-01-01 UTC" + fitting);
    }

    private boolean plausible(long value, Instant now) {
        try {
            Instant instant = instant(value);
            return !instant.isBefore(EARLIEST_PLAUSIBLE) && !instant.isAfter(latestPlausible(now).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException beyondAnyInstant) {
            return false;
        }
    }

    private static LocalDate latestPlausible(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate().plusYears(LATEST_PLAUSIBLE_YEARS_AHEAD);
    }

    /** The instant a key means, for messages. */
    String describe(long value) {
        try {
            return instant(value).toString();
        } catch (DateTimeException beyondAnyInstant) {
            return "a time more than a billion years from 1970";
        }
    }
}
