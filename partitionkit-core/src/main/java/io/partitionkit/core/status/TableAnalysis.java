package io.partitionkit.core.status;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.grid.AxisNow;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.RevertMarker;
import io.partitionkit.core.plan.TableChecks;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.PartitionStatus.Flag;
import io.partitionkit.core.status.TableStatus.IntervalSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one partitioned table: (facts, policy, clock) to its {@link TableStatus}. Partitions are
 * recognised by their bounds, never their names, as maintenance does.
 */
final class TableAnalysis {

    private final TableFacts facts;
    private final Clock clock;
    private final Duration maxMaintenanceAge;
    private final List<StatusWarning> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<QualifiedName, Set<Flag>> flags = new HashMap<>();

    private TableAnalysis(TableFacts facts, Clock clock, Duration maxMaintenanceAge) {
        this.facts = facts;
        this.clock = clock;
        this.maxMaintenanceAge = maxMaintenanceAge;
    }

    /**
     * {@code policy} is the table's {@code ensurePartitions} policy, null when it has none;
     * {@code maxMaintenanceAge} how old the last successful maintenance may be, null for one interval.
     */
    static TableStatus analyze(TableFacts facts, StatusPolicy policy, Clock clock, Duration maxMaintenanceAge) {
        return new TableAnalysis(facts, clock, maxMaintenanceAge).run(policy);
    }

    /** A partition with its range read from the catalog's bound. */
    private record Ranged(Partition partition, PartitionRange range) {
    }

    private TableStatus run(StatusPolicy policy) {
        facts.partitioning().partitions().forEach(p -> flags.put(p.name(), initialFlags(p)));
        checkDefaultPartition();
        checkDetachPending();
        Optional<KeyType> keyType = checkedKeyType();
        if (keyType.isEmpty()) {
            checkMaintenance(policy, null);
            return status(null, Optional.empty(), IntervalSource.UNKNOWN, null, null, List.of(), null);
        }
        StatusPolicy applied = applicable(policy, keyType.get());
        if (policy == null) {
            notes.add("no ensurePartitions change for this table: the interval is inferred from the bounds and retention is not checked");
        }
        PartitionGrid reader = reader(keyType.get());
        List<Ranged> ranged = ranged(reader);
        PartitionGrid grid;
        IntervalSource source;
        if (applied != null) {
            grid = PartitionGrid.of(keyType.get(), applied.interval(), applied.zone(), applied.keyEncoding());
            source = IntervalSource.POLICY;
            checkAlignment(ranged, grid, applied);
        } else {
            Optional<PartitionInterval> inferred = IntervalInference.infer(keyType.get(), ranged.stream().map(Ranged::range).toList());
            grid = inferred.map(interval -> PartitionGrid.of(keyType.get(), interval, ZoneOffset.UTC)).orElse(null);
            source = inferred.isPresent() ? IntervalSource.INFERRED : IntervalSource.UNKNOWN;
            if (inferred.isEmpty() && !ranged.isEmpty()) {
                notes.add((keyType.get().isTime() ? "the bounds follow no single interval on the UTC calendar" : "the bounds follow no single width")
                        + ": give status the table's ensurePartitions change to check them against its interval");
            }
        }
        PartitionGrid display = grid == null ? reader : grid;
        checkGaps(ranged, display);
        AxisNow now = AxisNow.of(display, applied == null ? null : applied.retention(), clock.instant().truncatedTo(ChronoUnit.SECONDS),
                applied == null ? ZoneOffset.UTC : applied.zone(), facts.head());
        Coverage coverage = coverage(ranged, display, applied, now);
        if (applied != null && applied.retention() != null) {
            checkRetention(ranged, display, applied, now);
        }
        checkMaintenance(policy, grid);
        return status(grid == null ? null : grid.interval().toString(), MaintenanceAge.length(grid), source, applied, display, ranged, coverage);
    }

    private static Set<Flag> initialFlags(Partition partition) {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        if (partition.isDefault()) {
            set.add(Flag.DEFAULT);
        }
        if (partition.detachPending()) {
            set.add(Flag.DETACH_PENDING);
        }
        if (partition.partitioned()) {
            set.add(Flag.SUB_PARTITIONED);
        }
        return set;
    }

