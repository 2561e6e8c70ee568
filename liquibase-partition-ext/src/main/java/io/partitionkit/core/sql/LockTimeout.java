package io.partitionkit.core.sql;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code lock_timeout} value in PostgreSQL's own notation ({@code 5s}, {@code 500ms}, {@code 1min}). */
public record LockTimeout(Duration duration, String text) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,9})\\s*(ms|s|min|h)?\\s*");
    private static final String ACCEPTED = "a positive whole number with unit ms, s, min or h, such as 5s, 500ms or 1min";

    public static final LockTimeout DEFAULT = parse("5s");

    /** Parses the text, rejecting zero (which would mean "wait forever"). */
    public static LockTimeout parse(String value) {
        Matcher matcher = FORMAT.matcher(value == null ? "" : value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("lockTimeout '" + value + "' is not " + ACCEPTED);
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
            throw new IllegalArgumentException("lockTimeout '" + value + "' would wait without limit; use " + ACCEPTED);
        }
        return new LockTimeout(duration, amount + unit);
    }
}
