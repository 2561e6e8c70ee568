package io.partitionkit.core.options;

import java.util.Locale;
import java.util.Optional;

/**
 * A true/false value read strictly: "true" or "false" in any case, nothing else. Liquibase and Maven
 * both read anything but "true" as false, so a mistyped value would silently switch a setting off.
 */
public final class TrueOrFalse {

    private TrueOrFalse() {
    }

    /** The value, or empty when it is neither true nor false. */
    public static Optional<Boolean> parse(Object value) {
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** The message refusing a value for an attribute or parameter. */
    public static String refusal(String name, Object value) {
        return name + " '" + value + "' is not true or false";
    }
}