    private void checkDefaultPartition() {
        Optional<Partition> defaultPartition = facts.partitioning().defaultPartition();
        Optional<String> revert = RevertMarker.unfinishedRevert(facts.table(), facts.partitioning());
        if (revert.isPresent()) {
            warn(StatusWarning.Kind.REVERT_UNFINISHED, revert.get());
        } else if (defaultPartition.isPresent() && facts.defaultRows() > 0) {
            long notUuidv7 = facts.defaultRowsNotUuidv7().orElse(0L);
            if (notUuidv7 > 0) {
                notes.add("the DEFAULT partition " + defaultPartition.get().name() + " holds " + rowCount(notUuidv7) + " whose UUIDs are not "
                        + "version 7: their bits tell no time, so maintenance never moves or deletes them; they stay there until the "
                        + "application deletes them");
            }
            if (facts.defaultRows() > notUuidv7) {
                warn(StatusWarning.Kind.DEFAULT_ROWS, "the DEFAULT partition " + defaultPartition.get().name() + " holds "
                        + rowCount(facts.defaultRows() - notUuidv7) + " that no other partition covers; ensurePartitions moves them into the "
                        + "partitions it creates for them");
            }
        } else if (defaultPartition.isEmpty() && facts.partitioning().isRange()) {
            notes.add("no DEFAULT partition: rows outside every partition are refused with an error");
        }
    }

    private void checkDetachPending() {
        TableChecks.halfDetached(facts.table(), facts.partitioning().partitions())
                .forEach(message -> warn(StatusWarning.Kind.DETACH_PENDING, message));
    }

    /** The key type when the table is range-partitioned on one column of a type partitionkit handles. */
    private Optional<KeyType> checkedKeyType() {
        if (!facts.partitioning().isRange()) {
            notes.add("not range-partitioned: its partitions are listed, not checked");
            return Optional.empty();
        }
        Column key = facts.keyColumn();
        if (key == null) {
            notes.add("the partition key has several columns or an expression: its partitions are listed, not checked");
            return Optional.empty();
        }
        Optional<KeyType> keyType = KeyType.of(key.baseTypeName());
        if (keyType.isEmpty()) {
            notes.add("partitionkit does not partition on " + key.type() + " keys: the partitions are listed, not checked");
        }
        return keyType;
    }

    /** The policy when it describes this table's key; a policy that does not is reported and set aside. */
    private StatusPolicy applicable(StatusPolicy policy, KeyType keyType) {
        if (policy == null) {
            return null;
        }
        Column key = facts.keyColumn();
        if (!policy.column().equals(key.name())) {
            warn(StatusWarning.Kind.POLICY_MISMATCH, "its ensurePartitions change names column '" + policy.column() + "', but the table is partitioned on '"
                    + key.name() + "': maintenance will refuse it (checked against the bounds instead)");
            return null;
        }
        if (!PartitionGrid.fits(keyType, policy.interval(), policy.keyEncoding())) {
            warn(StatusWarning.Kind.POLICY_MISMATCH, "its ensurePartitions interval '" + policy.interval() + "'" + (policy.keyEncoding() instanceof EpochUnit
                    ? " with epoch '" + policy.keyEncoding() + "'" : "") + " does not fit the " + key.type() + " key: maintenance will refuse "
                    + "it (checked against the bounds instead)");
            return null;
        }
        Optional<String> uuidMismatch = KeyEncoding.uuidMismatch(key.name(), key.type(), Optional.of(keyType), policy.keyEncoding());
        if (uuidMismatch.isPresent()) {
            warn(StatusWarning.Kind.POLICY_MISMATCH, "its ensurePartitions change does not fit: " + uuidMismatch.get()
                    + "; maintenance will refuse it (checked against the bounds instead)");
            return null;
        }
        return policy;
    }

    private List<Ranged> ranged(PartitionGrid reader) {
        List<Ranged> ranged = new ArrayList<>();
        for (Partition partition : facts.partitioning().partitions()) {
            reader.range(partition).ifPresent(range -> ranged.add(new Ranged(partition, range)));
        }
        ranged.sort(Comparator.comparing(r -> r.range().lower()));
        return ranged;
    }

