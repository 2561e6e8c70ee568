package io.partitionkit.core.status;

import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How old the last successful maintenance of a table may be, and how status says an age. */
public final class MaintenanceAge {

    private static final Pattern AGE = Pattern.compile("([1-9][0-9]{0,5})\\s*(s|min|h|d|seconds?|minutes?|hours?|days?)");

    /** Without a time grid (integer keys, unknown bounds) maintenance is expected daily. */
    static final Duration WITHOUT_TIME_GRID = Duration.ofDays(1);

    private MaintenanceAge() {
    }

    /**
     * An age as settings write it: a whole number and a unit, {@code s}, {@code min}, {@code h}, {@code d}
     * as lockTimeout writes them, or spelt out as retention does ({@code 36h}, {@code 2 days}). Throws with
     * a message naming {@code setting} and the value.
     */
    public static Duration parse(String setting, String value) {
        Matcher matcher = AGE.matcher(value == null ? "" : value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(setting + " '" + value + "' is not an age: give a whole number and a unit (s, min, h, d, "
                    + "or seconds, minutes, hours, days), such as 36h or 2 days");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2).charAt(0)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** One interval of a time grid at its longest (a month of 31 days, a year of 366), or a day. */
    static Duration oneInterval(PartitionGrid grid) {
        return length(grid).orElse(WITHOUT_TIME_GRID);
    }

    /** One interval of a time grid at its longest; empty for integer keys and unknown bounds. */
    static Optional<Duration> length(PartitionGrid grid) {
        if (grid == null || !grid.hasClock() || !(grid.interval() instanceof PartitionInterval.Calendar calendar)) {
            return Optional.empty();
        }
        return Optional.of(switch (calendar.unit()) {
            case HOUR -> Duration.ofHours(1);
            case DAY -> Duration.ofDays(1);
            case WEEK -> Duration.ofDays(7);
            case MONTH -> Duration.ofDays(31);
            case QUARTER -> Duration.ofDays(92);
            case YEAR -> Duration.ofDays(366);
        });
    }

    /** {@code 3 days 4 hours}, {@code 45 minutes}: the two largest units, for a warning. */
    static String describe(Duration age) {
        long days = age.toDays();
        long hours = age.toHoursPart();
        long minutes = age.toMinutesPart();
        if (days > 0) {
            return days + (days == 1 ? " day" : " days") + (hours > 0 ? " " + hours + (hours == 1 ? " hour" : " hours") : "");
        }
        if (hours > 0) {
            return hours + (hours == 1 ? " hour" : " hours") + (minutes > 0 ? " " + minutes + (minutes == 1 ? " minute" : " minutes") : "");
        }
        long seconds = age.toSecondsPart();
        return minutes > 0 ? minutes + (minutes == 1 ? " minute" : " minutes") : seconds + (seconds == 1 ? " second" : " seconds");
    }
}
