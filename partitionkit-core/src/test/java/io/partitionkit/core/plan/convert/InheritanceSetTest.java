package io.partitionkit.core.plan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.InheritanceChild;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.sql.QualifiedName;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which children of an inheritance-partitioned table become partitions, and why others cannot. */
class InheritanceSetTest {

    private static final PartitionGrid DAYS = PartitionGrid.of(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), ZoneOffset.UTC);

    private static InheritanceChild child(String name, boolean validated, String... bounds) {
        List<InheritanceChild.Check> checks = bounds.length == 0 ? List.of() : List.of(new InheritanceChild.Check(name + "_check",
                "CHECK (((created_at >= '" + bounds[0] + "+00'::timestamp with time zone) AND (created_at < '" + bounds[1]
                        + "+00'::timestamp with time zone)))", validated));
        return new InheritanceChild(new QualifiedName("public", name), "app", 0, checks, false);
    }

    private static PartitionRange range(String lower, String upper) {
        return new PartitionRange(DAYS.parse(lower + "+00"), DAYS.parse(upper + "+00"));
    }

    @Test
    void dailyChildrenBecomeTheirDaysPartitionsInKeyOrder() {
        InheritanceSet set = InheritanceSet.of(List.of(
                child("events_20160802", true, "2016-08-02 00:00:00", "2016-08-03 00:00:00"),
                child("events_20160801", false, "2016-08-01 00:00:00", "2016-08-02 00:00:00")), "created_at", DAYS);

        assertThat(set.problems()).isEmpty();
        assertThat(set.partitions()).containsExactly(
                new InheritanceSet.Child(new QualifiedName("public", "events_20160801"), range("2016-08-01 00:00:00", "2016-08-02 00:00:00"),
                        false),
                new InheritanceSet.Child(new QualifiedName("public", "events_20160802"), range("2016-08-02 00:00:00", "2016-08-03 00:00:00"),
                        true));
    }

    @Test
    void aChildOffTheGridIsRefusedByName() {
        InheritanceSet set = InheritanceSet.of(List.of(child("events_shifted", true, "2016-08-01 06:00:00", "2016-08-02 06:00:00")),
                "created_at", DAYS);

        assertThat(set.problems()).containsExactly("\"public\".\"events_shifted\" holds \"created_at\" to ['2016-08-01 06:00:00+00:00', "
                + "'2016-08-02 06:00:00+00:00'), which does not start and end on day boundaries (in the time zone given); give the "
                + "conversion the interval and timeZone the children were made with");
    }

    @Test
    void overlappingChildrenAreRefusedByName() {
        InheritanceSet set = InheritanceSet.of(List.of(
                child("events_20160803_old", true, "2016-08-03 00:00:00", "2016-08-04 00:00:00"),
                child("events_20160803", true, "2016-08-03 00:00:00", "2016-08-04 00:00:00")), "created_at", DAYS);

        assertThat(set.problems()).containsExactly("\"public\".\"events_20160803_old\" and \"public\".\"events_20160803\" overlap: "
                + "the CHECKs of both admit the keys from '2016-08-03 00:00:00+00:00' to '2016-08-04 00:00:00+00:00'");
    }

    @Test
    void aChildHoldingMoreThanOneIntervalIsRefused() {
        InheritanceSet set = InheritanceSet.of(List.of(child("events_week", true, "2016-08-01 00:00:00", "2016-08-08 00:00:00")),
                "created_at", DAYS);

        assertThat(set.problems()).containsExactly("\"public\".\"events_week\" holds \"created_at\" to ['2016-08-01 00:00:00+00:00', "
                + "'2016-08-08 00:00:00+00:00'), which is not one day; give the conversion the interval the children were made with");
        assertThat(set.partitions()).isEmpty();
    }

    @Test
    void aChildWithoutARangeCheckOrWithChildrenOfItsOwnIsRefused() {
        InheritanceChild grandparent = new InheritanceChild(new QualifiedName("public", "events_2016"), "app", 0,
                child("x", true, "2016-01-01 00:00:00", "2017-01-01 00:00:00").checks(), true);

        InheritanceSet set = InheritanceSet.of(List.of(child("events_loose", true), grandparent), "created_at", DAYS);

        assertThat(set.problems()).containsExactly(
                "\"public\".\"events_loose\" has no CHECK holding \"created_at\" to one range (\"created_at\" >= a AND \"created_at\" < b, "
                        + "with constants of the column's type); add one (NOT VALID, then VALIDATE CONSTRAINT: neither blocks writers "
                        + "for long), so it can become that range's partition",
                "\"public\".\"events_2016\" has inheritance children of its own; only children of the table itself become partitions");
        assertThat(set.partitions()).isEmpty();
    }
}
