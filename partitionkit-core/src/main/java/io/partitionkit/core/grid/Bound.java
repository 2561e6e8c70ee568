package io.partitionkit.core.grid;

/**
 * A point on the partition key's axis: MINVALUE, MAXVALUE or a value. Times are microseconds since
 * the epoch (the instant for timestamptz; the wall-clock reading taken as UTC for timestamp and
 * date), integers are themselves, so every key type orders as a plain long.
 */
public record Bound(Kind kind, long value) implements Comparable<Bound> {

    public enum Kind { MIN, VALUE, MAX }

    public static final Bound MIN = new Bound(Kind.MIN, 0);
    public static final Bound MAX = new Bound(Kind.MAX, 0);

    public static Bound of(long value) {
        return new Bound(Kind.VALUE, value);
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    @Override
    public int compareTo(Bound other) {
        if (kind != other.kind) {
            return kind.compareTo(other.kind);
        }
        return kind == Kind.VALUE ? Long.compare(value, other.value) : 0;
    }

    public boolean isBefore(Bound other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Bound other) {
        return compareTo(other) > 0;
    }

    public static Bound max(Bound a, Bound b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
