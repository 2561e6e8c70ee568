package io.partitionkit.core.grid;

import java.util.Locale;

/**
 * The width of each partition: a calendar unit for date and timestamp keys, a whole number for
 * integer keys.
 */
public sealed interface PartitionInterval permits PartitionInterval.Calendar, PartitionInterval.Width {

    String ACCEPTED = "one of hour, day, week, month, quarter, year (for date and timestamp keys) "
            + "or a positive whole number (for smallint, integer and bigint keys)";

    enum Unit { HOUR, DAY, WEEK, MONTH, QUARTER, YEAR }

    /** Calendar partitions: hours, days, weeks starting Monday, months, quarters or years. */
    record Calendar(Unit unit) implements PartitionInterval {
        @Override
        public String toString() {
            return unit.name().toLowerCase(Locale.ROOT);
        }
    }

    /** Integer partitions {@code [k*width, (k+1)*width)}. */
    record Width(long width) implements PartitionInterval {
        @Override
        public String toString() {
            return Long.toString(width);
        }
    }

    /** Parses the {@code interval} attribute. */
    static PartitionInterval parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.matches("\\d{1,19}")) {
            try {
                long width = Long.parseLong(value);
                if (width > 0) {
                    return new Width(width);
                }
            } catch (NumberFormatException tooLarge) {
                // falls through to the error below
            }
        } else {
            for (Unit unit : Unit.values()) {
                if (unit.name().equalsIgnoreCase(value)) {
                    return new Calendar(unit);
                }
            }
        }
        throw new IllegalArgumentException("interval '" + text + "' is not " + ACCEPTED);
    }

    /** The intervals a key of that type accepts, for messages. */
    static String acceptedFor(KeyType keyType) {
        if (!keyType.isTime()) {
            return "a whole number from 1 to " + keyType.maxValue();
        }
        return keyType == KeyType.DATE ? "day, week, month, quarter or year" : "hour, day, week, month, quarter or year";
    }

    /** Whether partitions of this width can be cut on a key of that type. */
    default boolean fits(KeyType keyType) {
        if (this instanceof Calendar calendar) {
            return keyType.isTime() && !(keyType == KeyType.DATE && calendar.unit() == Unit.HOUR);
        }
        return !keyType.isTime() && ((Width) this).width() <= keyType.maxValue().longValueExact();
    }
}
