package io.partitionkit.core.plan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.PartitionRange;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the range an inheritance child's CHECK holds it to, as pg_get_constraintdef prints it. */
class ChildCheckTest {

    private static final PartitionGrid DAYS = PartitionGrid.of(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), ZoneOffset.UTC);
    private static final PartitionGrid THOUSANDS = PartitionGrid.of(KeyType.BIGINT, PartitionInterval.parse("1000"), ZoneOffset.UTC);
    private static final PartitionGrid DATES = PartitionGrid.of(KeyType.DATE, PartitionInterval.parse("month"), ZoneOffset.UTC);

    /** The Heroku article's child: CHECK (created_at >= '2016-08-01 00:00:00' AND created_at < '2016-08-02 00:00:00'). */
    private static final String ARTICLE = "CHECK (((created_at >= '2016-08-01 00:00:00+00'::timestamp with time zone) "
            + "AND (created_at < '2016-08-02 00:00:00+00'::timestamp with time zone)))";

    private static PartitionRange range(PartitionGrid grid, String lower, String upper) {
        return new PartitionRange(grid.parse(lower), grid.parse(upper));
    }

    @Test
    void theArticlesDailyChildHoldsOneDayAndProvesIt() {
        assertThat(ChildCheck.read(ARTICLE, true, "created_at", DAYS)).contains(
                new ChildCheck(range(DAYS, "2016-08-01 00:00:00+00", "2016-08-02 00:00:00+00"), true));
    }

    @Test
    void aNotValidCheckGivesTheRangeButProvesNothing() {
        assertThat(ChildCheck.read(ARTICLE + " NOT VALID", false, "created_at", DAYS)).map(ChildCheck::provesWithoutScan)
                .contains(false);
    }

    @Test
    void theBoundsMayComeInEitherOrder() {
        String reversed = "CHECK (((created_at < '2016-08-02 00:00:00+00'::timestamp with time zone) "
                + "AND (created_at >= '2016-08-01 00:00:00+00'::timestamp with time zone)))";

        assertThat(ChildCheck.read(reversed, true, "created_at", DAYS)).map(ChildCheck::range)
                .contains(range(DAYS, "2016-08-01 00:00:00+00", "2016-08-02 00:00:00+00"));
    }

    @Test
    void integerBoundsReadBareNegativeAndCast() {
        assertThat(ChildCheck.read("CHECK (((id >= 0) AND (id < 1000)))", true, "id", THOUSANDS)).map(ChildCheck::range)
                .contains(new PartitionRange(Bound.of(0), Bound.of(1000)));
        assertThat(ChildCheck.read("CHECK (((id >= '-2000'::integer) AND (id < '-1000'::integer)))", true, "id", THOUSANDS))
                .map(ChildCheck::range).contains(new PartitionRange(Bound.of(-2000), Bound.of(-1000)));
        assertThat(ChildCheck.read("CHECK (((id >= '3000000000'::bigint) AND (id < '3000001000'::bigint)))", true, "id", THOUSANDS))
                .map(ChildCheck::range).contains(new PartitionRange(Bound.of(3_000_000_000L), Bound.of(3_000_001_000L)));
    }

    @Test
    void aQuotedKeyColumnIsReadByItsName() {
        String check = "CHECK (((\"Created \"\"At\"\"\" >= '2016-08-01'::date) AND (\"Created \"\"At\"\"\" < '2016-09-01'::date)))";

        assertThat(ChildCheck.read(check, true, "Created \"At\"", DATES)).map(ChildCheck::range)
                .contains(range(DATES, "2016-08-01", "2016-09-01"));
    }

    @Test
    void constantsOfAnotherTypeThanTheKeyAreNotRead() {
        String dates = "CHECK (((created_at >= '2016-08-01'::date) AND (created_at < '2016-08-02'::date)))";

        assertThat(ChildCheck.read(dates, true, "created_at", DAYS)).as("a date means another instant in every time zone").isEmpty();
    }

    @Test
    void otherShapesAreNotRead() {
        assertThat(read("CHECK ((created_at >= '2016-08-01 00:00:00+00'::timestamp with time zone))")).as("one bound").isEmpty();
        assertThat(read("CHECK (((created_at > '2016-08-01 00:00:00+00'::timestamp with time zone) "
                + "AND (created_at < '2016-08-02 00:00:00+00'::timestamp with time zone)))")).as("> is not >=").isEmpty();
        assertThat(read("CHECK (((created_at >= '2016-08-01 00:00:00+00'::timestamp with time zone) "
                + "OR (created_at < '2016-08-02 00:00:00+00'::timestamp with time zone)))")).as("OR").isEmpty();
        assertThat(read("CHECK (((updated_at >= '2016-08-01 00:00:00+00'::timestamp with time zone) "
                + "AND (created_at < '2016-08-02 00:00:00+00'::timestamp with time zone)))")).as("another column").isEmpty();
        assertThat(read("CHECK (((created_at >= '2016-08-02 00:00:00+00'::timestamp with time zone) "
                + "AND (created_at < '2016-08-01 00:00:00+00'::timestamp with time zone)))")).as("an empty range").isEmpty();
        assertThat(read("CHECK ((date_trunc('day'::text, created_at) = '2016-08-01 00:00:00+00'::timestamp with time zone))"))
                .as("a function").isEmpty();
        assertThat(read("CHECK ((amount > (0)::numeric))")).as("an unrelated check").isEmpty();
    }

    private static Optional<ChildCheck> read(String definition) {
        return ChildCheck.read(definition, true, "created_at", DAYS);
    }
}
