package io.partitionkit.core.grid;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a table stands on its key axis, as maintenance and status both judge it: what coverage
 * follows, and where retention cuts. For time keys and epoch keys that is the clock; for integer keys
 * the {@link KeyHead}, except while the head stands alone in its retention window: then retention is
 * withheld (nothing expires) and coverage follows the key below the head, where the rows are.
 *
 * @param reference     "now": premake counts ahead of its interval, holes are filled up to it
 * @param referenceName what it is, for people ({@code now}, {@code the largest key}, ...)
 * @param cutoff        keys before it have expired; empty without retention, without rows, or while withheld
 * @param withheld      the retention that would have cut, when it holds back
 */
public record AxisNow(Bound reference, String referenceName, Optional<Bound> cutoff, Optional<WithheldRetention> withheld) {

    /** {@code retention} null keeps everything; {@code head} is read for integer keys (empty without rows). */
    public static AxisNow of(PartitionGrid grid, Retention retention, Instant now, ZoneId zone, Optional<KeyHead> head) {
        KeyType keyType = grid.keyType();
        if (grid.hasClock()) {
            Optional<Bound> cutoff = retention instanceof Retention.Calendar calendar
                    ? Optional.of(grid.now(calendar.cutoff(now, zone))) : Optional.empty();
            return new AxisNow(grid.now(now), "now", cutoff, Optional.empty());
        }
        if (head.isEmpty()) {
            return new AxisNow(Bound.of(0), "the largest key", Optional.empty(), Optional.empty()); // none yet: start at 0
        }
        KeyHead keys = head.get();
        if (!(retention instanceof Retention.Distance distance)) {
            return new AxisNow(Bound.of(keys.key()), keys.name(), Optional.empty(), Optional.empty());
        }
        Optional<Bound> cutoff = distance.cutoff(keys.key(), keyType);
        if (keys.standsAlone(distance, keyType)) {
            return new AxisNow(Bound.of(keys.next().orElseThrow()), "the largest key below the lone " + keys.key(), Optional.empty(),
                    Optional.of(new WithheldRetention(keys, distance, cutoff.orElseThrow())));
        }
        return new AxisNow(Bound.of(keys.key()), keys.name(), cutoff, Optional.empty());
    }

    /**
     * Retention that holds back because the head stands alone in its window.
     *
     * @param cutoff where it would have cut
     */
    public record WithheldRetention(KeyHead head, Retention.Distance retention, Bound cutoff) {

        /** What was withheld and how to go on, given how many partitions the cut would have removed. */
        public String explain(long partitions) {
            return "retention withheld: " + head.name() + " (" + head.key() + ") has no other key within " + retention
                    + " below it (the next largest is " + head.next().orElseThrow() + "), so expiring keys before " + cutoff.value()
                    + " would remove " + partitions + " partition(s) and every row but those of that key. "
                    + "If it is an outlier (a sentinel, an id a client chose), delete or correct its row; if the keys really jumped, "
                    + "drop the old partitions by hand. Until then nothing is dropped or deleted";
        }
    }
}