    private void checkAlignment(List<Ranged> ranged, PartitionGrid grid, StatusPolicy policy) {
        List<String> off = new ArrayList<>();
        for (Ranged r : ranged) {
            if (!grid.isAligned(r.range())) {
                flags.get(r.partition().name()).add(Flag.MISALIGNED);
                off.add(r.partition().name().toString());
            }
        }
        if (!off.isEmpty()) {
            warn(StatusWarning.Kind.MISALIGNED, off.size() + " partition(s) do not start and end on " + policy.interval() + " boundaries"
                    + (grid.hasClock() ? " in time zone " + policy.zone() : "") + ": " + String.join(", ", off)
                    + "; ensurePartitions refuses the table until they are fixed or detached");
        }
    }

    private void checkGaps(List<Ranged> ranged, PartitionGrid display) {
        for (int i = 1; i < ranged.size(); i++) {
            Ranged before = ranged.get(i - 1);
            Ranged after = ranged.get(i);
            if (before.range().upper().isBefore(after.range().lower())) {
                warn(StatusWarning.Kind.GAP, "no partition covers [" + text(display, before.range().upper()) + ", " + text(display, after.range().lower())
                        + ") between " + before.partition().name() + " and " + after.partition().name() + ": rows there "
                        + homeOfUncoveredRows());
            }
        }
    }

    private Coverage coverage(List<Ranged> ranged, PartitionGrid display, StatusPolicy policy, AxisNow now) {
        if (!display.hasClock() && facts.head().isEmpty()) {
            notes.add("the table has no rows: coverage is checked from key 0, where maintenance starts");
        }
        facts.head().flatMap(KeyHead::unreadableSequence).ifPresent(sequence -> notes.add("this role may not read sequence " + sequence
                + " (it needs SELECT on it), so the key head is the largest key, which a key chosen by a client can move; "
                + "maintenance, run by the table's owner, reads it"));
        Bound reference = now.reference();
        String referenceText = now.referenceName() + " (" + text(display, reference) + ")";
        Optional<Ranged> current = ranged.stream().filter(r -> r.range().contains(reference)).findFirst();
        if (current.isEmpty()) {
            warn(StatusWarning.Kind.UNCOVERED, "no partition covers " + referenceText + ": new rows " + homeOfUncoveredRows());
            return new Coverage(text(display, reference), now.referenceName(), display.hasClock(), null, null, 0);
        }
        flags.get(current.get().partition().name()).add(Flag.CURRENT);
        Ranged last = current.get();
        int ahead = 0;
        for (Ranged next : ranged) {
            if (next.range().lower().equals(last.range().upper())) {
                last = next;
                ahead++;
            }
        }
        int minimum = policy == null ? 1 : policy.minimumAhead();
        if (last.range().upper().isValue() && ahead < minimum) {
            warn(StatusWarning.Kind.PREMADE_LOW, policy == null
                    ? "no partition follows the current one, which ends at " + text(display, last.range().upper()) + ": rows after that "
                            + homeOfUncoveredRows()
                    : "partitions reach only " + ahead + " beyond the current one (until " + text(display, last.range().upper())
                            + "), premake is " + policy.premake() + ": has maintenance stopped running?");
        }
        return new Coverage(text(display, reference), now.referenceName(), display.hasClock(), current.get().partition().name(),
                text(display, last.range().upper()), ahead);
    }

    private void checkRetention(List<Ranged> ranged, PartitionGrid display, StatusPolicy policy, AxisNow now) {
        now.withheld().ifPresent(withheld -> warn(StatusWarning.Kind.RETENTION_WITHHELD, withheld.explain(
                ranged.stream().filter(r -> r.range().expiresBy(withheld.cutoff())).count())));
        if (now.cutoff().isEmpty()) {
            return;
        }
        Bound cutoff = now.cutoff().get();
        List<String> expired = new ArrayList<>();
        for (Ranged r : ranged) {
            if (r.range().expiresBy(cutoff)) {
                flags.get(r.partition().name()).add(Flag.EXPIRED);
                expired.add(r.partition().name().toString());
            }
        }
        if (!expired.isEmpty()) {
            warn(StatusWarning.Kind.EXPIRED, expired.size() + " expired partition(s) still present (retention " + policy.retention() + ": keys before "
                    + text(display, cutoff) + " have expired): " + String.join(", ", expired) + "; maintenance removes them");
        }
    }

