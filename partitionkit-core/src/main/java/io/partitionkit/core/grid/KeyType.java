package io.partitionkit.core.grid;

import java.math.BigInteger;
import java.util.Optional;

/** The column types partitionkit can range-partition on. */
public enum KeyType {
    DATE("date"),
    TIMESTAMP("timestamp"),
    TIMESTAMPTZ("timestamptz"),
    SMALLINT("int2"),
    INTEGER("int4"),
    BIGINT("int8"),
    /** UUIDv7 keys: time in their first 48 bits (attribute keyEncoding uuidv7). */
    UUID("uuid");

    /** The types a partition key may have, for messages. */
    public static final String SUPPORTED = "date, timestamp, timestamptz, smallint, integer, bigint, "
            + "or uuid holding UUIDv7 (keyEncoding uuidv7)";

    private final String typname;

    KeyType(String typname) {
        this.typname = typname;
    }

    /** The key type for a column's (base) {@code typname}, if supported. */
    public static Optional<KeyType> of(String baseTypeName) {
        for (KeyType type : values()) {
            if (type.typname.equals(baseTypeName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Whether the key is cut in time: calendar intervals, retention periods, the clock as "now" (UUIDv7 keys too). */
    public boolean isTime() {
        return this == DATE || this == TIMESTAMP || this == TIMESTAMPTZ || this == UUID;
    }

    public BigInteger minValue() {
        return switch (this) {
            case SMALLINT -> BigInteger.valueOf(Short.MIN_VALUE);
            case INTEGER -> BigInteger.valueOf(Integer.MIN_VALUE);
            case BIGINT -> BigInteger.valueOf(Long.MIN_VALUE);
            default -> throw new IllegalStateException(this + " is not an integer type");
        };
    }

    public BigInteger maxValue() {
        return switch (this) {
            case SMALLINT -> BigInteger.valueOf(Short.MAX_VALUE);
            case INTEGER -> BigInteger.valueOf(Integer.MAX_VALUE);
            case BIGINT -> BigInteger.valueOf(Long.MAX_VALUE);
            default -> throw new IllegalStateException(this + " is not an integer type");
        };
    }

    /** How users know the type, for messages. */
    public String sqlName() {
        return switch (this) {
            case DATE -> "date";
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case UUID -> "uuid";
        };
    }
}
