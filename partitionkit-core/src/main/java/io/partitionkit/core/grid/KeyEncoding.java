package io.partitionkit.core.grid;

import java.util.Locale;
import java.util.Optional;

/**
 * How a key that is no date or timestamp holds time, which makes its partitions time ranges: an
 * integer counting an {@link EpochUnit} since 1970 (attribute {@code epoch}), or a UUIDv7 whose first
 * 48 bits are its creation time in milliseconds (attribute {@code keyEncoding}).
 */
public sealed interface KeyEncoding permits EpochUnit, KeyEncoding.Uuidv7 {

    /** The UUIDv7 encoding: partitions are ranges of the smallest UUIDs of their instants. */
    KeyEncoding UUIDV7 = Uuidv7.INSTANCE;

    /** The values attribute {@code keyEncoding} accepts, for messages. */
    String ACCEPTED = "uuidv7";

    /** The encoding attribute {@code keyEncoding} names; empty for a value it does not accept. */
    static Optional<KeyEncoding> named(String value) {
        return value.trim().toLowerCase(Locale.ROOT).equals(UUIDV7.toString()) ? Optional.of(UUIDV7) : Optional.empty();
    }

    /**
     * Why a key and keyEncoding uuidv7 do not go together, if they do not: a uuid key is cut only by
     * the time UUIDv7 keys hold, and only a uuid key holds UUIDv7. (Epoch keys are checked by {@link EpochKey}.)
     *
     * @param type    the column's type as users know it
     * @param keyType its key type, empty when partitionkit partitions on no such type
     */
    static Optional<String> uuidMismatch(String column, String type, Optional<KeyType> keyType, KeyEncoding encoding) {
        boolean uuidKey = keyType.filter(KeyType.UUID::equals).isPresent();
        if (uuidKey && encoding != UUIDV7) {
            return Optional.of("column '" + column + "' has type uuid: partitionkit cuts a uuid key only by the time UUIDv7 keys hold "
                    + "in their first 48 bits; set keyEncoding '" + UUIDV7 + "' if its values are UUIDv7");
        }
        if (!uuidKey && encoding == UUIDV7) {
            return Optional.of("keyEncoding '" + UUIDV7 + "' needs a uuid column holding UUIDv7; column '" + column + "' has type " + type);
        }
        return Optional.empty();
    }

    /** See {@link #UUIDV7}. */
    enum Uuidv7 implements KeyEncoding {
        INSTANCE;

        @Override
        public String toString() {
            return "uuidv7";
        }
    }
}
