package io.partitionkit.liquibase;

import java.time.Clock;
import liquibase.Scope;

/**
 * Values partitionkit reads from the Liquibase {@link Scope}: the clock that decides which partitions
 * are current (tests and simulations pin it; it is never part of a changeset's checksum).
 */
public final class PartitionkitScope {

    /** Scope key holding a {@link Clock}; absent means the system clock. */
    public static final String CLOCK = "io.partitionkit.clock";

    private PartitionkitScope() {
    }

    public static Clock clock() {
        Clock clock = Scope.getCurrentScope().get(CLOCK, Clock.class);
        return clock == null ? Clock.systemUTC() : clock;
    }
}
