package io.partitionkit.core.grid;

import io.partitionkit.core.sql.Sql;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Calendar grid on an integer key holding time since the epoch: the partitions of a timestamptz key
 * in the configured zone ({@link TimeGrid}), with bounds written as the integers of their instants.
 * A bound the column type cannot hold is refused (the partitions could not be written), never cut
 * short at MAXVALUE.
 */
final class EpochGrid implements PartitionGrid {

    private final KeyType keyType;
    private final EpochUnit unit;
    private final TimeGrid time;

    EpochGrid(KeyType keyType, EpochUnit unit, TimeGrid time) {
        if (!EpochUnit.fits(keyType)) {
            throw new IllegalArgumentException("epoch '" + unit + "' does not fit a " + keyType.sqlName() + " key");
        }
        this.keyType = keyType;
        this.unit = unit;
        this.time = time;
    }

    @Override
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public PartitionInterval interval() {
        return time.interval();
    }

    @Override
    public boolean hasClock() {
        return true;
    }

    /** Grid points are whole seconds: the one at or below a key's instant is at or below the key, in every unit. */
    @Override
    public Bound floor(Bound value) {
        return value.isValue() ? key(time.floor(micros(value))) : value;
    }

    @Override
    public Bound next(Bound gridPoint) {
        if (gridPoint.kind() == Bound.Kind.MIN) {
            throw new IllegalArgumentException("MINVALUE has no next grid point");
        }
        return gridPoint.isValue() ? key(time.next(micros(gridPoint))) : gridPoint;
    }

    /** The key of the instant, which need not fit the column type: "now" is no bound, only where the current partition is. */
    @Override
    public Bound now(Instant now) {
        try {
            return Bound.of(unit.value(now));
        } catch (ArithmeticException beyondBigint) {
            throw new IllegalArgumentException(now + " lies beyond the bigint range in epoch " + unit, beyondBigint);
        }
    }

    @Override
    public String literal(Bound bound) {
        return IntegerGrid.integerLiteral(bound);
    }

    @Override
    public Bound parse(String literal) {
        return IntegerGrid.parseInteger(literal, keyType);
    }

    /** 15-minute buckets, as for time keys, in the key's unit. */
    @Override
    public String bucketSql(String column) {
        long quarterHour = unit.value(Instant.EPOCH.plus(15, ChronoUnit.MINUTES));
        return "(floor(" + Sql.ident(column) + "::numeric / " + quarterHour + ") * " + quarterHour + ")::text";
    }

    @Override
    public String nameSuffix(Bound lower) {
        return lower.isValue() ? time.nameSuffix(micros(lower)) : "min";
    }

    /** The integer, then the instant it means in the configured zone: {@code 1764892800000 (2026-12-05 00:00:00+00)}. */
    @Override
    public String describe(Bound bound) {
        return bound.isValue() ? literal(bound) + " (" + time.text(micros(bound)) + ")" : literal(bound);
    }

    @Override
    public String meaning(PartitionRange range) {
        return time.comment(range.lower().isValue() ? micros(range.lower()) : range.lower(),
                range.upper().isValue() ? micros(range.upper()) : range.upper());
    }

    /** A key as the time grid's bound: the microseconds of its instant. */
    private Bound micros(Bound key) {
        try {
            Instant instant = unit.instant(key.value());
            return Bound.of(Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L));
        } catch (ArithmeticException | java.time.DateTimeException beyondAnyBound) {
            throw new IllegalArgumentException(key.value() + " as epoch " + unit + " lies beyond the years a partition bound can express",
                    beyondAnyBound);
        }
    }

    /** A time grid's bound (a whole second) as a key, refused when the column type cannot hold it. */
    private Bound key(Bound micros) {
        Instant instant = Instant.EPOCH.plus(micros.value(), ChronoUnit.MICROS);
        BigInteger value = BigInteger.valueOf(instant.getEpochSecond()).multiply(BigInteger.valueOf(unit.value(Instant.ofEpochSecond(1))));
        if (value.compareTo(keyType.minValue()) < 0 || value.compareTo(keyType.maxValue()) > 0) {
            throw new IllegalArgumentException("the partition bound for " + time.literal(micros).replace("'", "") + " is " + value
                    + ", beyond the " + keyType.sqlName() + " range (" + keyType.minValue() + " to " + keyType.maxValue() + ")");
        }
        return Bound.of(value.longValueExact());
    }
}
