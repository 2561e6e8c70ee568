package io.partitionkit.core.options;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.sql.LockTimeout;
import io.partitionkit.core.sql.Names;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Parses attribute values, collecting one message per bad attribute instead of stopping at the first.
 * Only an absent value (null) takes the default: a value given empty is refused like any other
 * that does not parse, since it is more likely an unset property than a wish for the default.
 */
public final class OptionParser {

    private final List<String> problems = new ArrayList<>();

    /** schemaName, tableName, column, interval and premake: what convertToRangePartitioned and ensurePartitions share. */
    public record RangeKeyedTable(String schema, String table, String column, PartitionInterval interval, int premake) {
    }

    public RangeKeyedTable rangeKeyedTable(String schema, String table, String column, String interval, Integer premake) {
        return new RangeKeyedTable(name("schemaName", schema, false), name("tableName", table, true), name("column", column, true),
                interval(interval), premake(premake));
    }

    /** The interval, which every change that cuts partitions needs. */
    public PartitionInterval interval(String value) {
        if (value == null) {
            problems.add("interval is required: " + PartitionInterval.ACCEPTED);
            return null;
        }
        return attempt(() -> PartitionInterval.parse(value), null);
    }

    /** An identifier the user names (table, column, schema): 1 to 63 bytes, no NUL. */
    public String name(String attribute, String value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(attribute + " is required");
            }
            return null;
        }
        if (value.isEmpty() || Names.byteLength(value) > Names.MAX_BYTES || value.indexOf('\0') >= 0) {
            problems.add(attribute + " '" + value + "' is not a PostgreSQL name: names have 1 to "
                    + Names.MAX_BYTES + " bytes and no NUL character");
            return null;
        }
        return value;
    }

    /** Distinct column names separated by commas, each trimmed; null when absent or refused. */
    public List<String> columnList(String attribute, String value) {
        if (value == null) {
            return null;
        }
        List<String> columns = Arrays.stream(value.split(",")).map(String::trim).toList();
        if (columns.stream().anyMatch(String::isEmpty) || columns.stream().distinct().count() != columns.size()) {
            problems.add(attribute + " '" + value + "' is not a comma-separated list of distinct column names");
            return null;
        }
        return columns;
    }

    public int premake(Integer value) {
        return wholeNumber(SharedAttributes.PREMAKE, value, SharedAttributes.DEFAULT_PREMAKE);
    }

    public int batchSize(Integer value) {
        return wholeNumber(SharedAttributes.BATCH_SIZE, value, SharedAttributes.DEFAULT_BATCH_SIZE);
    }

    public int wholeNumber(WholeNumberRange range, Integer value, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (!range.contains(value)) {
            problems.add(range.refusal(value));
            return defaultValue;
        }
        return value;
    }

    public ZoneId timeZone(String value) {
        if (value == null) {
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

    public LockTimeout lockTimeout(String value) {
        if (value == null) {
            return LockTimeout.DEFAULT;
        }
        return attempt(() -> LockTimeout.parse(value), LockTimeout.DEFAULT);
    }

    /**
     * How the key holds time when it is no date or timestamp, from attributes {@code epoch} (the unit
     * of an integer key counting time since 1970) and {@code keyEncoding} ({@code uuidv7}); null when
     * neither is given. With either the interval is a calendar unit: the partitions are cut in time.
     */
    public KeyEncoding keyEncoding(String keyEncoding, String epoch, PartitionInterval interval) {
        EpochUnit unit = choice("epoch", epoch, null, EpochUnit.class);
        KeyEncoding encoding = unit;
        if (keyEncoding != null) {
            Optional<KeyEncoding> named = KeyEncoding.named(keyEncoding);
            if (named.isEmpty()) {
                problems.add("keyEncoding '" + keyEncoding + "' is not accepted; use " + KeyEncoding.ACCEPTED
                        + " (a uuid key holding UUIDv7, whose first 48 bits are its creation time)");
            } else if (unit != null) {
                problems.add("keyEncoding '" + keyEncoding + "' and epoch '" + epoch + "' exclude each other: epoch is for an integer key "
                        + "counting time since 1970, keyEncoding " + KeyEncoding.ACCEPTED + " for a uuid key holding UUIDv7");
            } else {
                encoding = named.get();
            }
        }
        if (encoding != null && interval instanceof PartitionInterval.Width) {
            problems.add("interval '" + interval + "' does not fit " + (unit != null ? "epoch '" + unit : "keyEncoding '" + encoding)
                    + "': the key holds time, so the interval is a calendar unit, one of hour, day, week, month, quarter, year");
        }
        return encoding;
    }

    /** The retention period; null (keep everything) when not given. */
    public Retention retention(String value) {
        return value == null ? null : attempt(() -> Retention.parse(value), null);
    }

    /** A duration written like lockTimeout ({@code 30s}, {@code 5min}, {@code 1h}). */
    public Duration duration(String attribute, String value, Duration defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        return attempt(() -> LockTimeout.parse(attribute, value).duration(), defaultValue);
    }

    public <E extends Enum<E>> E choice(String attribute, String value, E defaultValue, Class<E> type) {
        if (value == null) {
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

    public void problem(String message) {
        problems.add(message);
    }

    public void throwIfAny() {
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
