package io.partitionkit.core.options;

/** Attributes several changes take, each with its accepted range and default, defined once. */
public final class SharedAttributes {

    /** Partitions kept ahead of the current one. */
    public static final WholeNumberRange PREMAKE = new WholeNumberRange("premake", 0, 1000);
    public static final int DEFAULT_PREMAKE = 7;

    /** Rows copied or deleted per committed batch. */
    public static final WholeNumberRange BATCH_SIZE = new WholeNumberRange("batchSize", 1, 1_000_000);
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    private SharedAttributes() {
    }
}
