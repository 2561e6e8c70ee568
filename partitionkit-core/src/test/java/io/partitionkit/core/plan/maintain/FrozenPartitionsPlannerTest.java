package io.partitionkit.core.plan.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenancePlan.Effect;
import io.partitionkit.core.plan.maintain.MaintenancePlan.Unit;
import io.partitionkit.core.sql.Names;
import io.partitionkit.testing.Tables;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which partitions ensurePartitions freezes with freezeColumns, with what CHECK, in which steps and
 * under which locks; what it unfreezes, what it leaves alone, and what it refuses. The clock is
 * 2026-11-21 12:00 UTC; daily partitions of events from 2026-11-15 to 2026-11-24 (the last three
 * premade and empty), rows in every one up to today but 2026-11-17.
 */
class FrozenPartitionsPlannerTest {

    private static final String MARKER = FrozenBounds.marker("order_id");

    private static Tables events() {
        Tables table = Tables.timestamptz("events").nullable("order_id", "bigint").nullable("doc", "jsonb")
                .days("2026-11-15", "2026-11-25").defaultPartition();
        String[] days = {"15", "16", "18", "19", "20", "21"};
        for (int i = 0; i < days.length; i++) {
            table.values("events_p202611" + days[i], "order_id", Long.toString(i * 100L + 1), Long.toString(i * 100L + 100));
        }
        return table;
    }

    private static List<Unit> units(MaintenancePlan plan, Effect effect) {
        return plan.units().stream().filter(unit -> unit.effect() == effect).toList();
    }

    private static List<String> names(MaintenancePlan plan, Effect effect) {
        return units(plan, effect).stream().map(Unit::name).toList();
    }

    private static List<String> problems(Ensure ensure) {
        InvalidOptionsException refused = catchThrowableOfType(InvalidOptionsException.class, ensure::options);
        assertThat(refused).as("the options were refused").isNotNull();
        return refused.problems();
    }

