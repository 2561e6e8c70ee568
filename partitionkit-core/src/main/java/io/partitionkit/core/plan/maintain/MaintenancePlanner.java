package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.AxisNow;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.EpochKey;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.grid.Retention;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.MaintenanceLock;
import io.partitionkit.core.plan.MaintenanceRecord;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.RevertMarker;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableChecks;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans {@code ensurePartitions}: (catalog facts, options, clock) to units of work that keep a
 * range-partitioned table healthy. Partitions are recognised by their bounds, never their names.
 *
 * <ul>
 *   <li>Coverage follows "now", the clock (time and epoch keys) or, for integer keys, the key head ({@link AxisNow}): after
 *       a run, partitions cover the current interval and {@code premake} more; holes from
 *       {@code premake + 1} intervals before now on (not before the oldest partition) are filled.
 *       Rows waiting in DEFAULT for a range get a partition and move into it, however old.</li>
 *   <li>Retention uses real bounds: a partition goes only when its upper bound is at or before the
 *       cutoff; the DEFAULT never. Expired rows no drop can reach (in DEFAULT and the partition
 *       spanning the cutoff) are deleted in batches within a time budget. For integer keys, retention
 *       is withheld while the head stands alone in its window (see {@link KeyHead#standsAlone}).</li>
 *   <li>Old partitions are frozen on {@code freezeColumns}, and unfrozen on columns no longer listed
 *       (see {@link FreezePlanner}).</li>
 * </ul>
 */
public final class MaintenancePlanner {


    private final TableSnapshot table;
    private final MaintenanceOptions options;
    private final MaintenanceFacts facts;
    private final Clock clock;
    private final PartitionGrid grid;
    private final RetryPolicy retry;

    private MaintenancePlanner(TableSnapshot table, MaintenanceOptions options, MaintenanceFacts facts, Clock clock,
                               PartitionGrid grid) {
        this.table = table;
        this.options = options;
        this.facts = facts;
        this.clock = clock;
        this.grid = grid;
        this.retry = RetryPolicy.of(options.lockTimeout(), facts.citus());
    }

    public static MaintenancePlan plan(MaintenanceFacts facts, MaintenanceOptions options, Clock clock) {
        TableSnapshot table = facts.table().orElseThrow(() -> PlanningException.missingTable("maintain", options.schema(), options.table()));
        Optional<String> revert = RevertMarker.unfinishedRevert(table.name(), table.partitioning());
        if (revert.isPresent()) {
            throw new PlanningException("cannot maintain " + table.name(), List.of(revert.get()));
        }
        List<String> problems = new ArrayList<>();
        PartitionGrid grid = checkedGrid(table, options, facts, clock, problems);
        if (grid != null) {
            problems.addAll(misaligned(table, grid));
            problems.addAll(FreezePlanner.problems(table, options));
        }
        if (facts.archiveSchemaMissing()) {
            problems.add(missingArchiveSchema(options.archiveSchema()));
        }
        facts.citus().filter(citus -> citus.kind() == CitusTable.Kind.REFERENCE).ifPresent(citus -> problems.add(table.name()
                + " is " + citus.describe() + ": Citus does not partition reference tables"));
        unusableTablespace("archiveTablespace", options.archiveTablespace(), facts.archiveTablespace()).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot maintain " + table.name(), problems);
        }
        return new MaintenancePlanner(table, options, facts, clock, grid).plan();
    }

    static String missingArchiveSchema(String archiveSchema) {
        return "archiveSchema '" + archiveSchema + "' does not exist; create it first, or name an existing schema "
                + "(names are case-sensitive)";
    }

    /** Why tables cannot move to the tablespace an attribute names; empty when they can, or when none is named. */
    static Optional<String> unusableTablespace(String attribute, String tablespace, MaintenanceFacts.TablespaceAccess access) {
        return switch (access) {
            case MISSING -> Optional.of(attribute + " '" + tablespace + "' does not exist; create it first (CREATE TABLESPACE, as a "
                    + "superuser), or name an existing tablespace (names are case-sensitive)");
            case NOT_CREATABLE -> Optional.of(attribute + " '" + tablespace + "': this role may not create in it; a superuser grants "
                    + "it with GRANT CREATE ON TABLESPACE " + Sql.ident(tablespace) + " TO <the migrator>, or name a tablespace it may "
                    + "create in");
            case NOT_NAMED, CREATABLE -> Optional.empty();
        };
    }

    /**
     * The grid of the table's partitions as the options describe them: an epoch key's checked against
     * its unit and the clock, a uuid key's against keyEncoding and, before its first range partition,
     * against how many of its keys are UUIDv7.
     */
    private static PartitionGrid checkedGrid(TableSnapshot table, MaintenanceOptions options, MaintenanceFacts facts, Clock clock,
                                             List<String> problems) {
        if (options.epoch() == null) {
            PartitionGrid grid = checkedGrid(table, options.column(), options.interval(), options.retention(), options.zone(), problems);
            if (grid == null) {
                return null;
            }
            Column key = table.column(options.column()).orElseThrow();
            Optional<String> mismatch = KeyEncoding.uuidMismatch(key.name(), key.type(), Optional.of(grid.keyType()), options.keyEncoding());
            mismatch.ifPresent(problems::add);
            facts.uuidVersions().flatMap(versions -> versions.mostlyOther(key.name())).ifPresent(problems::add);
            return mismatch.isPresent() ? null : grid;
        }
        Optional<Column> key = partitionKey(table, options.column(), problems);
        if (key.isEmpty()) {
            return null;
        }
        List<String> epoch = EpochKey.problems(options.epoch(), key.get(), options.interval(), options.zone(), options.premake(),
                facts.head().map(KeyHead::key), clock.instant());
        problems.addAll(epoch);
        if (!epoch.isEmpty()) {
            return null;
        }
        problems.addAll(TableChecks.halfDetached(table.name(), table.partitioning().partitions()));
        return PartitionGrid.of(KeyType.of(key.get().baseTypeName()).orElseThrow(), options.interval(), options.zone(), options.epoch());
    }

    /** The grid of the table's partitions for a key that is not an epoch key. */
    static PartitionGrid checkedGrid(TableSnapshot table, String column, PartitionInterval interval, Retention retention, ZoneId zone,
                                     List<String> problems) {
        Optional<Column> partitionKey = partitionKey(table, column, problems);
        if (partitionKey.isEmpty()) {
            return null;
        }
        Column key = partitionKey.get();
        Optional<KeyType> keyType = KeyType.of(key.baseTypeName());
        if (keyType.isEmpty()) {
            problems.add("column '" + key.name() + "' has type " + key.type() + "; ensurePartitions maintains keys of type "
                    + KeyType.SUPPORTED);
            return null;
        }
        if (!interval.fits(keyType.get())) {
            problems.add("interval '" + interval + "' does not fit column '" + key.name() + "' of type " + key.type()
                    + "; use " + PartitionInterval.acceptedFor(keyType.get()));
            return null;
        }
        if (retention != null && !retention.fits(keyType.get())) {
            problems.add("retention '" + retention + "' does not fit column '" + key.name() + "' of type " + key.type());
        }
        problems.addAll(TableChecks.halfDetached(table.name(), table.partitioning().partitions()));
        return PartitionGrid.of(keyType.get(), interval, zone);
    }

    /** The partition key's column, when the table is range-partitioned on that column alone. */
    private static Optional<Column> partitionKey(TableSnapshot table, String column, List<String> problems) {
        if (!table.isPartitioned()) {
            problems.add(table.name() + " is not partitioned; convert it first with convertToRangePartitioned");
            return Optional.empty();
        }
        if (!table.partitioning().isRange() || !table.partitioning().keyColumns().equals(List.of(column))) {
            problems.add(table.name() + " is not range-partitioned on column '" + column + "' alone (its partition key is "
                    + table.partitioning().keyColumns() + ")");
            return Optional.empty();
        }
        return table.column(column);
    }

    /** Partitions whose bounds are not on the interval's grid: the run would not know how to continue them. */
    private static List<String> misaligned(TableSnapshot table, PartitionGrid grid) {
        List<String> names = new ArrayList<>();
        for (Partition partition : table.partitioning().partitions()) {
            if (partition.isDefault()) {
                continue;
            }
            Optional<PartitionRange> range = grid.range(partition);
            if (range.isEmpty() || !grid.isAligned(range.get())) {
                names.add(partition.name() + " (" + partition.boundText() + ")");
            }
        }
        return names.isEmpty() ? List.of() : List.of("partitions do not align with interval '" + grid.interval() + "': "
                + String.join(", ", names)
                + ". Every bound must be the start of an interval ('" + grid.interval() + "'" + (grid.hasClock()
                ? " in the configured timeZone" : "") + "); fix or detach them, or choose the interval they were made with");
    }

    /** A partition with its parsed range. */
    private record Existing(Partition partition, PartitionRange range) {
    }

    private MaintenancePlan plan() {
        List<Existing> existing = table.partitioning().partitions().stream().filter(p -> !p.isDefault())
                .map(p -> new Existing(p, grid.range(p).orElseThrow()))
                .sorted(Comparator.comparing(e -> e.range().lower())).toList();
        AxisNow now = AxisNow.of(grid, options.retention(), clock.instant(), options.zone(), facts.head());
        Bound current = grid.floor(now.reference());
        Bound end = grid.advance(current, options.premake() + 1);
        Optional<Bound> cutoff = now.cutoff();
        MaintenanceSteps steps = new MaintenanceSteps(table, facts, options, grid, retry, template(existing), deleteTimeBudget());
        List<MaintenancePlan.Unit> units = new ArrayList<>();

        List<Existing> expired = cutoff.map(c -> existing.stream().filter(e -> e.range().expiresBy(c)).toList()).orElse(List.of());
        expired.forEach(e -> units.add(steps.removal(e.partition())));
        if (options.archiveTablespace() != null) {
            // Archived by an earlier run that stopped before the move, or before archiveTablespace was set.
            facts.archived().stream().filter(archived -> !archived.livesIn(options.archiveTablespace()))
                    .forEach(archived -> units.add(steps.tablespaceMove(archived)));
        }

        Set<String> taken = new HashSet<>(table.schemaRelationNames());
        List<QualifiedName> spanningCutoff = new ArrayList<>();
        existing.stream().filter(e -> cutoff.isPresent() && e.range().spans(cutoff.get())).map(e -> e.partition().name())
                .forEach(spanningCutoff::add);
        Set<Bound> inDefault = rangesInDefault();
        for (PartitionRange range : toCreate(existing, current, end, cutoff, inDefault)) {
            QualifiedName partition = table.name().sibling(
                    Names.firstFree(TableNames.partition(table.name().name(), grid.nameSuffix(range.lower())), taken));
            units.add(steps.creation(partition, range, inDefault.contains(range.lower())));
            if (cutoff.isPresent() && range.spans(cutoff.get())) {
                spanningCutoff.add(partition); // rows moved into it from DEFAULT may have expired
            }
        }

        if (cutoff.isPresent() && options.deleteExpiredRows()) {
            List<QualifiedName> targets = new ArrayList<>();
            table.partitioning().defaultPartition().map(Partition::name).ifPresent(targets::add);
            targets.addAll(spanningCutoff);
            if (!targets.isEmpty()) {
                units.add(steps.expiredRowDeletion(targets, cutoff.get()));
            }
        }
        FreezePlanner freezing = new FreezePlanner(table, options, facts.freeze());
        Set<QualifiedName> leaving = new HashSet<>();
        expired.forEach(e -> leaving.add(e.partition().name()));
        units.addAll(freezing.units(FreezeFacts.newestFirst(table, grid), leaving, steps));

        Optional<String> withheld = now.withheld()
                .map(w -> w.explain(existing.stream().filter(e -> e.range().expiresBy(w.cutoff())).count()));
        long lockKey = MaintenanceLock.key(table.oid());
        String summary = "maintain " + table.name() + ": " + count(units, MaintenancePlan.Effect.CREATE) + " partition(s) to create up to "
                + grid.describe(end) + cutoff.map(c -> ", " + expired.size() + " expired partition(s) before " + grid.describe(c)).orElse("")
                + counted(units, MaintenancePlan.Effect.FREEZE, " partition(s) to freeze")
                + counted(units, MaintenancePlan.Effect.UNFREEZE, " partition(s) to unfreeze")
                + (withheld.isPresent() ? ", retention withheld" : "");
        String recording = "record the successful maintenance of " + table.name();
        if (units.isEmpty()) {
            // A table that needs nothing costs one transaction, which takes the lock for itself.
            return new MaintenancePlan(table.name(), summary, Optional.empty(), units, new MaintenancePlan.Unit(recording,
                    MaintenancePlan.Effect.RECORD, List.of(MaintenanceRecord.idleStep(table.name(), table.oid(), clock.instant(), retry))),
                    Optional.empty(), notes(freezing.notes()), withheld);
        }
        return new MaintenancePlan(table.name(), summary,
                Optional.of(Step.online("take the maintenance lock of " + table.name() + " (another run holding it means this one skips the "
                        + "table)", "SELECT pg_catalog.pg_try_advisory_lock(" + lockKey + ")", LockMode.NONE)),
                units,
                new MaintenancePlan.Unit(recording, MaintenancePlan.Effect.RECORD,
                        List.of(MaintenanceRecord.step(table.name(), clock.instant(), retry))),
                Optional.of(Step.online("release the maintenance lock of " + table.name(), "SELECT pg_catalog.pg_advisory_unlock(" + lockKey
                        + ")", LockMode.NONE)),
                notes(freezing.notes()),
                withheld);
    }

    /**
     * The intervals to create, unless a partition covers them or they expired: every one from
     * {@code premake + 1} intervals before now to {@code premake} after it (holes left by a late run
     * are filled, while a long-neglected table does not get years of empty partitions at once), and
     * every one, however old, that DEFAULT holds rows of.
     */
    private List<PartitionRange> toCreate(List<Existing> existing, Bound current, Bound end, Optional<Bound> cutoff,
                                          Set<Bound> inDefault) {
        Bound oldest = existing.stream().map(e -> e.range().lower().isValue() ? e.range().lower() : e.range().upper())
                .filter(Bound::isValue).min(Comparator.naturalOrder()).orElse(current);
        Bound start = current;
        for (int i = 0; i <= options.premake() && start.isAfter(oldest); i++) {
            start = grid.floor(Bound.of(start.value() - 1));
        }
        if (cutoff.isPresent()) {
            start = Bound.max(start, grid.floor(cutoff.get()));
        }
        TreeSet<Bound> lowers = new TreeSet<>();
        grid.ranges(start, end).forEach(range -> lowers.add(range.lower()));
        inDefault.stream().filter(lower -> lower.isBefore(end)).forEach(lowers::add);
        List<PartitionRange> ranges = new ArrayList<>();
        for (Bound lower : lowers) {
            PartitionRange range = new PartitionRange(lower, grid.next(lower));
            boolean covered = existing.stream().anyMatch(e -> e.range().overlaps(range));
            boolean expired = cutoff.isPresent() && range.expiresBy(cutoff.get());
            if (!covered && !expired) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /** The start of every range DEFAULT holds rows of, when they are to move; a NULL key or one beyond the type has none. */
    private Set<Bound> rangesInDefault() {
        Set<Bound> lowers = new HashSet<>();
        if (!options.moveDefaultRows()) {
            return lowers;
        }
        for (String bucket : facts.defaultBuckets()) {
            if (bucket == null) {
                continue;
            }
            try {
                lowers.add(grid.floor(grid.parse(bucket)));
            } catch (IllegalArgumentException outsideTheKeyType) {
                // a bucket beyond the type's range has no partition to go to; it stays in DEFAULT
            }
        }
        return lowers;
    }

    /** Storage parameters of new partitions: those of the newest range partition (a partitioned table has none). */
    private PartitionTemplate template(List<Existing> existing) {
        Optional<Partition> newest = existing.stream().reduce((a, b) -> b).map(Existing::partition);
        return PartitionTemplate.of(table, table.name(), facts.defaults().onTables(), newest.map(Partition::reloptions).orElse(List.of()),
                newest.map(Partition::toastReloptions).orElse(List.of()));
    }

    private static long count(List<MaintenancePlan.Unit> units, MaintenancePlan.Effect effect) {
        return units.stream().filter(u -> u.effect() == effect).count();
    }

    /** ", 3 partition(s) to freeze", or nothing when there are none. */
    private static String counted(List<MaintenancePlan.Unit> units, MaintenancePlan.Effect effect, String what) {
        long count = count(units, effect);
        return count == 0 ? "" : ", " + count + what;
    }

    /**
     * Deleting expired rows is one statement that commits batch after batch until its budget runs
     * out; a statement_timeout would cancel it part-way, so the budget stays within half of it.
     */
    private Duration deleteTimeBudget() {
        Duration half = facts.statementTimeout().value().dividedBy(2);
        return facts.statementTimeout().isSet() && half.compareTo(options.deleteTimeBudget()) < 0 ? half : options.deleteTimeBudget();
    }

    private List<String> notes(List<String> freezingNotes) {
        List<String> notes = new ArrayList<>();
        if (!deleteTimeBudget().equals(options.deleteTimeBudget())) {
            notes.add("statement_timeout is " + facts.statementTimeout().value().toMillis() + " ms for this session, so deleting expired "
                    + "rows stops after " + deleteTimeBudget().toMillis() + " ms instead of deleteTimeBudget " + options.deleteTimeBudget()
                    .toMillis() + " ms; the next run continues");
        }
        if (table.partitioning().defaultPartition().isEmpty()) {
            notes.add(table.name() + " has no DEFAULT partition: rows outside every partition are refused with an error");
        }
        if (facts.defaultBuckets().size() >= MaintenanceFacts.MAX_DEFAULT_BUCKETS) {
            notes.add("the DEFAULT partition holds rows of many ranges; this run moves the oldest, the next runs the rest");
        }
        notes.addAll(freezingNotes);
        return notes;
    }
}
