package io.partitionkit.it.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.InheritanceChild;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.convert.ChildCheck;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The children of a table partitioned the way it was done before PostgreSQL 10 (the Heroku article's
 * events table: daily children INHERITS the parent, each with its CHECK), as the catalog reader finds
 * them, and the ranges their CHECKs hold them to, whatever time zone created them.
 */
@ExtendWith(PostgresExtension.class)
class InheritanceChildrenIT {

    @Test
    void eachChildWithTheRangeItsCheckHoldsItTo(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE events (uuid text, name text, user_id bigint, account_id bigint, created_at timestamptz NOT NULL)",
                // Created in the application's time zone, as the article's unqualified literals were.
                "SET TimeZone = 'America/New_York'",
                "CREATE TABLE events_20160801 (CHECK (created_at >= '2016-08-01 00:00:00' AND created_at < '2016-08-02 00:00:00')) "
                        + "INHERITS (events)",
                "CREATE TABLE events_20160802 (CHECK (created_at >= '2016-08-02 00:00:00' AND created_at < '2016-08-03 00:00:00')) "
                        + "INHERITS (events)",
                "CREATE TABLE events_20160803 (LIKE events) ",
                "ALTER TABLE events_20160803 ADD CONSTRAINT events_20160803_bounds CHECK (created_at >= '2016-08-03 00:00:00' "
                        + "AND created_at < '2016-08-04 00:00:00') NOT VALID",
                "ALTER TABLE events_20160803 INHERIT events",
                "CREATE TABLE unrelated (created_at timestamptz)");
        PartitionGrid newYorkDays = PartitionGrid.of(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), ZoneId.of("America/New_York"));

        List<InheritanceChild> children;
        try (Connection connection = db.connect()) {
            children = new CatalogReader(connection).inheritanceChildren(new QualifiedName("public", "events"));
        }

        assertThat(children).extracting(child -> child.name().name())
                .containsExactly("events_20160801", "events_20160802", "events_20160803");
        assertThat(children).allSatisfy(child -> assertThat(child.hasChildren()).isFalse());
        assertThat(children).extracting(child -> keyRange(child, newYorkDays)).containsExactly(
                Optional.of(new ChildCheck(day(newYorkDays, "2016-08-01"), true)),
                Optional.of(new ChildCheck(day(newYorkDays, "2016-08-02"), true)),
                Optional.of(new ChildCheck(day(newYorkDays, "2016-08-03"), false)));
    }

    private static Optional<ChildCheck> keyRange(InheritanceChild child, PartitionGrid grid) {
        return child.checks().stream().map(check -> ChildCheck.read(check.definition(), check.validated(), "created_at", grid))
                .flatMap(Optional::stream).findFirst();
    }

    /** Midnight to midnight in New York, which is 04:00 UTC in August. */
    private static PartitionRange day(PartitionGrid grid, String date) {
        return new PartitionRange(grid.parse(date + " 04:00:00+00"),
                grid.parse(LocalDate.parse(date).plusDays(1) + " 04:00:00+00"));
    }
}
