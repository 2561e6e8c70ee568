package io.partitionkit.core.grid;

import io.partitionkit.core.sql.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Calendar grid on a uuid key holding UUIDv7: the partitions of a timestamptz key in the configured
 * zone ({@link TimeGrid}), each bound written as the smallest UUIDv7 of its instant. On the axis a
 * key is the microsecond its millisecond starts at, one less or one more for a UUID below or above
 * the smallest UUIDv7 of that millisecond (another version's), so keys order as PostgreSQL orders
 * them. A UUID of another version is placed by its first 48 bits like any other, but they tell no
 * time: {@link #placeableSql} leaves such keys out wherever a key's time decides.
 */
final class Uuidv7Grid implements PartitionGrid {

    private static final long MICROS_PER_MILLI = 1_000L;

    private final TimeGrid time;

    Uuidv7Grid(TimeGrid time) {
        this.time = time;
    }

    @Override
    public KeyType keyType() {
        return KeyType.UUID;
    }

    @Override
    public PartitionInterval interval() {
        return time.interval();
    }

    @Override
    public Bound floor(Bound value) {
        return time.floor(value);
    }

    /** MAXVALUE after the last grid point 48 bits of milliseconds hold (in the year 10889). */
    @Override
    public Bound next(Bound gridPoint) {
        Bound next = time.next(gridPoint);
        return next.isValue() && Math.floorDiv(next.value(), MICROS_PER_MILLI) > Uuidv7.MAX_MILLIS ? Bound.MAX : next;
    }

    @Override
    public Bound now(Instant now) {
        return Bound.of(Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000L));
    }

    /**
     * The smallest UUIDv7 of the bound's millisecond, or of the next one when the bound lies inside a
     * millisecond (a retention cutoff): every UUIDv7 below it is then a key below the bound.
     */
    @Override
    public String literal(Bound bound) {
        if (!bound.isValue()) {
            return bound.kind() == Bound.Kind.MIN ? "MINVALUE" : "MAXVALUE";
        }
        return "'" + Uuidv7.smallest(Math.floorDiv(bound.value() + MICROS_PER_MILLI - 1, MICROS_PER_MILLI)) + "'";
    }

    @Override
    public Bound parse(String literal) {
        return PartitionGrid.parseLiteral(literal, text -> {
            UUID uuid;
            try {
                uuid = text.length() == 36 ? UUID.fromString(text) : null;
            } catch (IllegalArgumentException notAUuid) {
                uuid = null;
            }
            if (uuid == null) {
                throw new IllegalArgumentException("cannot read '" + literal + "' as a uuid bound");
            }
            return Bound.of(Uuidv7.millis(uuid) * MICROS_PER_MILLI + Integer.signum(Uuidv7.compareWithSmallest(uuid)));
        });
    }

    /** The smallest UUIDv7 of the key's 15-minute bucket, as for time keys; NULL for a key that is no UUIDv7. */
    @Override
    public String bucketSql(String column) {
        String key = Sql.ident(column);
        long quarterHour = 15 * 60 * 1000;
        return "CASE WHEN " + Uuidv7.isVersion7Sql(key) + " THEN " + Uuidv7.smallestSql("(" + Uuidv7.millisSql(key) + " / " + quarterHour
                + ") * " + quarterHour) + "::text END";
    }

    @Override
    public Optional<String> placeableSql(String column) {
        return Optional.of(Uuidv7.isVersion7Sql(Sql.ident(column)));
    }

    @Override
    public String nameSuffix(Bound lower) {
        return lower.isValue() ? time.nameSuffix(lower) : "min";
    }

    /** The UUID, then the instant it starts in the configured zone: {@code '019ae...' (2026-12-05 00:00:00+00)}. */
    @Override
    public String describe(Bound bound) {
        return bound.isValue() ? literal(bound) + " (" + time.text(bound) + ")" : literal(bound);
    }

    @Override
    public String meaning(PartitionRange range) {
        return time.comment(range.lower(), range.upper());
    }
}