    /**
     * Whether maintenance last succeeded recently enough: within {@code maxMaintenanceAge}, by default
     * one interval of a time grid (one day for integer keys, whose interval is no time). A table with
     * an ensurePartitions change and no record at all is warned about too.
     */
    private void checkMaintenance(StatusPolicy policy, PartitionGrid grid) {
        Optional<Instant> last = facts.lastMaintenance();
        if (last.isEmpty()) {
            if (policy != null) {
                warn(StatusWarning.Kind.MAINTENANCE_NEVER, "no successful maintenance is recorded for it: run its ensurePartitions "
                        + "change (partition:maintain, liquibase update)");
            }
            return;
        }
        Duration limit = maxMaintenanceAge != null ? maxMaintenanceAge : MaintenanceAge.oneInterval(grid);
        Duration age = Duration.between(last.get(), clock.instant());
        if (age.compareTo(limit) > 0) {
            warn(StatusWarning.Kind.MAINTENANCE_STALE, "maintenance last succeeded at " + last.get() + ", " + MaintenanceAge.describe(age)
                    + " ago, more than " + MaintenanceAge.describe(limit) + (maxMaintenanceAge != null ? " (maxMaintenanceAge)" : "")
                    + ": has it stopped running?");
        }
    }

    private void warn(StatusWarning.Kind kind, String message) {
        warnings.add(new StatusWarning(kind, message));
    }

    private String homeOfUncoveredRows() {
        return facts.partitioning().defaultPartition().isPresent()
                ? "go to the DEFAULT partition"
                : "are refused with an error (there is no DEFAULT partition)";
    }

    private TableStatus status(String interval, Optional<Duration> intervalLength, IntervalSource source, StatusPolicy policy,
                               PartitionGrid display, List<Ranged> ranged, Coverage coverage) {
        List<PartitionStatus> partitions = new ArrayList<>();
        Set<QualifiedName> listed = new HashSet<>();
        for (Ranged r : ranged) {
            partitions.add(partition(r.partition(), text(display, r.range().lower()), text(display, r.range().upper())));
            listed.add(r.partition().name());
        }
        List<Partition> rest = facts.partitioning().partitions().stream().filter(p -> !listed.contains(p.name()))
                .sorted(Comparator.comparing(Partition::isDefault).thenComparing(p -> p.name().toString())).toList();
        for (Partition partition : rest) {
            partitions.add(partition(partition, partition.isDefault() ? "DEFAULT" : partition.boundText(), ""));
        }
        return new TableStatus(facts.table(), partitionedBy(), facts.keyColumn() == null ? null : facts.keyColumn().name(), interval,
                intervalLength, source, policy, partitions, coverage, facts.lastMaintenance(),
                warnings, notes, facts.defaultRowsNotUuidv7());
    }

    private PartitionStatus partition(Partition partition, String from, String to) {
        PartitionVolume volume = facts.volume(partition.name());
        long rows = partition.isDefault() ? facts.defaultRows() : volume.estimatedRows();
        return new PartitionStatus(partition.name(), from, to, rows, volume.bytes(), flags.get(partition.name()));
    }

    private String partitionedBy() {
        String strategy = switch (facts.partitioning().strategy()) {
            case 'r' -> "range";
            case 'l' -> "list";
            case 'h' -> "hash";
            default -> "partitioned";
        };
        String keys = facts.partitioning().keyColumns().stream().map(k -> k == null ? "(expression)" : k).collect(Collectors.joining(", "));
        Column key = facts.keyColumn();
        return strategy + " on " + keys + (key == null ? "" : " (" + key.type() + ")");
    }

    /** A grid that reads bounds of the key type: reading does not depend on the width or the zone. */
    static PartitionGrid reader(KeyType keyType) {
        PartitionInterval any = keyType.isTime() ? new PartitionInterval.Calendar(PartitionInterval.Unit.DAY) : new PartitionInterval.Width(1);
        return PartitionGrid.of(keyType, any, ZoneOffset.UTC);
    }

    /** A bound for people: MINVALUE, MAXVALUE or the value without SQL quotes. */
    private static String text(PartitionGrid grid, Bound bound) {
        String literal = grid.describe(bound);
        return literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'") ? literal.substring(1, literal.length() - 1) : literal;
    }

    private static String rowCount(long rows) {
        return rows > TableFacts.DEFAULT_ROWS_COUNTED_UP_TO
                ? String.format(Locale.ROOT, "more than %,d rows", TableFacts.DEFAULT_ROWS_COUNTED_UP_TO)
                : String.format(Locale.ROOT, "%,d row(s)", rows);
    }
}
