package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.sql.LockTimeout;
import java.util.Optional;

/**
 * How a locking transaction waits: each attempt gives up after {@code lockTimeout}; between attempts
 * it sleeps {@code firstBackoffSeconds}, doubled after each attempt and capped at
 * {@code maxBackoffSeconds}, times a random factor between 0.5 and 1.5 (so at most 1.5 times the cap)
 * so that runs retrying at once drift apart.
 *
 * @param boundsCitusWorkers whether the wait is bounded on Citus's workers too (see {@link #of(LockTimeout, Optional)})
 */
public record RetryPolicy(LockTimeout lockTimeout, int attempts, double firstBackoffSeconds, double maxBackoffSeconds,
                          boolean boundsCitusWorkers) {

    public static final int DEFAULT_ATTEMPTS = 10;

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    public RetryPolicy(LockTimeout lockTimeout, int attempts, double firstBackoffSeconds, double maxBackoffSeconds) {
        this(lockTimeout, attempts, firstBackoffSeconds, maxBackoffSeconds, false);
    }

    public static RetryPolicy of(LockTimeout lockTimeout) {
        return new RetryPolicy(lockTimeout, DEFAULT_ATTEMPTS, 0.2, 10);
    }

    /**
     * The policy for transactions on a table: on a table of Citus, lock_timeout also bounds each wait
     * for a shard's lock on a worker (Citus sends the transaction's local settings to the workers).
     */
    public static RetryPolicy of(LockTimeout lockTimeout, Optional<CitusTable> citus) {
        RetryPolicy policy = of(lockTimeout);
        return citus.isEmpty() ? policy : new RetryPolicy(lockTimeout, policy.attempts, policy.firstBackoffSeconds,
                policy.maxBackoffSeconds, true);
    }
}
