package io.partitionkit.core.grid;

import io.partitionkit.core.catalog.Column;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a column can be partitioned as time held in an {@link EpochUnit}, checked against the table
 * before anything changes: its type, its largest value, and the bounds the partitions need.
 */
public final class EpochKey {

    /**
     * How far past now bounds must fit the column type: the attach boundary lies a day ahead, and
     * premake intervals follow the current one.
     */
    private static final Duration BOUNDARY_AHEAD = Duration.ofDays(1);

    private EpochKey() {
    }

    /** Every reason the key column cannot be partitioned this way; empty when it can. */
    public static List<String> problems(EpochUnit unit, Column key, PartitionInterval interval, ZoneId zone, int premake,
                                        Optional<Long> largest, Instant now) {
        return problems(unit, key.name(), key.type(), KeyType.of(key.baseTypeName()), interval, zone, premake, largest, now);
    }

    /**
     * Every reason the column cannot be partitioned this way; empty when it can.
     *
     * @param type     the column's type as users know it
     * @param keyType  its key type, empty when partitionkit partitions on no such type
     * @param largest  its largest value, empty for an empty table (which passes)
     */
    public static List<String> problems(EpochUnit unit, String column, String type, Optional<KeyType> keyType,
                                        PartitionInterval interval, ZoneId zone, int premake, Optional<Long> largest, Instant now) {
        List<String> problems = new ArrayList<>();
        if (keyType.isEmpty() || !EpochUnit.fits(keyType.get())) {
            problems.add("epoch '" + unit + "' needs an integer or bigint column holding " + unit + " since 1970-01-01 UTC; column '"
                    + column + "' has type " + type);
            return problems;
        }
        if (!PartitionGrid.fits(keyType.get(), interval, unit)) {
            return problems; // an interval that is no calendar unit is refused with the attributes
        }
        largest.flatMap(value -> unit.implausible(column, value, now)).ifPresent(problems::add);
        PartitionGrid grid = PartitionGrid.of(keyType.get(), interval, zone, unit);
        try {
            grid.advance(grid.floor(grid.now(now)), premake + 1);
            grid.ceil(grid.now(now.plus(BOUNDARY_AHEAD)));
        } catch (IllegalArgumentException overflow) {
            problems.add("column '" + column + "' of type " + type + " cannot hold the partition bounds in epoch " + unit + ": "
                    + overflow.getMessage() + (keyType.get() == KeyType.BIGINT ? "" : "; make the column bigint"));
        }
        return problems;
    }
}
