package io.partitionkit.core.grid;

import io.partitionkit.core.sql.Sql;
import java.math.BigInteger;
import java.time.Instant;

/**
 * Integer grid: partitions {@code [k*width, (k+1)*width)}. Arithmetic is exact; a partition that
 * would end beyond the type's largest value ends at MAXVALUE instead.
 */
final class IntegerGrid implements PartitionGrid {

    private final KeyType keyType;
    private final BigInteger width;

    IntegerGrid(KeyType keyType, long width) {
        this.keyType = keyType;
        this.width = BigInteger.valueOf(width);
    }

    @Override
    public KeyType keyType() {
        return keyType;
    }

    @Override
    public PartitionInterval interval() {
        return new PartitionInterval.Width(width.longValueExact());
    }

    @Override
    public Bound floor(Bound value) {
        if (!value.isValue()) {
            return value;
        }
        BigInteger floor = multipleAtOrBelow(BigInteger.valueOf(value.value()));
        return floor.compareTo(keyType.minValue()) < 0 ? Bound.MIN : Bound.of(floor.longValueExact());
    }

    /** After MINVALUE comes the first multiple above the type's smallest value: the lowest partition is {@code [MINVALUE, it)}. */
    @Override
    public Bound next(Bound gridPoint) {
        return switch (gridPoint.kind()) {
            case MAX -> Bound.MAX;
            case MIN -> point(multipleAtOrBelow(keyType.minValue()).add(width));
            case VALUE -> point(BigInteger.valueOf(gridPoint.value()).add(width));
        };
    }

    private Bound point(BigInteger value) {
        return value.compareTo(keyType.maxValue()) > 0 ? Bound.MAX : Bound.of(value.longValueExact());
    }

    private BigInteger multipleAtOrBelow(BigInteger value) {
        BigInteger[] divided = value.divideAndRemainder(width);
        BigInteger quotient = divided[1].signum() < 0 ? divided[0].subtract(BigInteger.ONE) : divided[0];
        return quotient.multiply(width);
    }

    @Override
    public Bound now(Instant now) {
        throw new UnsupportedOperationException("integer keys have no clock; partitions follow max(key)");
    }

    @Override
    public String literal(Bound bound) {
        return integerLiteral(bound);
    }

    @Override
    public Bound parse(String literal) {
        return parseInteger(literal, keyType);
    }

    /** An integer bound as written in SQL; also the epoch grid's. */
    static String integerLiteral(Bound bound) {
        return switch (bound.kind()) {
            case MIN -> "MINVALUE";
            case MAX -> "MAXVALUE";
            case VALUE -> Long.toString(bound.value());
        };
    }

    /** An integer bound as PostgreSQL prints it; also the epoch grid's. */
    static Bound parseInteger(String literal, KeyType keyType) {
        return PartitionGrid.parseLiteral(literal, text -> {
            try {
                return Bound.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot read '" + literal + "' as a " + keyType.sqlName() + " bound", e);
            }
        });
    }

    /** The key's multiple of the width, but not below the type's smallest value (which reads back as a key). */
    @Override
    public String bucketSql(String column) {
        return "greatest(floor(" + Sql.ident(column) + "::numeric / " + width + ") * " + width + ", " + keyType.minValue() + ")::text";
    }

    /** {@code 1000}, {@code m1000} for -1000, {@code min} for the partition starting at MINVALUE. */
    @Override
    public String nameSuffix(Bound lower) {
        if (lower.kind() == Bound.Kind.MIN) {
            return "min";
        }
        return lower.value() < 0 ? "m" + BigInteger.valueOf(lower.value()).negate() : Long.toString(lower.value());
    }
}
