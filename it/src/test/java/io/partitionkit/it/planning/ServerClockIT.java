package io.partitionkit.it.planning;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.ServerClock;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.liquibase.PartitionkitScope;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import liquibase.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The clock the changes plan with: the server's current time, read once per planning, unless the
 * Liquibase scope puts another clock in its place.
 */
@ExtendWith(PostgresExtension.class)
class ServerClockIT {

    @Test
    void withoutAScopeClockTheChangesPlanWithTheServersCurrentTime(TestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            Instant before = server(connection, "clock_timestamp()");
            Clock clock = Scope.child(Map.of(), () -> PartitionkitScope.clock(connection));
            Instant after = server(connection, "clock_timestamp()");

            assertThat(clock.instant()).isBetween(before, after);
            assertThat(clock.instant()).as("one instant for the whole planning").isEqualTo(clock.instant());
        }
    }

    @Test
    void theScopesClockReplacesTheServers(TestDatabase db) throws Exception {
        Clock pinned = NOON;
        try (Connection connection = db.connect()) {
            assertThat(Scope.child(Map.of(PartitionkitScope.CLOCK, pinned), () -> PartitionkitScope.clock(connection))).isSameAs(pinned);
        }
    }

    /** Liquibase keeps a transaction open on its connection; planning inside it still gets the current time, not its start. */
    @Test
    void insideALongTransactionTheClockIsTheCurrentTimeNotTheTransactionsStart(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            connection.setAutoCommit(false);
            Instant transactionStart = server(connection, "now()");
            Instant before = server(connection, "clock_timestamp()");

            Instant clock = ServerClock.read(connection).instant();

            assertThat(before).as("time passed since the transaction began").isAfter(transactionStart);
            assertThat(clock).isAfterOrEqualTo(before).isBeforeOrEqualTo(server(connection, "clock_timestamp()"));
            connection.rollback();
        }
    }

    private static Instant server(Connection connection, String expression) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT " + expression)) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }
}
