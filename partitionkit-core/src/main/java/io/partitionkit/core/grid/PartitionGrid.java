package io.partitionkit.core.grid;

import io.partitionkit.core.catalog.Partition;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where partition bounds may lie for one key type and interval, and how they read and print.
 * Every bound partitionkit writes is a grid point; every bound it finds is checked against the grid.
 */
public interface PartitionGrid {

    static PartitionGrid of(KeyType keyType, PartitionInterval interval, ZoneId zone) {
        return of(keyType, interval, zone, null);
    }

    /**
     * {@code encoding}: how a key that is no date or timestamp holds time, null for keys that hold none
     * (a uuid key holds UUIDv7 whatever it says: partitionkit cuts uuid keys no other way).
     */
    static PartitionGrid of(KeyType keyType, PartitionInterval interval, ZoneId zone, KeyEncoding encoding) {
        if (!fits(keyType, interval, encoding)) {
            throw new IllegalArgumentException("interval '" + interval + "'" + (encoding instanceof EpochUnit ? " with epoch '" + encoding
                    + "'" : "") + " does not fit a " + keyType.sqlName() + " key");
        }
        if (encoding instanceof EpochUnit epoch) {
            return new EpochGrid(keyType, epoch, new TimeGrid(KeyType.TIMESTAMPTZ, ((PartitionInterval.Calendar) interval).unit(), zone));
        }
        if (keyType == KeyType.UUID) {
            return new Uuidv7Grid(new TimeGrid(KeyType.TIMESTAMPTZ, ((PartitionInterval.Calendar) interval).unit(), zone));
        }
        return interval instanceof PartitionInterval.Calendar calendar
                ? new TimeGrid(keyType, calendar.unit(), zone)
                : new IntegerGrid(keyType, ((PartitionInterval.Width) interval).width());
    }

    /** Whether partitions of the interval can be cut on a key of that type (holding time as {@code encoding} says, unless null). */
    static boolean fits(KeyType keyType, PartitionInterval interval, KeyEncoding encoding) {
        return encoding instanceof EpochUnit ? EpochUnit.fits(keyType) && interval instanceof PartitionInterval.Calendar
                : interval.fits(keyType);
    }

    KeyType keyType();

    PartitionInterval interval();

    /** Whether "now" on the key axis is the clock (time keys, integer keys holding epoch time), not the key head. */
    default boolean hasClock() {
        return keyType().isTime();
    }

    /** The grid point at or below a value (MINVALUE and MAXVALUE map to themselves). */
    Bound floor(Bound value);

    /**
     * The grid point after a grid point; MAXVALUE when the key type has no room left. After MINVALUE
     * (the floor of the keys below the first grid point of an integer type) comes that first grid point.
     */
    Bound next(Bound gridPoint);

    /** The grid point at or above a value. */
    default Bound ceil(Bound value) {
        Bound floor = floor(value);
        return floor.equals(value) ? value : next(floor);
    }

    /** The grid point {@code steps} intervals after a grid point, stopping at MAXVALUE. */
    default Bound advance(Bound gridPoint, int steps) {
        Bound bound = gridPoint;
        for (int i = 0; i < steps && bound.kind() != Bound.Kind.MAX; i++) {
            bound = next(bound);
        }
        return bound;
    }

    default boolean isGridPoint(Bound bound) {
        return !bound.isValue() || floor(bound).equals(bound);
    }

    /** Whether both bounds of the range are grid points: a partition maintenance knows how to continue. */
    default boolean isAligned(PartitionRange range) {
        return isGridPoint(range.lower()) && isGridPoint(range.upper());
    }

    /** The partitions {@code [from, ...)} up to the first grid point at or past {@code end}. */
    default List<PartitionRange> ranges(Bound from, Bound end) {
        List<PartitionRange> ranges = new ArrayList<>();
        Bound lower = from;
        while (lower.isBefore(end) && lower.kind() != Bound.Kind.MAX) {
            Bound upper = next(lower);
            ranges.add(new PartitionRange(lower, upper));
            lower = upper;
        }
        return ranges;
    }

    /** "Now" on the key axis (keys with a clock only, see {@link #hasClock}). */
    Bound now(Instant now);

    /** A value as it appears in {@code FOR VALUES FROM (...) TO (...)}, unambiguous in any session. */
    String literal(Bound bound);

    /** A bound literal as PostgreSQL prints it with TimeZone UTC and DateStyle ISO. */
    Bound parse(String literal);

    /**
     * An SQL expression that maps a key to a value whose grid floor is the key's partition: fine
     * enough that each of its values lies within one partition (for finding which partitions the
     * rows of the DEFAULT partition belong to).
     */
    String bucketSql(String column);

    /**
     * An SQL condition true for the keys whose value tells where they belong in time, when not every
     * key does: only UUIDv7 keys of a uuid key. Rows of other keys are never moved or deleted by
     * their key, nor do they make partitions.
     */
    default Optional<String> placeableSql(String column) {
        return Optional.empty();
    }

    /** The name suffix of the partition starting at a grid point, e.g. {@code 20261121}. */
    String nameSuffix(Bound lower);

    /**
     * MINVALUE and MAXVALUE, or else the literal without its quotes, for {@link #parse} to read with
     * {@code value}.
     */
    static Bound parseLiteral(String literal, Function<String, Bound> value) {
        String text = literal.trim();
        if ("MINVALUE".equals(text)) {
            return Bound.MIN;
        }
        if ("MAXVALUE".equals(text)) {
            return Bound.MAX;
        }
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            text = text.substring(1, text.length() - 1);
        }
        return value.apply(text);
    }

    /** The range of a partition, read from its bound; empty for DEFAULT and for bounds that do not read as a range. */
    default Optional<PartitionRange> range(Partition partition) {
        return range(partition.lower(), partition.upper());
    }

    /** The range between two bound literals as the catalog prints them; empty when they do not read as one. */
    default Optional<PartitionRange> range(String lowerLiteral, String upperLiteral) {
        if (lowerLiteral == null || upperLiteral == null) {
            return Optional.empty();
        }
        try {
            Bound lower = parse(lowerLiteral);
            Bound upper = parse(upperLiteral);
            return lower.isBefore(upper) ? Optional.of(new PartitionRange(lower, upper)) : Optional.empty();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** What a range's bounds mean when their literals do not say (the instants of epoch keys) as an SQL comment, else empty. */
    default String meaning(PartitionRange range) {
        return "";
    }

    /** A human reading of a bound for messages. */
    default String describe(Bound bound) {
        return switch (bound.kind()) {
            case MIN -> "MINVALUE";
            case MAX -> "MAXVALUE";
            case VALUE -> literal(bound);
        };
    }
}
