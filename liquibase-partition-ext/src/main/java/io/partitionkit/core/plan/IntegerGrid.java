package io.partitionkit.core.plan;

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
        BigInteger[] divided = BigInteger.valueOf(value.value()).divideAndRemainder(width);
        BigInteger quotient = divided[1].signum() < 0 ? divided[0].subtract(BigInteger.ONE) : divided[0];
        BigInteger floor = quotient.multiply(width);
        return floor.compareTo(keyType.minValue()) < 0 ? Bound.MIN : Bound.of(floor.longValueExact());
    }

    @Override
    public Bound next(Bound gridPoint) {
        if (gridPoint.kind() == Bound.Kind.MAX) {
            return Bound.MAX;
        }
        if (gridPoint.kind() == Bound.Kind.MIN) {
            throw new IllegalArgumentException("MINVALUE has no next grid point");
        }
        BigInteger next = BigInteger.valueOf(gridPoint.value()).add(width);
        return next.compareTo(keyType.maxValue()) > 0 ? Bound.MAX : Bound.of(next.longValueExact());
    }

    @Override
    public Bound now(Instant now) {
        throw new UnsupportedOperationException("integer keys have no clock; partitions follow max(key)");
    }

    @Override
    public String literal(Bound bound) {
        return switch (bound.kind()) {
            case MIN -> "MINVALUE";
            case MAX -> "MAXVALUE";
            case VALUE -> Long.toString(bound.value());
        };
    }

    @Override
    public Bound parse(String literal) {
        return PartitionGrid.parseLiteral(literal, text -> {
            try {
                return Bound.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot read '" + literal + "' as a " + keyType.sqlName() + " bound", e);
            }
        });
    }

    @Override
    public String bucketSql(String column) {
        return "(floor(" + Sql.ident(column) + "::numeric / " + width + ") * " + width + ")::text";
    }

    @Override
    public String nameSuffix(Bound lower) {
        return lower.value() < 0 ? "m" + BigInteger.valueOf(lower.value()).negate() : Long.toString(lower.value());
    }
}
