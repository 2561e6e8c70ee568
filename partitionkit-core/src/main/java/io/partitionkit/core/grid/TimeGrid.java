package io.partitionkit.core.grid;

import io.partitionkit.core.sql.Sql;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar grid: partitions start at the beginning of an hour, day, Monday-week, month, quarter or
 * year on the wall clock of a configured zone. For timestamptz keys a grid point is the instant of
 * that wall-clock time (days in a daylight-saving zone are 23 or 25 hours long; a wall time that does
 * not exist moves forward, as PostgreSQL does); timestamp and date keys use the wall clock directly.
 */
final class TimeGrid implements PartitionGrid {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");
    private static final DateTimeFormatter PARSE_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter PARSE_TIMESTAMPTZ = new DateTimeFormatterBuilder()
            .append(PARSE_TIMESTAMP)
            .appendPattern("[XXXXX][XXX][X]")
            .toFormatter();

    private final KeyType keyType;
    private final PartitionInterval.Unit unit;
    private final ZoneId zone;

    TimeGrid(KeyType keyType, PartitionInterval.Unit unit, ZoneId zone) {
        this.keyType = keyType;
        this.unit = unit;
        this.zone = zone;
    }

    @Override
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public PartitionInterval interval() {
        return new PartitionInterval.Calendar(unit);
    }

    @Override
    public Bound floor(Bound value) {
        if (!value.isValue()) {
            return value;
        }
        if (localHours()) {
            return Bound.of(micros(instant(value).atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant()));
        }
        return point(startOfUnit(wallClock(value)));
    }

    /**
     * Hours of a timestamptz key are real hours starting on a local hour: both 01:00 of a fall-back
     * night start a partition. (Truncating keeps the offset of the instant in a repeated hour.)
     */
    private boolean localHours() {
        return unit == PartitionInterval.Unit.HOUR && keyType == KeyType.TIMESTAMPTZ;
    }

    @Override
    public Bound next(Bound gridPoint) {
        if (!gridPoint.isValue()) {
            if (gridPoint.kind() == Bound.Kind.MAX) {
                return Bound.MAX;
            }
            throw new IllegalArgumentException("MINVALUE has no next grid point");
        }
        if (localHours()) {
            Bound next = floor(Bound.of(gridPoint.value() + 3_600_000_000L));
            // An offset change of less than an hour (Lord Howe) can land back on the same local hour.
            return next.isAfter(gridPoint) ? next : floor(Bound.of(gridPoint.value() + 7_200_000_000L));
        }
        LocalDateTime wall = startOfUnit(wallClock(gridPoint));
        Bound next;
        do {
            wall = advance(wall);
            next = point(wall);
        } while (!next.isAfter(gridPoint)); // a skipped wall-clock day maps onto the same instant
        return next;
    }

    /** An instant on the key axis: itself for timestamptz, its wall clock for timestamp, its day for date. */
    @Override
    public Bound now(Instant now) {
        return switch (keyType) {
            case TIMESTAMPTZ -> Bound.of(micros(now));
            case TIMESTAMP -> Bound.of(micros(LocalDateTime.ofInstant(now, zone).toInstant(ZoneOffset.UTC)));
            case DATE -> Bound.of(micros(LocalDate.ofInstant(now, zone).atStartOfDay().toInstant(ZoneOffset.UTC)));
            default -> throw new IllegalStateException(keyType + " is not a time type");
        };
    }

    @Override
    public String literal(Bound bound) {
        if (!bound.isValue()) {
            return bound.kind() == Bound.Kind.MIN ? "MINVALUE" : "MAXVALUE";
        }
        LocalDateTime wall = wallClock(bound);
        return switch (keyType) {
            case DATE -> "'" + wall.toLocalDate() + "'";
            case TIMESTAMP -> "'" + TIMESTAMP.format(wall) + fraction(wall) + "'";
            default -> {
                OffsetDateTime at = instant(bound).atZone(zone).toOffsetDateTime();
                yield "'" + TIMESTAMP.format(at) + fraction(at.toLocalDateTime()) + OFFSET.format(at) + "'";
            }
        };
    }

