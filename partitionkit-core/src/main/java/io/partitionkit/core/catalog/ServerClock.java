package io.partitionkit.core.catalog;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * "Now" as the database server knows it: the clock that stamps the rows, not the clock of the machine
 * that plans. A migration host whose clock is hours off would otherwise premake the wrong intervals,
 * shift a conversion's boundary, or drop a partition before its rows expired.
 */
public final class ServerClock {

    private ServerClock() {
    }

    /**
     * Reads the server's current time once and returns it as a fixed clock, so that everything one
     * planning decides refers to the same instant. {@code clock_timestamp()} is the current time even
     * inside a transaction; {@code now()} would be the start of a transaction the caller (Liquibase
     * runs with autocommit off) may have opened long before.
     */
    public static Clock read(Connection connection) {
        Instant now = new Queries(connection).single("SELECT pg_catalog.clock_timestamp()",
                        row -> row.getObject(1, OffsetDateTime.class).toInstant())
                .orElseThrow(() -> new CatalogException("the server returned no current time"));
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
