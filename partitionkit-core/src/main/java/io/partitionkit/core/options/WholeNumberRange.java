package io.partitionkit.core.options;

/** The whole numbers an attribute accepts, and how a value outside them is refused. */
public record WholeNumberRange(String attribute, int min, int max) {

    /** Whether {@code value} lies in the range. */
    public boolean contains(long value) {
        return value >= min && value <= max;
    }

    /** The message refusing a value, which may be text that is no number at all. */
    public String refusal(Object value) {
        return attribute + " '" + value + "' is not a whole number from " + min + " to " + max;
    }
}