    @Test
    void partitionsWithFreezeAfterNewerOnesHoldingRowsGetACheckOnTheirSpan() {
        MaintenancePlan plan = Ensure.on(events()).freeze("order_id", 2).plan(NOON);

        // the 21st and the 20th hold rows; the empty premade ones and the empty 17th neither count nor freeze
        assertThat(names(plan, Effect.FREEZE)).containsExactly(
                "freeze \"public\".\"events_p20261119\" on order_id",
                "freeze \"public\".\"events_p20261118\" on order_id",
                "freeze \"public\".\"events_p20261116\" on order_id",
                "freeze \"public\".\"events_p20261115\" on order_id");
        Unit unit = units(plan, Effect.FREEZE).get(0);
        assertThat(unit.steps()).extracting(Step::lock).containsExactly(LockMode.ACCESS_EXCLUSIVE, LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(unit.steps()).allMatch(Step::boundedByLockTimeout);
        assertThat(unit.steps().get(0).sql())
                .contains("ALTER TABLE \"public\".\"events_p20261119\" ADD CONSTRAINT \"events_p20261119_order_id_frozen\" "
                        + "CHECK (\"order_id\" >= '301'::bigint AND \"order_id\" <= '400'::bigint) NOT VALID")
                .contains("COMMENT ON CONSTRAINT \"events_p20261119_order_id_frozen\" ON \"public\".\"events_p20261119\" IS '" + MARKER + "'")
                .doesNotContain("VALIDATE");
        assertThat(unit.steps().get(1).sql())
                .contains("ALTER TABLE \"public\".\"events_p20261119\" VALIDATE CONSTRAINT \"events_p20261119_order_id_frozen\"");
        assertThat(plan.summary()).endsWith(", 4 partition(s) to freeze");
    }

    @Test
    void withoutFreezeAfterThreeNewerPartitionsHoldingRowsMakeOneOldEnough() {
        assertThat(names(Ensure.on(events()).freeze("order_id", null).plan(NOON), Effect.FREEZE)).containsExactly(
                "freeze \"public\".\"events_p20261118\" on order_id",
                "freeze \"public\".\"events_p20261116\" on order_id",
                "freeze \"public\".\"events_p20261115\" on order_id");
    }

    @Test
    void nullsAreAdmittedWhereThePartitionHasThem() {
        Tables table = events().nullsIn("events_p20261119", "order_id").nullsIn("events_p20261117", "order_id");
        MaintenancePlan plan = Ensure.on(table).freeze("order_id", 2).plan(NOON);

        assertThat(units(plan, Effect.FREEZE).get(0).steps().get(0).sql())
                .contains("CHECK (\"order_id\" IS NULL OR (\"order_id\" >= '301'::bigint AND \"order_id\" <= '400'::bigint)) NOT VALID");
        Unit allNull = units(plan, Effect.FREEZE).stream().filter(u -> u.name().contains("events_p20261117")).findFirst().orElseThrow();
        assertThat(allNull.steps().get(0).sql()).contains("CHECK (\"order_id\" IS NULL) NOT VALID");
    }

    @Test
    void aPartitionFrozenAlreadyIsLeftAloneAndOneWhoseValidationDidNotFinishIsFrozenAfresh() {
        Tables table = events()
                .partitionCheck("events_p20261119", "events_p20261119_order_id_frozen", true, MARKER)
                .partitionCheck("events_p20261118", "events_p20261118_order_id_frozen", false, MARKER);
        MaintenancePlan plan = Ensure.on(table).freeze("order_id", 2).plan(NOON);

        assertThat(names(plan, Effect.FREEZE)).containsExactly(
                "freeze \"public\".\"events_p20261118\" on order_id",
                "freeze \"public\".\"events_p20261116\" on order_id",
                "freeze \"public\".\"events_p20261115\" on order_id");
        assertThat(units(plan, Effect.FREEZE).get(0).steps().get(0).sql())
                .contains("ALTER TABLE \"public\".\"events_p20261118\" DROP CONSTRAINT \"events_p20261118_order_id_frozen\"")
                .contains("ADD CONSTRAINT \"events_p20261118_order_id_frozen\" CHECK");
        assertThat(names(plan, Effect.UNFREEZE)).isEmpty();
    }

    @Test
    void aUsersConstraintUnderTheNameIsNeitherReplacedNorDropped() {
        Tables table = events().partitionCheck("events_p20261119", "events_p20261119_order_id_frozen", true, "ours, hands off");
        MaintenancePlan plan = Ensure.on(table).freeze("order_id", 2).plan(NOON);

        assertThat(names(plan, Effect.FREEZE)).doesNotContain("freeze \"public\".\"events_p20261119\" on order_id").hasSize(3);
        assertThat(plan.notes()).contains("\"public\".\"events_p20261119\" has a constraint named events_p20261119_order_id_frozen that "
                + "partitionkit did not add, so its column order_id is not frozen; rename that constraint to let partitionkit freeze it");
        assertThat(Ensure.on(table).plan(NOON).units()).extracting(Unit::effect).doesNotContain(Effect.UNFREEZE);
    }

    @Test
    void aColumnNoLongerListedLosesExactlyTheConstraintsPartitionkitAddedForIt() {
        Tables table = events()
                .partitionCheck("events_p20261119", "events_p20261119_order_id_frozen", true, MARKER)
                .partitionCheck("events_p20261119", "order_id_positive", true, null)
                .partitionCheck("events_p20261118", "events_p20261118_order_id_frozen", true, "a user's note")
                .partitionCheck("events_p20261116", "renamed_frozen", true, MARKER)
                .partitionCheck("events_p20261115", "events_p20261115_order_id_frozen", false, MARKER);
        MaintenancePlan plan = Ensure.on(table).plan(NOON);

        assertThat(names(plan, Effect.UNFREEZE)).containsExactly("unfreeze \"public\".\"events_p20261115\"",
                "unfreeze \"public\".\"events_p20261119\"");
        Step drop = units(plan, Effect.UNFREEZE).get(1).steps().get(0);
        assertThat(drop.sql()).contains("ALTER TABLE \"public\".\"events_p20261119\" DROP CONSTRAINT \"events_p20261119_order_id_frozen\"")
                .doesNotContain("order_id_positive");
        assertThat(drop.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
        assertThat(drop.boundedByLockTimeout()).isTrue();
        assertThat(plan.summary()).endsWith(", 2 partition(s) to unfreeze");
    }

    @Test
    void expiredPartitionsAreRemovedNotFrozen() {
        MaintenancePlan plan = Ensure.on(events()).retention("5 days").freeze("order_id", 2).plan(NOON);

        assertThat(names(plan, Effect.DROP)).hasSize(1).allMatch(name -> name.contains("events_p20261115"));
        assertThat(names(plan, Effect.FREEZE)).containsExactly(
                "freeze \"public\".\"events_p20261119\" on order_id",
                "freeze \"public\".\"events_p20261118\" on order_id",
                "freeze \"public\".\"events_p20261116\" on order_id");
    }

    @Test
    void constraintNamesAreFittedTo63Bytes() {
        String longName = "e".repeat(50);
        Tables table = Tables.timestamptz(longName).nullable("order_id", "bigint").days("2026-11-15", "2026-11-25")
                .values(longName + "_p20261115", "order_id", "1", "9").values(longName + "_p20261120", "order_id", "10", "19")
                .values(longName + "_p20261121", "order_id", "20", "29");
        Unit unit = units(Ensure.on(table).freeze("order_id", 2).plan(NOON), Effect.FREEZE).get(0);

        String name = FrozenBounds.constraintName(table.name().sibling(longName + "_p20261115"), "order_id");
        assertThat(Names.byteLength(name)).isEqualTo(63);
        assertThat(name).endsWith("_frozen");
        assertThat(unit.steps().get(0).sql()).contains("ADD CONSTRAINT \"" + name + "\"");
    }

    @Test
    void columnsThatCannotBeFrozenAreRefusedBeforeAnyStatement() {
        assertThat(Ensure.on(events()).freeze("order_id,shipped_at,doc", 2).refusal(NOON)).containsExactly(
                "freezeColumns names column 'shipped_at', which \"public\".\"events\" does not have; its columns are "
                        + "[created_at, payload, order_id, doc] (names are case-sensitive)",
                "freezeColumns names column 'doc' of type jsonb, whose values have no order a range can bound; freeze columns of type "
                        + FrozenBounds.ACCEPTED_TYPES);
    }

    @Test
    void badValuesAreRefusedNamingTheAttributeTheValueAndWhatIsAccepted() {
        assertThat(problems(Ensure.on(events()).freeze("created_at", null))).containsExactly(
                "freezeColumns 'created_at' names the partition key 'created_at', which the partitions' bounds already limit; name other "
                        + "columns, such as an id that grows with created_at");
        assertThat(problems(Ensure.on(events()).freeze("order_id", 0))).containsExactly("freezeAfter '0' is not a whole number from 1 to 1000");
        assertThat(problems(Ensure.on(events()).freeze("", null)))
                .containsExactly("freezeColumns '' is not a comma-separated list of distinct column names");
        assertThat(problems(Ensure.on(events()).freeze("order_id, order_id", null)))
                .containsExactly("freezeColumns 'order_id, order_id' is not a comma-separated list of distinct column names");
        assertThat(problems(Ensure.on(events()).freeze(null, 2))).containsExactly("freezeAfter '2' is only used with freezeColumns, the "
                + "columns whose bounds old partitions are frozen with");
    }
}
