package io.partitionkit.core.grid;

/** The half-open key range {@code [lower, upper)} of one partition. */
public record PartitionRange(Bound lower, Bound upper) {

    public PartitionRange {
        if (!lower.isBefore(upper)) {
            throw new IllegalArgumentException("empty partition range " + lower + " .. " + upper);
        }
    }

    public boolean contains(Bound point) {
        return !point.isBefore(lower) && point.isBefore(upper);
    }

    /** Whether every key it can hold lies before the cutoff: its upper bound is a value at or before it. */
    public boolean expiresBy(Bound cutoff) {
        return upper.isValue() && !upper.isAfter(cutoff);
    }

    /** Whether the cutoff falls strictly inside it: some of its keys have expired, others not. */
    public boolean spans(Bound cutoff) {
        return lower.isBefore(cutoff) && upper.isAfter(cutoff);
    }

    public boolean overlaps(PartitionRange other) {
        return lower.isBefore(other.upper) && other.lower.isBefore(upper);
    }
}
