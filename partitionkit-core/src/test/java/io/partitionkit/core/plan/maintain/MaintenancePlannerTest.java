package io.partitionkit.core.plan.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenancePlan.Effect;
import io.partitionkit.core.plan.maintain.MaintenancePlan.Unit;
import io.partitionkit.testing.Tables;
import io.partitionkit.testing.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ensurePartitions plans for a table, without a server: which partitions it creates (names and
 * bounds), which expired ones it drops, detaches or archives, where it deletes expired rows, which
 * creations hold writes back while they move rows out of DEFAULT, and why it refuses a table. The
 * clock is {@link TestClock#NOON}, 2026-11-21 12:00 UTC, unless a case says otherwise; maintenance is
 * daily, three partitions ahead, in UTC (see {@link Ensure}).
 */
class MaintenancePlannerTest {

    private static final Clock MIDNIGHT = TestClock.at("2026-11-21T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern PARTITION = Pattern.compile("\"[^\"]+\"\\.\"([^\"]+)\"");

    /** The partitions the units with that effect concern, by name, in the plan's order. */
    private static List<String> concerned(MaintenancePlan plan, Effect effect) {
        List<String> names = new ArrayList<>();
        for (Unit unit : units(plan, effect)) {
            Matcher matcher = PARTITION.matcher(unit.name());
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static List<String> created(MaintenancePlan plan) {
        return concerned(plan, Effect.CREATE);
    }

    /** Each created partition with its bounds, as the run reports it: {@code events_p20261122 FOR VALUES FROM (...) TO (...)}. */
    private static List<String> createdWithBounds(MaintenancePlan plan) {
        return units(plan, Effect.CREATE).stream().map(unit -> PARTITION.matcher(unit.name().substring("create ".length())).replaceAll("$1"))
                .toList();
    }

    /** The partitions whose creation makes writes to the table wait while rows move out of DEFAULT. */
    private static List<String> holdingWrites(MaintenancePlan plan) {
        return units(plan, Effect.CREATE).stream().filter(unit -> onlyStep(unit).lock() == LockMode.SHARE_ROW_EXCLUSIVE)
                .map(unit -> PARTITION.matcher(unit.name()).results().findFirst().orElseThrow().group(1)).toList();
    }

    private static List<Unit> units(MaintenancePlan plan, Effect effect) {
        return plan.units().stream().filter(unit -> unit.effect() == effect).toList();
    }

    private static Step onlyStep(Unit unit) {
        assertThat(unit.steps()).as(unit.name()).hasSize(1);
        return unit.steps().get(0);
    }

    /** The names partitionkit gives the daily partitions of {@code table} from {@code first} to {@code last}, both included. */
    private static List<String> daily(String table, String first, String last) {
        List<String> names = new ArrayList<>();
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            names.add(table + "_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        return names;
    }

    private static List<String> events(String first, String last) {
        return daily("events", first, last);
    }

    @Nested
    class Retention {

        static Stream<Arguments> edges() {
            return Stream.of(
                    arguments("a partition ending exactly at the cutoff expires; the next, starting there, keeps all its rows",
                            "2026-11-10", "2026-11-25", MIDNIGHT, "7 days",
                            events("2026-11-10", "2026-11-13"), List.of("events_default"), List.of()),
                    arguments("the partition spanning the cutoff stays, and its expired rows are deleted",
                            "2026-11-10", "2026-11-25", NOON, "7 days",
                            events("2026-11-10", "2026-11-13"), List.of("events_default", "events_p20261114"), List.of()),
                    arguments("before the first partition expires, only DEFAULT can hold expired rows",
                            "2026-11-10", "2026-11-25", NOON, "30 days",
                            List.of(), List.of("events_default"), List.of()),
                    arguments("when every partition expired, partitions start again premake + 1 days before now",
                            "2026-11-01", "2026-11-10", NOON, "7 days",
                            events("2026-11-01", "2026-11-09"), List.of("events_default"), events("2026-11-17", "2026-11-24")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("edges")
        void partitionsGoByTheirUpperBound(String description, String first, String end, Clock clock, String retention,
                                           List<String> dropped, List<String> deletedFrom, List<String> created) {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").days(first, end).defaultPartition()).retention(retention)
                    .plan(clock);

            assertThat(concerned(plan, Effect.DROP)).as("dropped").isEqualTo(dropped);
            assertThat(concerned(plan, Effect.DELETE_EXPIRED)).as("expired rows deleted from").isEqualTo(deletedFrom);
            assertThat(created(plan)).as("created").isEqualTo(created);
        }

        @Test
        void withoutDefaultAndWithNothingSpanningTheCutoffNoRowIsDeleted() {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").days("2026-11-10", "2026-11-25")).retention("7 days")
                    .plan(MIDNIGHT);

            assertThat(concerned(plan, Effect.DROP)).isEqualTo(events("2026-11-10", "2026-11-13"));
            assertThat(units(plan, Effect.DELETE_EXPIRED)).isEmpty();
            assertThat(plan.notes()).containsExactly(
                    "\"public\".\"events\" has no DEFAULT partition: rows outside every partition are refused with an error");
        }

        static Stream<Arguments> modes() {
            return Stream.of(
                    arguments("drop", Effect.DROP, "drop expired partition \"public\".\"events_p20261112\"",
                            "DROP TABLE \"public\".\"events_p20261112\"", "DETACH PARTITION"),
                    arguments("detach", Effect.DETACH, "detach expired partition \"public\".\"events_p20261112\"",
                            "DETACH PARTITION \"public\".\"events_p20261112\"", "DROP TABLE"),
                    arguments("archive", Effect.ARCHIVE, "archive expired partition \"public\".\"events_p20261112\" into schema archive",
                            "\"public\".\"events_p20261112\" SET SCHEMA \"archive\"", "DROP TABLE"));
        }

        @ParameterizedTest(name = "retentionMode {0}")
        @MethodSource("modes")
        void expiredPartitionsGoAsTheRetentionModeSays(String mode, Effect effect, String firstStep, String sqlMentions, String sqlLacks) {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").days("2026-11-12", "2026-11-16").defaultPartition())
                    .retention("7 days").retentionMode(mode).plan(NOON);

            assertThat(plan.units()).extracting(Unit::effect).startsWith(effect, effect, Effect.CREATE).endsWith(Effect.DELETE_EXPIRED);
            assertThat(units(plan, effect)).extracting(Unit::name).containsExactly(
                    effect.verb() + " \"public\".\"events_p20261112\" (FOR VALUES FROM ('2026-11-12 00:00:00+00') TO ('2026-11-13 00:00:00+00'))",
                    effect.verb() + " \"public\".\"events_p20261113\" (FOR VALUES FROM ('2026-11-13 00:00:00+00') TO ('2026-11-14 00:00:00+00'))");
            Step removal = onlyStep(units(plan, effect).get(0));
            assertThat(removal.description()).isEqualTo(firstStep);
            assertThat(removal.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
            assertThat(removal.sql()).contains(sqlMentions).doesNotContain(sqlLacks);
        }

        @Test
        void aPartitionOtherTablesReferenceIsDetachedBeforeItIsDropped() {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").primaryKey("created_at").days("2026-11-12", "2026-11-16")
                    .referencedBy("audits", "audits_event_fkey", "event_at", true, "created_at")).retention("7 days").plan(NOON);

            String sql = onlyStep(units(plan, Effect.DROP).get(0)).sql();
            assertThat(sql.indexOf("DETACH PARTITION \"public\".\"events_p20261112\"")).isPositive()
                    .isLessThan(sql.indexOf("DROP TABLE \"public\".\"events_p20261112\""));
        }
    }

    @Nested
    class Coverage {

        static Stream<Arguments> holes() {
            return Stream.of(
                    arguments("a hole near now is filled", "2026-11-18", "2026-11-20", "2026-11-23", "2026-11-25",
                            events("2026-11-20", "2026-11-22")),
                    arguments("a hole premake + 1 days before now is filled", "2026-11-10", "2026-11-17", "2026-11-18", "2026-11-25",
                            List.of("events_p20261117")),
                    arguments("an older hole is left alone", "2026-11-10", "2026-11-16", "2026-11-17", "2026-11-25", List.of()),
                    arguments("a long-neglected table gets partitions from premake + 1 days before now, not every missing day",
                            "2026-11-01", "2026-11-05", "2026-11-05", "2026-11-05", events("2026-11-17", "2026-11-24")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("holes")
        void holesBetweenPartitionsAreFilledFromPremakePlusOneIntervalsBeforeNow(String description, String first, String firstEnd,
                                                                                 String second, String secondEnd, List<String> created) {
            Tables table = Tables.timestamptz("events").days(first, firstEnd).days(second, secondEnd).defaultPartition();

            assertThat(created(Ensure.on(table).plan(NOON))).isEqualTo(created);
        }

        static Stream<Arguments> premakes() {
            return Stream.of(
                    arguments(0, List.of("events_p20261121")),
                    arguments(1, events("2026-11-21", "2026-11-22")),
                    arguments(7, events("2026-11-21", "2026-11-28")));
        }

        @ParameterizedTest(name = "premake {0}")
        @MethodSource("premakes")
        void partitionsCoverTodayAndPremakeDaysAhead(int premake, List<String> created) {
            Tables table = Tables.timestamptz("events").days("2026-11-14", "2026-11-21").defaultPartition();

            assertThat(created(Ensure.on(table).premake(premake).plan(NOON))).isEqualTo(created);
        }

        @Test
        void aTableWithoutPartitionsGetsTodayAndPremakeDaysAhead() {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").defaultPartition()).premake(2).plan(NOON);

            assertThat(createdWithBounds(plan)).containsExactly(
                    "events_p20261121 FOR VALUES FROM ('2026-11-21 00:00:00+00:00') TO ('2026-11-22 00:00:00+00:00')",
                    "events_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00+00:00') TO ('2026-11-23 00:00:00+00:00')",
                    "events_p20261123 FOR VALUES FROM ('2026-11-23 00:00:00+00:00') TO ('2026-11-24 00:00:00+00:00')");
            assertThat(plan.summary()).isEqualTo("maintain \"public\".\"events\": 3 partition(s) to create up to '2026-11-24 00:00:00+00:00'");
            assertThat(holdingWrites(plan)).as("DEFAULT holds no row of them").isEmpty();
        }

        static Stream<Arguments> wallClockKeys() {
            return Stream.of(
                    arguments("timestamp", "readings_p20261122 FOR VALUES FROM ('2026-11-22 00:00:00') TO ('2026-11-23 00:00:00')"),
                    arguments("date", "readings_p20261122 FOR VALUES FROM ('2026-11-22') TO ('2026-11-23')"));
        }

        /** A timestamp or date key holds wall-clock readings of the time zone: at noon UTC it is 2026-11-22 01:00 in Auckland. */
        @ParameterizedTest(name = "{0} key")
        @MethodSource("wallClockKeys")
        void timestampAndDateKeysFollowTheWallClockOfTheTimeZone(String type, String today) {
            Tables table = Tables.keyedBy("readings", "taken", type).days("2026-11-14", "2026-11-22").defaultPartition();

            assertThat(created(Ensure.on(table).premake(0).plan(NOON))).as("in UTC").isEmpty();
            assertThat(createdWithBounds(Ensure.on(table).premake(0).timeZone("Pacific/Auckland").plan(NOON))).containsExactly(today);
        }

        @Test
        void aTableCoveredFarEnoughPlansOneTransactionThatTakesTheMaintenanceLockForItselfAndRecordsTheSuccess() {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").days("2026-11-14", "2026-11-25").defaultPartition()).plan(NOON);

            assertThat(plan.units()).isEmpty();
            assertThat(plan.lock()).isEmpty();
            assertThat(plan.unlock()).isEmpty();
            assertThat(plan.steps()).extracting(Step::description).containsExactly(
                    "nothing else to do: record the successful maintenance of \"public\".\"events\" in its comment (partitionkit: last "
                            + "successful maintenance 2026-11-21T12:00:00Z) unless another run holds its maintenance lock");
            assertThat(plan.steps().get(0).lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
            assertThat(plan.steps().get(0).statement()).contains("IF NOT pg_catalog.pg_try_advisory_xact_lock(");
        }
    }

    /** Rows waiting in DEFAULT: 2025-01-05 (long ago), 2026-11-16 (before the partitions), 2026-11-23 (ahead), 2026-12-24 (beyond premake). */
    @Nested
    class RowsInDefault {

        private final Tables table = Tables.timestamptz("events").days("2026-11-18", "2026-11-22")
                .defaultPartitionWithKeys("2025-01-05 08:00", "2026-11-16 23:50", "2026-11-23 10:20", "2026-12-24 08:00");

        static Stream<Arguments> cases() {
            return Stream.of(
                    arguments("each range DEFAULT holds rows of gets its partition, however old, up to premake days ahead", true, null,
                            List.of("events_p20250105", "events_p20261116", "events_p20261122", "events_p20261123", "events_p20261124"),
                            List.of("events_p20250105", "events_p20261116", "events_p20261123"), List.of()),
                    arguments("with moveDefaultRows false the rows stay and only the days ahead are created", false, null,
                            events("2026-11-22", "2026-11-24"), List.of(), List.of()),
                    arguments("an expired range gets no partition; its rows are deleted from DEFAULT", true, "7 days",
                            List.of("events_p20261116", "events_p20261122", "events_p20261123", "events_p20261124"),
                            List.of("events_p20261116", "events_p20261123"), List.of("events_default")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void rowsMoveIntoTheirNewPartitionWhileWritesWait(String description, boolean moveDefaultRows, String retention,
                                                          List<String> created, List<String> holdingWrites, List<String> deletedFrom) {
            MaintenancePlan plan = Ensure.on(table).moveDefaultRows(moveDefaultRows).retention(retention).plan(NOON);

            assertThat(created(plan)).as("created").isEqualTo(created);
            assertThat(holdingWrites(plan)).as("created while writes wait").isEqualTo(holdingWrites);
            assertThat(concerned(plan, Effect.DELETE_EXPIRED)).as("expired rows deleted from").isEqualTo(deletedFrom);
        }

        @Test
        void aNewPartitionTakesTheRowsOfItsRangeOutOfDefault() {
            Unit creation = units(Ensure.on(table).plan(NOON), Effect.CREATE).get(3);

            assertThat(creation.name()).startsWith("create \"public\".\"events_p20261123\"");
            assertThat(onlyStep(creation).sql())
                    .contains("INSERT INTO \"public\".\"events_p20261123\" (\"created_at\", \"payload\") SELECT \"created_at\", \"payload\" "
                            + "FROM ONLY \"public\".\"events_default\" WHERE \"created_at\" >= '2026-11-23 00:00:00+00:00' "
                            + "AND \"created_at\" < '2026-11-24 00:00:00+00:00'")
                    .contains("DELETE FROM ONLY \"public\".\"events_default\" WHERE \"created_at\" >= '2026-11-23 00:00:00+00:00'");
        }

        @Test
        void withMoveDefaultRowsFalseNoRowMoves() {
            MaintenancePlan plan = Ensure.on(table).moveDefaultRows(false).plan(NOON);

            assertThat(units(plan, Effect.CREATE)).allSatisfy(unit -> assertThat(onlyStep(unit).sql()).doesNotContain("INSERT INTO"));
        }
    }

    @Nested
    class DaylightSaving {

        static Stream<Arguments> nights() {
            return Stream.of(
                    arguments("spring forward: 2026-03-29 is 23 hours long", "2026-03-25", "2026-03-28", "2026-03-28T12:00:00Z", List.of(
                            "events_p20260328 FOR VALUES FROM ('2026-03-28 00:00:00+01:00') TO ('2026-03-29 00:00:00+01:00')",
                            "events_p20260329 FOR VALUES FROM ('2026-03-29 00:00:00+01:00') TO ('2026-03-30 00:00:00+02:00')",
                            "events_p20260330 FOR VALUES FROM ('2026-03-30 00:00:00+02:00') TO ('2026-03-31 00:00:00+02:00')")),
                    arguments("fall back: 2026-10-25 is 25 hours long", "2026-10-21", "2026-10-24", "2026-10-24T12:00:00Z", List.of(
                            "events_p20261024 FOR VALUES FROM ('2026-10-24 00:00:00+02:00') TO ('2026-10-25 00:00:00+02:00')",
                            "events_p20261025 FOR VALUES FROM ('2026-10-25 00:00:00+02:00') TO ('2026-10-26 00:00:00+01:00')",
                            "events_p20261026 FOR VALUES FROM ('2026-10-26 00:00:00+01:00') TO ('2026-10-27 00:00:00+01:00')")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("nights")
        void daysRunFromMidnightToMidnightOfTheTimeZone(String description, String first, String end, String now, List<String> created) {
            Tables table = Tables.timestamptz("events").days(first, end, BERLIN).defaultPartition();

            assertThat(createdWithBounds(Ensure.on(table).premake(2).timeZone("Europe/Berlin").plan(TestClock.at(now)))).isEqualTo(created);
        }

        /** Hourly partitions: the hour from 02:00 repeats when the clocks go back, and each of the two gets a partition. */
        @Test
        void theRepeatedHourOfAFallBackNightGetsAPartitionOfItsOwn() {
            MaintenancePlan plan = Ensure.on(Tables.timestamptz("events").defaultPartition()).interval("hour").premake(2)
                    .timeZone("Europe/Berlin").plan(TestClock.at("2026-10-25T00:30:00Z"));

            assertThat(createdWithBounds(plan)).containsExactly(
                    "events_p20261025_02 FOR VALUES FROM ('2026-10-25 02:00:00+02:00') TO ('2026-10-25 02:00:00+01:00')",
                    "events_p20261025_02b FOR VALUES FROM ('2026-10-25 02:00:00+01:00') TO ('2026-10-25 03:00:00+01:00')",
                    "events_p20261025_03 FOR VALUES FROM ('2026-10-25 03:00:00+01:00') TO ('2026-10-25 04:00:00+01:00')");
        }

        /** At 01:00 on 2026-03-30, one day back is 01:00 on 2026-03-29, before the clocks went forward: 23 hours back, not 24. */
        @Test
        void retentionCountsCalendarDaysOfTheTimeZone() {
            Tables table = Tables.timestamptz("events").days("2026-03-27", "2026-03-31", BERLIN).defaultPartition();

            MaintenancePlan plan = Ensure.on(table).timeZone("Europe/Berlin").retention("1 day").plan(TestClock.at("2026-03-29T23:00:00Z"));

            assertThat(concerned(plan, Effect.DROP)).containsExactly("events_p20260327", "events_p20260328");
            assertThat(concerned(plan, Effect.DELETE_EXPIRED)).containsExactly("events_default", "events_p20260329");
            assertThat(plan.summary()).contains("2 expired partition(s) before '2026-03-29 01:00:00+01:00'");
        }
    }

    @Nested
    class IntegerKeys {

        static Stream<Arguments> topsOfTheTypes() {
            return Stream.of(
                    arguments("smallint", 100, 32500L, Short.MAX_VALUE, List.of(
                            "hits_p32600 FOR VALUES FROM (32600) TO (32700)",
                            "hits_p32700 FOR VALUES FROM (32700) TO (MAXVALUE)")),
                    arguments("integer", 1000, 2147481000L, Integer.MAX_VALUE, List.of(
                            "hits_p2147482000 FOR VALUES FROM (2147482000) TO (2147483000)",
                            "hits_p2147483000 FOR VALUES FROM (2147483000) TO (MAXVALUE)")),
                    arguments("bigint", 1000, 9223372036854773000L, Long.MAX_VALUE, List.of(
                            "hits_p9223372036854774000 FOR VALUES FROM (9223372036854774000) TO (9223372036854775000)",
                            "hits_p9223372036854775000 FOR VALUES FROM (9223372036854775000) TO (MAXVALUE)")));
        }

        /** Retention is one and a half partitions: the oldest partition expires, the one after it spans the cutoff. */
        @ParameterizedTest(name = "{0} at its largest value")
        @MethodSource("topsOfTheTypes")
        void theLastPartitionEndsAtMaxValueAndRetentionDoesNotOverflow(String type, int width, long oldest, long largest,
                                                                       List<String> created) {
            Tables table = Tables.keyedBy("hits", "id", type).ids(oldest, oldest + width, width).defaultPartition().maxKey(largest);

            MaintenancePlan plan = Ensure.on(table).interval(Integer.toString(width)).retention(Integer.toString(width * 3 / 2)).plan(NOON);

            assertThat(createdWithBounds(plan)).isEqualTo(created);
            assertThat(concerned(plan, Effect.DROP)).containsExactly("hits_p" + oldest);
            assertThat(concerned(plan, Effect.DELETE_EXPIRED)).containsExactly("hits_default", "hits_p" + (oldest + width));
            assertThat(plan.summary()).contains("2 partition(s) to create up to MAXVALUE");
        }

        static Stream<Arguments> bottomsOfTheTypes() {
            return Stream.of(
                    arguments("smallint", 100, "-32768", "hits_pmin FOR VALUES FROM (MINVALUE) TO (-32700)"),
                    arguments("integer", 1000, "-2147483648", "hits_pmin FOR VALUES FROM (MINVALUE) TO (-2147483000)"),
                    arguments("bigint", 1000, "-9223372036854775808", "hits_pmin FOR VALUES FROM (MINVALUE) TO (-9223372036854775000)"));
        }

        @ParameterizedTest(name = "{0} at its smallest value")
        @MethodSource("bottomsOfTheTypes")
        void aRowAtTheSmallestKeyMovesToAPartitionFromMinValue(String type, int width, String smallest, String created) {
            Tables table = Tables.keyedBy("hits", "id", type).defaultPartitionWithKeys(smallest, "15").maxKey(15);

            MaintenancePlan plan = Ensure.on(table).interval(Integer.toString(width)).premake(1).plan(NOON);

            assertThat(createdWithBounds(plan)).hasSize(3).first().isEqualTo(created);
            assertThat(created(plan)).containsExactly("hits_pmin", "hits_p0", "hits_p" + width);
            assertThat(holdingWrites(plan)).containsExactly("hits_pmin", "hits_p0");
        }

        @Test
        void withoutRowsPartitionsStartAtZero() {
            MaintenancePlan plan = Ensure.on(Tables.bigint("orders").defaultPartition()).interval("1000").premake(2).plan(NOON);

            assertThat(created(plan)).containsExactly("orders_p0", "orders_p1000", "orders_p2000");
        }

        /** The same rule as status ({@link io.partitionkit.core.grid.AxisNow}): an outlier at the top of the type holds retention back. */
        @Test
        void aLoneLargestKeyWithholdsRetention() {
            Tables orders = Tables.bigint("orders").ids(0, 5000, 1000).defaultPartition()
                    .head(KeyHead.largest(Long.MAX_VALUE, Optional.of(2500L)));

            MaintenancePlan plan = Ensure.on(orders).interval("1000").premake(2).retention("2500").plan(NOON);

            assertThat(plan.units()).as("nothing dropped or deleted, and the partitions reach premake beyond 2500").isEmpty();
            assertThat(plan.retentionWithheld()).hasValueSatisfying(reason -> assertThat(reason).startsWith("retention withheld: the "
                    + "largest key (9223372036854775807) has no other key within 2500 below it (the next largest is 2500), so expiring "
                    + "keys before 9223372036854773308 would remove 5 partition(s)"));
            assertThat(plan.summary()).endsWith(", retention withheld");
        }
    }

    /** Integer keys holding milliseconds since the epoch: partitions, premake and retention in time, bounds in integers. */
    @Nested
    class EpochKeys {

        private static long ms(String instant) {
            return EpochUnit.MILLISECONDS.value(Instant.parse(instant));
        }

        private static Tables events() {
            return Tables.keyedBy("events", "created_ms", "bigint");
        }

        @Test
        void premakeCountsFromTheClockNotFromTheLargestKey() {
            Tables table = events().epochDays("2026-11-19", "2026-11-22", EpochUnit.MILLISECONDS, ZoneOffset.UTC).defaultPartition()
                    .maxKey(ms("2026-12-20T00:00:00Z"));

            MaintenancePlan plan = Ensure.on(table).epoch("milliseconds").premake(3).plan(NOON);

            assertThat(createdWithBounds(plan)).containsExactly(
                    "events_p20261122 FOR VALUES FROM (1795305600000) TO (1795392000000) /* 2026-11-22 00:00:00+00:00 to 2026-11-23 00:00:00+00:00 */",
                    "events_p20261123 FOR VALUES FROM (1795392000000) TO (1795478400000) /* 2026-11-23 00:00:00+00:00 to 2026-11-24 00:00:00+00:00 */",
                    "events_p20261124 FOR VALUES FROM (1795478400000) TO (1795564800000) /* 2026-11-24 00:00:00+00:00 to 2026-11-25 00:00:00+00:00 */");
            assertThat(plan.summary()).contains("to create up to 1795564800000 (2026-11-25 00:00:00+00:00)");
        }

        @Test
        void retentionDropsWholeExpiredDaysAndDeletesTheRestByTime() {
            Tables table = events().epochDays("2026-11-17", "2026-11-25", EpochUnit.MILLISECONDS, ZoneOffset.UTC).defaultPartition()
                    .maxKey(ms("2026-11-21T11:00:00Z"));

            MaintenancePlan plan = Ensure.on(table).epoch("milliseconds").retention("2 days").plan(NOON);

            assertThat(concerned(plan, Effect.DROP)).containsExactly("events_p20261117", "events_p20261118");
            assertThat(concerned(plan, Effect.DELETE_EXPIRED)).containsExactly("events_default", "events_p20261119");
            assertThat(onlyStep(units(plan, Effect.DELETE_EXPIRED).get(0)).sql()).contains("\"created_ms\" < 1795089600000 LIMIT");
            assertThat(plan.summary()).contains("2 expired partition(s) before 1795089600000 (2026-11-19 12:00:00+00:00)");
        }

        /** Like any key, rows waiting in DEFAULT get a partition unless beyond premake: here, a day older than the partitions. */
        @Test
        void rowsWaitingInDefaultGetThePartitionOfTheirInstant() {
            Tables table = events().epochDays("2026-11-19", "2026-11-25", EpochUnit.MILLISECONDS, ZoneOffset.UTC)
                    .defaultPartitionWithKeys(Long.toString(ms("2026-11-16T08:20:00Z")), Long.toString(ms("2026-11-16T23:59:59.999Z")))
                    .maxKey(ms("2026-11-21T11:00:00Z"));

            MaintenancePlan plan = Ensure.on(table).epoch("milliseconds").plan(NOON);

            assertThat(createdWithBounds(plan)).containsExactly("events_p20261116 FOR VALUES FROM (1794787200000) TO (1794873600000) "
                    + "/* 2026-11-16 00:00:00+00:00 to 2026-11-17 00:00:00+00:00 */");
            assertThat(holdingWrites(plan)).containsExactly("events_p20261116");
        }

        @Test
        void daysOfATimeZoneWithDaylightSavingAreItsLocalDays() {
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            Tables table = events().epochDays("2026-03-26", "2026-03-28", EpochUnit.SECONDS, berlin).defaultPartition();

            MaintenancePlan plan = Ensure.on(table).epoch("seconds").timeZone("Europe/Berlin").premake(2)
                    .plan(TestClock.at("2026-03-27T12:00:00Z"));

            assertThat(createdWithBounds(plan)).containsExactly(
                    "events_p20260328 FOR VALUES FROM (1774652400) TO (1774738800) /* 2026-03-28 00:00:00+01:00 to 2026-03-29 00:00:00+01:00 */",
                    "events_p20260329 FOR VALUES FROM (1774738800) TO (1774821600) /* 2026-03-29 00:00:00+01:00 to 2026-03-30 00:00:00+02:00 */");
        }

        static Stream<Arguments> refusals() {
            return Stream.of(
                    arguments("a timestamptz key", Ensure.on(Tables.timestamptz("events")).epoch("seconds"),
                            "epoch 'seconds' needs an integer or bigint column holding seconds since 1970-01-01 UTC; column 'created_at' "
                                    + "has type timestamp with time zone"),
                    arguments("seconds declared as milliseconds", Ensure.on(events().defaultPartition().maxKey(1795219200L)).epoch("milliseconds"),
                            "column 'created_ms' holds 1795219200, which as epoch milliseconds means 1970-01-21T18:40:19.200Z, not a time "
                                    + "from 1971-01-01 to 2126-11-21: its values are not milliseconds since 1970-01-01 UTC; read as seconds it "
                                    + "means 2026-11-21T00:00:00Z: set epoch 'seconds'"),
                    arguments("milliseconds in an integer", Ensure.on(Tables.keyedBy("events", "created_ms", "integer")).epoch("milliseconds"),
                            "column 'created_ms' of type integer cannot hold the partition bounds in epoch milliseconds: the partition bound "
                                    + "for 2026-11-21 00:00:00+00:00 is 1795219200000, beyond the integer range (-2147483648 to 2147483647); make "
                                    + "the column bigint"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refusals")
        void isRefusedBeforeAnythingChanges(String description, Ensure ensure, String problem) {
            assertThat(ensure.refusal(NOON)).containsExactly(problem);
        }
    }

    @Nested
    class HandMadePartitions {

        @Test
        void partitionsOnTheGridAreRecognisedByTheirBoundsWhateverTheirNameOrWidth() {
            Tables table = Tables.timestamptz("events").range("events_old", "MINVALUE", "2026-11-01")
                    .range("events_november", "2026-11-01", "2026-12-01").defaultPartition();

            MaintenancePlan plan = Ensure.on(table).retention("7 days").plan(NOON);

            assertThat(created(plan)).isEmpty();
            assertThat(concerned(plan, Effect.DROP)).containsExactly("events_old");
            assertThat(concerned(plan, Effect.DELETE_EXPIRED)).containsExactly("events_default", "events_november");
        }

        @Test
        void aNameTakenByAnotherRelationGetsANumber() {
            Tables table = Tables.timestamptz("events").days("2026-11-14", "2026-11-22").days("2026-11-23", "2026-11-26")
                    .otherRelation("events_p20261122");

            assertThat(created(Ensure.on(table).plan(NOON))).containsExactly("events_p20261122_2");
        }
    }

    @Nested
    class Refusals {

        static Stream<Arguments> refusals() {
            return Stream.of(
                    arguments("a missing table", Ensure.on(Tables.timestamptz("events")).tableMissing(),
                            "tableName 'events' names no table in the connection's current schema; give an existing table (names are "
                                    + "case-sensitive), and schemaName when it is in another schema"),
                    arguments("a plain table", Ensure.on(Tables.plain("events").column("created_at", "timestamptz")),
                            "\"public\".\"events\" is not partitioned; convert it first with convertToRangePartitioned"),
                    arguments("list partitions", Ensure.on(Tables.list("sales")),
                            "\"public\".\"sales\" is not range-partitioned on column 'region' alone (its partition key is [region])"),
                    arguments("another column", Ensure.on(Tables.timestamptz("events")).column("updated_at"),
                            "\"public\".\"events\" is not range-partitioned on column 'updated_at' alone (its partition key is [created_at])"),
                    arguments("a text key", Ensure.on(Tables.keyedBy("events", "label", "text")),
                            "column 'label' has type text; ensurePartitions maintains keys of type date, timestamp, timestamptz, smallint, "
                                    + "integer, bigint, or uuid holding UUIDv7 (keyEncoding uuidv7)"),
                    arguments("days of an integer key", Ensure.on(Tables.bigint("orders")),
                            "interval 'day' does not fit column 'id' of type bigint; use a whole number from 1 to 9223372036854775807"),
                    arguments("hours of a date key", Ensure.on(Tables.keyedBy("ledger", "booked_on", "date")).interval("hour"),
                            "interval 'hour' does not fit column 'booked_on' of type date; use day, week, month, quarter or year"),
                    arguments("a half-detached partition",
                            Ensure.on(Tables.timestamptz("events").days("2026-11-21", "2026-11-22").halfDetached("events_p20261121")),
                            "partition \"public\".\"events_p20261121\" is half-detached; finish it first with ALTER TABLE \"public\".\"events\" "
                                    + "DETACH PARTITION \"public\".\"events_p20261121\" FINALIZE"),
                    arguments("a partition off the grid",
                            Ensure.on(Tables.timestamptz("events").days("2026-11-21", "2026-11-25")
                                    .range("events_noon", "2026-11-25 12:00", "2026-11-26 12:00")),
                            "partitions do not align with interval 'day': \"public\".\"events_noon\" (FOR VALUES FROM "
                                    + "('2026-11-25 12:00:00+00') TO ('2026-11-26 12:00:00+00')). Every bound must be the start of an interval "
                                    + "('day' in the configured timeZone); fix or detach them, or choose the interval they were made with"),
                    arguments("UTC days maintained in another time zone",
                            Ensure.on(Tables.timestamptz("events").days("2026-11-21", "2026-11-23")).timeZone("Europe/Berlin"),
                            "partitions do not align with interval 'day': \"public\".\"events_p20261121\" (FOR VALUES FROM "
                                    + "('2026-11-21 00:00:00+00') TO ('2026-11-22 00:00:00+00')), \"public\".\"events_p20261122\" (FOR VALUES "
                                    + "FROM ('2026-11-22 00:00:00+00') TO ('2026-11-23 00:00:00+00')). Every bound must be the start of an "
                                    + "interval ('day' in the configured timeZone); fix or detach them, or choose the interval they were made with"),
                    arguments("integers off the grid", Ensure.on(Tables.bigint("orders").ids(500, 1500, 1000)).interval("1000"),
                            "partitions do not align with interval '1000': \"public\".\"orders_p500\" (FOR VALUES FROM ('500') TO ('1500')). "
                                    + "Every bound must be the start of an interval ('1000'); fix or detach them, or choose the interval they "
                                    + "were made with"),
                    arguments("a missing archive schema",
                            Ensure.on(Tables.timestamptz("events")).retention("7 days").retentionMode("archive").archiveSchemaMissing(),
                            "archiveSchema 'archive' does not exist; create it first, or name an existing schema (names are case-sensitive)"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("refusals")
        void eachProblemIsNamedWithWhatWouldBeAccepted(String description, Ensure ensure, String problem) {
            assertThat(ensure.refusal(NOON)).containsExactly(problem);
        }
    }
}
