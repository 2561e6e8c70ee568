package io.partitionkit.core.status;

import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.PartitionRange;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the partition width from the bounds when no {@code ensurePartitions} change says it: the
 * calendar unit (on the UTC calendar) or the integer width that every partition bounded on both
 * sides is exactly one of. Partitions reaching MINVALUE or MAXVALUE (such as the legacy partition a
 * conversion attaches) say nothing about the width and are left out.
 */
public final class IntervalInference {

    private IntervalInference() {
    }

    /** The interval the bounds of these partitions follow, if they follow one (DEFAULT and non-range bounds say nothing). */
    public static Optional<PartitionInterval> ofPartitions(KeyType keyType, List<Partition> partitions) {
        PartitionGrid reader = TableAnalysis.reader(keyType);
        return infer(keyType, partitions.stream().map(reader::range).flatMap(Optional::stream).toList());
    }

    static Optional<PartitionInterval> infer(KeyType keyType, List<PartitionRange> ranges) {
        List<PartitionRange> bounded = ranges.stream().filter(r -> r.lower().isValue() && r.upper().isValue()).toList();
        if (bounded.isEmpty()) {
            return Optional.empty();
        }
        return keyType.isTime() ? calendar(keyType, bounded) : width(keyType, bounded);
    }

    private static Optional<PartitionInterval> calendar(KeyType keyType, List<PartitionRange> bounded) {
        for (PartitionInterval.Unit unit : PartitionInterval.Unit.values()) {
            PartitionInterval interval = new PartitionInterval.Calendar(unit);
            if (!interval.fits(keyType)) {
                continue;
            }
            PartitionGrid grid = PartitionGrid.of(keyType, interval, ZoneOffset.UTC);
            if (bounded.stream().allMatch(r -> grid.isGridPoint(r.lower()) && grid.next(r.lower()).equals(r.upper()))) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }

    private static Optional<PartitionInterval> width(KeyType keyType, List<PartitionRange> bounded) {
        BigInteger width = BigInteger.valueOf(bounded.get(0).upper().value()).subtract(BigInteger.valueOf(bounded.get(0).lower().value()));
        if (width.bitLength() >= Long.SIZE) {
            return Optional.empty();
        }
        PartitionInterval interval = new PartitionInterval.Width(width.longValueExact());
        if (!interval.fits(keyType)) {
            return Optional.empty();
        }
        PartitionGrid grid = PartitionGrid.of(keyType, interval, ZoneOffset.UTC);
        boolean everyOneStep = bounded.stream().allMatch(r -> grid.isGridPoint(r.lower()) && grid.next(r.lower()).equals(r.upper()));
        return everyOneStep ? Optional.of(interval) : Optional.empty();
    }
}
