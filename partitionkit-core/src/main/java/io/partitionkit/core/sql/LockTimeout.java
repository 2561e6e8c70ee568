package io.partitionkit.core.sql;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code lock_timeout} value in PostgreSQL's own notation ({@code 5s}, {@code 500ms}, {@code 1min}). */
public record LockTimeout(Duration duration, String text) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,9})\\s*(ms|s|min|h)?\\s*");

    /** PostgreSQL refuses a lock_timeout above INT_MAX milliseconds (596 hours and a half); so do we, before any DDL. */
    private static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);
    private static final String ACCEPTED = "a positive whole number with unit ms, s, min or h, at most 596h, such as 5s, 500ms or 1min";

    public static final LockTimeout DEFAULT = parse("5s");

    /** Parses the text, rejecting zero (which PostgreSQL takes as "wait forever") and what PostgreSQL would refuse. */
    public static LockTimeout parse(String value) {
        return parse("lockTimeout", value);
    }

    /** Parses a duration written like lockTimeout; a refusal names {@code attribute}. */
    public static LockTimeout parse(String attribute, String value) {
        Matcher matcher = FORMAT.matcher(value == null ? "" : value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(attribute + " '" + value + "' is not " + ACCEPTED);
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        Duration duration = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException(attribute + " '" + value + "' is zero; use " + ACCEPTED);
        }
        if (duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(attribute + " '" + value + "' is too long; use " + ACCEPTED);
        }
        return new LockTimeout(duration, amount + unit);
    }
}
