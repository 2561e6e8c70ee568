package io.partitionkit.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fixed clocks tests plan against, so that a plan, a partition name or a golden file does not depend on the day it runs. */
public final class TestClock {

    /** Saturday 2026-11-21, 12:00 UTC: the moment the fixtures' rows, partitions and golden files are laid out around. */
    public static final Clock NOON = at("2026-11-21T12:00:00Z");

    private TestClock() {
    }

    /** A clock stopped at an ISO-8601 instant, such as {@code 2026-11-21T12:00:00Z}. */
    public static Clock at(String instant) {
        return at(Instant.parse(instant));
    }

    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
