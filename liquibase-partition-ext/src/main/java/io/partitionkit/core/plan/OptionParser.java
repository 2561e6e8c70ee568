package io.partitionkit.core.plan;

import io.partitionkit.core.sql.LockTimeout;
import io.partitionkit.core.sql.Names;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Parses attribute values, collecting one message per bad attribute instead of stopping at the first. */
final class OptionParser {

    private final List<String> problems = new ArrayList<>();

    String required(String attribute, String value) {
        if (value == null || value.isBlank()) {
            problems.add(attribute + " is required");
            return null;
        }
        return value;
    }

    /** An identifier the user names (table, column, schema): at most 63 bytes, no NUL. */
    String name(String attribute, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(attribute + " is required");
            }
            return null;
        }
        if (Names.byteLength(value) > Names.MAX_BYTES || value.indexOf('\0') >= 0) {
            problems.add(attribute + " '" + value + "' is not a PostgreSQL name: names have at most "
                    + Names.MAX_BYTES + " bytes and no NUL character");
            return null;
        }
        return value;
    }

    PartitionInterval interval(String value) {
        return attempt(() -> PartitionInterval.parse(value), null);
    }

    int wholeNumber(String attribute, Integer value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            problems.add(attribute + " " + value + " is not a whole number from " + min + " to " + max);
            return defaultValue;
        }
        return value;
    }

    ZoneId timeZone(String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            problems.add("timeZone '" + value + "' is not a time zone name; use an IANA name such as UTC, "
                    + "Europe/Berlin or America/New_York, or an offset such as +05:30");
            return ZoneId.of("UTC");
        }
    }

    LockTimeout lockTimeout(String value) {
        if (value == null || value.isBlank()) {
            return LockTimeout.DEFAULT;
        }
        return attempt(() -> LockTimeout.parse(value), LockTimeout.DEFAULT);
    }

    Retention retention(String value) {
        return attempt(() -> Retention.parse(value), null);
    }

    /** A duration written like lockTimeout ({@code 30s}, {@code 5min}, {@code 1h}). */
    Duration duration(String attribute, String value, Duration defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return LockTimeout.parse(value).duration();
        } catch (IllegalArgumentException e) {
            problems.add(attribute + " '" + value + "' is not a positive whole number with unit ms, s, min or h, such as 5min");
            return defaultValue;
        }
    }

    <E extends Enum<E>> E choice(String attribute, String value, E defaultValue, Class<E> type) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        List<String> accepted = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            accepted.add(constant.name().toLowerCase(Locale.ROOT));
        }
        problems.add(attribute + " '" + value + "' is not one of " + String.join(", ", accepted));
        return defaultValue;
    }

    void problem(String message) {
        problems.add(message);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
    }

    private <T> T attempt(Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return fallback;
        }
    }
}
