package io.partitionkit.core.plan;

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

    public boolean overlaps(PartitionRange other) {
        return lower.isBefore(other.upper) && other.lower.isBefore(upper);
    }
}