    @Override
    public Bound parse(String literal) {
        return PartitionGrid.parseLiteral(literal, text -> {
            try {
                return switch (keyType) {
                    case DATE -> Bound.of(micros(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)));
                    case TIMESTAMP -> Bound.of(micros(LocalDateTime.parse(text, PARSE_TIMESTAMP).toInstant(ZoneOffset.UTC)));
                    default -> Bound.of(micros(OffsetDateTime.parse(text, PARSE_TIMESTAMPTZ).toInstant()));
                };
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read '" + literal + "' as a " + keyType.sqlName() + " bound", e);
            }
        });
    }

    /** A bound as its literal without quotes ({@code 2026-12-05 00:00:00+00:00}), MINVALUE or MAXVALUE: for comments and messages. */
    String text(Bound bound) {
        String literal = literal(bound);
        return bound.isValue() ? literal.substring(1, literal.length() - 1) : literal;
    }

    /** What a range of bounds on this grid's axis means, as an SQL comment naming both ends. */
    String comment(Bound lower, Bound upper) {
        return " /* " + text(lower) + " to " + text(upper) + " */";
    }

    /** 15-minute buckets: every zone's offset, and so every calendar boundary, is a multiple of 15 minutes. */
    @Override
    public String bucketSql(String column) {
        String key = Sql.ident(column);
        return switch (keyType) {
            case DATE -> key + "::text";
            case TIMESTAMP -> "date_bin('15 minutes', " + key + ", timestamp '2000-01-01 00:00:00')::text";
            default -> "date_bin('15 minutes', " + key + ", timestamptz '2000-01-01 00:00:00+00')::text";
        };
    }

    @Override
    public String nameSuffix(Bound lower) {
        LocalDateTime wall = wallClock(lower);
        return switch (unit) {
            case HOUR -> String.format("%04d%02d%02d_%02d", wall.getYear(), wall.getMonthValue(), wall.getDayOfMonth(), wall.getHour())
                    + (secondOfRepeatedHour(lower) ? "b" : "");
            case DAY, WEEK -> String.format("%04d%02d%02d", wall.getYear(), wall.getMonthValue(), wall.getDayOfMonth());
            case MONTH -> String.format("%04d%02d", wall.getYear(), wall.getMonthValue());
            case QUARTER -> String.format("%04dq%d", wall.getYear(), (wall.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.format("%04d", wall.getYear());
        };
    }

    /** The later of the two instants a local hour has on a fall-back night, which needs a name of its own. */
    private boolean secondOfRepeatedHour(Bound bound) {
        if (keyType != KeyType.TIMESTAMPTZ) {
            return false;
        }
        ZonedDateTime at = instant(bound).atZone(zone);
        return !at.equals(at.withEarlierOffsetAtOverlap());
    }

    private LocalDateTime startOfUnit(LocalDateTime wall) {
        return switch (unit) {
            case HOUR -> wall.truncatedTo(ChronoUnit.HOURS);
            case DAY -> wall.toLocalDate().atStartOfDay();
            case WEEK -> wall.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
            case MONTH -> wall.toLocalDate().withDayOfMonth(1).atStartOfDay();
            case QUARTER -> LocalDate.of(wall.getYear(), (wall.getMonthValue() - 1) / 3 * 3 + 1, 1).atStartOfDay();
            case YEAR -> LocalDate.of(wall.getYear(), 1, 1).atStartOfDay();
        };
    }

    private LocalDateTime advance(LocalDateTime start) {
        return switch (unit) {
            case HOUR -> start.plusHours(1);
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The wall-clock reading of a bound in the configured zone. */
    private LocalDateTime wallClock(Bound bound) {
        return keyType == KeyType.TIMESTAMPTZ
                ? LocalDateTime.ofInstant(instant(bound), zone)
                : LocalDateTime.ofInstant(instant(bound), ZoneOffset.UTC);
    }

    /** The bound of a wall-clock time; a time in a daylight-saving gap moves forward by the gap. */
    private Bound point(LocalDateTime wall) {
        Instant instant = keyType == KeyType.TIMESTAMPTZ ? wall.atZone(zone).toInstant() : wall.toInstant(ZoneOffset.UTC);
        return Bound.of(micros(instant));
    }

    private static String fraction(LocalDateTime wall) {
        int nanos = wall.getNano();
        if (nanos == 0) {
            return "";
        }
        String digits = String.format("%09d", nanos).substring(0, 6).replaceAll("0+$", "");
        return digits.isEmpty() ? "" : "." + digits;
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }

    private static Instant instant(Bound bound) {
        return Instant.EPOCH.plus(bound.value(), ChronoUnit.MICROS);
    }
}
