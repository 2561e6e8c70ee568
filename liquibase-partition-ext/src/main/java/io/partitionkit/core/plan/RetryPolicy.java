package io.partitionkit.core.plan;

import io.partitionkit.core.sql.LockTimeout;

/**
 * How a locking transaction waits: each attempt gives up after {@code lockTimeout}; attempts are
 * spaced by exponential backoff with jitter, from {@code firstBackoffSeconds} up to
 * {@code maxBackoffSeconds}.
 */
public record RetryPolicy(LockTimeout lockTimeout, int attempts, double firstBackoffSeconds, double maxBackoffSeconds) {

    public static final int DEFAULT_ATTEMPTS = 10;

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    public static RetryPolicy of(LockTimeout lockTimeout) {
        return new RetryPolicy(lockTimeout, DEFAULT_ATTEMPTS, 0.2, 10);
    }
}
