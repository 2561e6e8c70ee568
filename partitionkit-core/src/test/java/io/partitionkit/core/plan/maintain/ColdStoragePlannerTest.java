package io.partitionkit.core.plan.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.catalog.ArchivedTable;
import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.plan.ArchiveMarker;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenancePlan.Effect;
import io.partitionkit.core.plan.maintain.MaintenancePlan.Unit;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.Planning;
import io.partitionkit.testing.Tables;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cold storage: retention's archive mode moving archived partitions to archiveTablespace (and
 * finishing a move an earlier run left), and restorePartitions attaching archived partitions again.
 * The clock is {@link io.partitionkit.testing.TestClock#NOON}, 2026-11-21 12:00 UTC.
 */
class ColdStoragePlannerTest {

    private static final QualifiedName EVENTS = new QualifiedName("public", "events");

    private static String bound(String day, String next) {
        return "FOR VALUES FROM ('" + day + " 00:00:00+00') TO ('" + next + " 00:00:00+00')";
    }

    /** The bound as the planner writes it. */
    private static String written(String day, String next) {
        return "FOR VALUES FROM ('" + day + " 00:00:00+00:00') TO ('" + next + " 00:00:00+00:00')";
    }

    /** A table archive mode left in schema archive, with its note, in {@code tablespace} (its index too). */
    private static ArchivedTable archived(String name, String day, String next, String tablespace) {
        return new ArchivedTable(new QualifiedName("archive", name), Tables.OWNER, ArchiveMarker.comment(null, EVENTS, bound(day, next)),
                tablespace, List.of(tablespace), 8192, List.of(), false, false);
    }

    @Nested
    class Archive {

        private Ensure archiving() {
            return Ensure.on(Tables.timestamptz("events").days("2026-11-12", "2026-11-16").defaultPartition()).retention("7 days")
                    .retentionMode("archive");
        }

        @Test
        void anArchivedPartitionIsNotedThenMovedToTheTablespaceInAStepOfItsOwn() {
            MaintenancePlan plan = archiving().archiveTablespace("cold").plan(NOON);

            Unit unit = plan.units().stream().filter(u -> u.effect() == Effect.ARCHIVE).findFirst().orElseThrow();
            assertThat(unit.steps()).hasSize(2);
            assertThat(unit.steps().get(0).sql()).contains("SET SCHEMA \"archive\"", "COMMENT ON TABLE \"archive\".\"events_p20261112\" IS "
                    + "'partitionkit: archived partition of \"public\".\"events\" " + bound("2026-11-12", "2026-11-13").replace("'", "''") + "'")
                    .doesNotContain("TABLESPACE");
            Step move = unit.steps().get(1);
            assertThat(move.description()).isEqualTo("move \"archive\".\"events_p20261112\" and its indexes to tablespace \"cold\" "
                    + "(rewrites them; readers of \"archive\".\"events_p20261112\" wait)");
            assertThat(move.lock()).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
            assertThat(move.boundedByLockTimeout()).isTrue();
            assertThat(move.sql()).contains("ALTER TABLE \"archive\".\"events_p20261112\" SET TABLESPACE \"cold\"",
                    "EXECUTE 'ALTER INDEX ' || pkit_index || ' SET TABLESPACE \"cold\"';", "lock_timeout");
        }

        @Test
        void withoutArchiveTablespaceNothingMoves() {
            MaintenancePlan plan = archiving().archived(archived("events_p20261101", "2026-11-01", "2026-11-02", "pg_default")).plan(NOON);

            assertThat(plan.units()).extracting(Unit::effect).doesNotContain(Effect.MOVE);
            assertThat(plan.steps()).extracting(Step::sql).noneMatch(sql -> sql.contains("TABLESPACE"));
        }

        @Test
        void whatAnEarlierRunArchivedOutsideTheTablespaceMovesThere() {
            MaintenancePlan plan = archiving().archiveTablespace("cold").archived(
                    archived("events_p20261101", "2026-11-01", "2026-11-02", "pg_default"),
                    archived("events_p20261102", "2026-11-02", "2026-11-03", "cold"),
                    new ArchivedTable(new QualifiedName("archive", "events_p20261103"), Tables.OWNER,
                            ArchiveMarker.comment(null, EVENTS, bound("2026-11-03", "2026-11-04")), "cold", List.of("pg_default"), 8192, List.of(),
                            false, false))
                    .plan(NOON);

            assertThat(plan.units()).filteredOn(u -> u.effect() == Effect.MOVE).extracting(Unit::name).containsExactly(
                    "move \"archive\".\"events_p20261101\" to tablespace cold", "move \"archive\".\"events_p20261103\" to tablespace cold");
        }

        @Test
        void aMissingTablespaceOrOneTheRoleMayNotCreateInIsRefusedBeforeAnyStatement() {
            assertThat(archiving().archiveTablespace("cold").tablespaceAccess(MaintenanceFacts.TablespaceAccess.MISSING).refusal(NOON))
                    .containsExactly("archiveTablespace 'cold' does not exist; create it first (CREATE TABLESPACE, as a superuser), or name "
                            + "an existing tablespace (names are case-sensitive)");
            assertThat(archiving().archiveTablespace("cold").tablespaceAccess(MaintenanceFacts.TablespaceAccess.NOT_CREATABLE).refusal(NOON))
                    .containsExactly("archiveTablespace 'cold': this role may not create in it; a superuser grants it with GRANT CREATE "
                            + "ON TABLESPACE \"cold\" TO <the migrator>, or name a tablespace it may create in");
        }

        @Test
        void archiveTablespaceIsOnlyForArchiveMode() {
            assertThatThrownBy(() -> MaintenanceOptions.parse(null, "events", "created_at", "day", 3, "7 days", "detach", null, null, null,
                    null, null, null, null, null, null, null, "cold", null)).isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems())
                    .containsExactly("archiveTablespace 'cold' is only used with retentionMode archive (with archiveSchema), not detach"));
        }
    }

    @Nested
    class Restore {

        private final Tables events = Tables.timestamptz("events").days("2026-11-14", "2026-11-22").defaultPartition();

        private Plan plan(RestoreOptions options, List<ArchivedTable> archived, Map<String, Long> defaultRows) {
            return RestorePlanner.plan(new RestoreFacts(Optional.of(events.snapshot()), false,
                    MaintenanceFacts.TablespaceAccess.NOT_NAMED, archived, defaultRows), options);
        }

        private RestoreOptions options(String from, String to) {
            return RestoreOptions.parse(null, "events", "created_at", "day", from, to, "archive", null, null, null);
        }

        private final List<ArchivedTable> archive = List.of(archived("events_p20261110", "2026-11-10", "2026-11-11", "pg_default"),
                archived("events_p20261111", "2026-11-11", "2026-11-12", "pg_default"),
                archived("events_p20261112", "2026-11-12", "2026-11-13", "pg_default"));

        @Test
        void eachArchivedTableMeetingTheRangeIsProvedByAValidatedCheckThenAttached() {
            Plan plan = plan(options("2026-11-11", "2026-11-12T06:00"), archive, Map.of());

            assertThat(plan.steps()).extracting(Step::description).containsExactly(
                    "add CHECK events_p20261111_partition_bound (the bounds " + written("2026-11-11", "2026-11-12") + ") to "
                            + "\"archive\".\"events_p20261111\" without reading its rows",
                    "validate CHECK events_p20261111_partition_bound on \"archive\".\"events_p20261111\" (reads its rows; "
                            + "\"public\".\"events\" is not locked)",
                    "attach \"archive\".\"events_p20261111\" to \"public\".\"events\" as \"public\".\"events_p20261111\" "
                            + written("2026-11-11", "2026-11-12") + " (its CHECK proves the bounds: no scan)",
                    "add CHECK events_p20261112_partition_bound (the bounds " + written("2026-11-12", "2026-11-13") + ") to "
                            + "\"archive\".\"events_p20261112\" without reading its rows",
                    "validate CHECK events_p20261112_partition_bound on \"archive\".\"events_p20261112\" (reads its rows; "
                            + "\"public\".\"events\" is not locked)",
                    "attach \"archive\".\"events_p20261112\" to \"public\".\"events\" as \"public\".\"events_p20261112\" "
                            + written("2026-11-12", "2026-11-13") + " (its CHECK proves the bounds: no scan)");
            assertThat(plan.steps().get(0).sql()).contains("ADD CONSTRAINT \"events_p20261111_partition_bound\" CHECK (\"created_at\" >= "
                    + "'2026-11-11 00:00:00+00:00' AND \"created_at\" < '2026-11-12 00:00:00+00:00') NOT VALID");
            assertThat(plan.steps().get(1).lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
            assertThat(plan.steps().get(2).sql()).containsSubsequence("SET SCHEMA \"public\"", "ATTACH PARTITION \"public\".\"events_p20261111\" "
                    + written("2026-11-11", "2026-11-12"), "DROP CONSTRAINT \"events_p20261111_partition_bound\"",
                    "COMMENT ON TABLE \"public\".\"events_p20261111\" IS NULL");
        }

        @Test
        void aRangeOverlappingAnExistingPartitionIsRefusedByName() {
            List<ArchivedTable> stale = List.of(archived("events_p20261114", "2026-11-14", "2026-11-15", "pg_default"));

            assertThat(Planning.refusal(() -> plan(options("2026-11-14", "2026-11-15"), stale, Map.of()))).containsExactly(
                    "\"archive\".\"events_p20261114\" (" + written("2026-11-14", "2026-11-15") + ") overlaps partition "
                            + "\"public\".\"events_p20261114\" (" + bound("2026-11-14", "2026-11-15") + ") of \"public\".\"events\"; restore a "
                            + "range that leaves it out, or detach it first",
                    "\"archive\".\"events_p20261114\" (" + written("2026-11-14", "2026-11-15") + ") cannot move back to schema \"public\": a "
                            + "relation named \"events_p20261114\" is there; rename one of them first");
        }

        @Test
        void rowsOfTheRangeInDefaultAreRefusedUpFront() {
            assertThat(Planning.refusal(() -> plan(options("2026-11-10", "2026-11-11"), archive, Map.of("events_p20261110", 3L))))
                    .singleElement().asString().startsWith("the DEFAULT partition \"public\".\"events_default\" holds 3 row(s) with created_at "
                            + "in the range of \"archive\".\"events_p20261110\"");
        }

        @Test
        void aRangeNoArchivedTableHoldsIsRefused() {
            assertThat(Planning.refusal(() -> plan(options("2026-10-01", "2026-10-02"), archive, Map.of()))).singleElement().asString()
                    .startsWith("schema \"archive\" holds no table that retention archived from \"public\".\"events\" with keys from "
                            + "2026-10-01 to 2026-10-02");
        }

        @Test
        void aRangeItsPartitionsHoldAlreadyHasNothingLeftToRestore() {
            Plan plan = plan(options("2026-11-15", "2026-11-16"), archive, Map.of());

            assertThat(plan.steps()).isEmpty();
            assertThat(plan.summary()).endsWith("nothing left to restore (partitions hold that range already)");
        }

        @Test
        void fromAndToAreKeysOfTheInterval() {
            assertThatThrownBy(() -> RestoreOptions.parse(null, "events", "created_at", "day", "yesterday", null, "archive", null, null, null))
                    .isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems()).containsExactly(
                            "from 'yesterday' is not an ISO date or date-time such as 2026-11-14 or 2026-11-14T06:00 (optionally with an "
                                    + "offset such as +01:00 or Z; without one, in timeZone)",
                            "to is required: where the range to restore ends"));
            assertThatThrownBy(() -> RestoreOptions.parse(null, "orders", "id", "1000", "2026-11-14", "5000", null, null, null, null))
                    .isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems()).containsExactly(
                            "from '2026-11-14' is not a whole number (interval '1000' is for integer keys)", "archiveSchema is required"));
            assertThat(Planning.refusal(() -> plan(options("2026-11-12", "2026-11-11"), archive, Map.of()))).containsExactly(
                    "from '2026-11-12' is not before to '2026-11-11': give the range to restore, from its first key to the key after its last");
        }
    }
}
