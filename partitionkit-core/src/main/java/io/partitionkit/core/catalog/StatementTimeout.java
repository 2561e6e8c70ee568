package io.partitionkit.core.catalog;

import java.time.Duration;

/**
 * The statement_timeout the run's session has, and where it comes from ({@code user} for one set
 * with ALTER ROLE, {@code database}, {@code session}, ...; see pg_settings.source). Zero is none.
 */
public record StatementTimeout(Duration value, String source) {

    public boolean isSet() {
        return !value.isZero();
    }
}
