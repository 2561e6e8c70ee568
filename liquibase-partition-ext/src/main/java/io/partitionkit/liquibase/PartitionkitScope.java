package io.partitionkit.liquibase;

import io.partitionkit.core.catalog.ServerClock;
import java.sql.Connection;
import java.time.Clock;
import liquibase.Scope;

/**
 * Values partitionkit reads from the Liquibase {@link Scope}: a clock that replaces the server's when
 * deciding which partitions are current (tests and simulations pin it; it is never part of a
 * changeset's checksum).
 */
public final class PartitionkitScope {

    /** Scope key holding a {@link Clock} that replaces the server's clock; absent means the server's clock. */
    public static final String CLOCK = "io.partitionkit.clock";

    private PartitionkitScope() {
    }

    /** The clock to plan with: the scope's, or else the server's current time, read once over the connection. */
    public static Clock clock(Connection connection) {
        Clock clock = Scope.getCurrentScope().get(CLOCK, Clock.class);
        return clock == null ? ServerClock.read(connection) : clock;
    }
}
