package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.ArchivedTable;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionBoundText;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.ArchiveMarker;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.plan.TablespaceMove;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans {@code restorePartitions}: the tables retention archived from a table (known by the note on
 * them) whose ranges meet {@code [from, to)} become its partitions again, with their rows, without
 * the partitioned table waiting on a scan. For each, oldest first: optionally a move to
 * {@code tablespace}; a {@code CHECK} of its bounds added NOT VALID and validated (the validation
 * reads the archived table only, under SHARE UPDATE EXCLUSIVE); then, in one short transaction, the
 * move back to the table's schema and {@code ATTACH PARTITION}, which the validated CHECK spares its
 * scan, and the CHECK dropped. Nothing is changed until everything is checked; a run stopped on the
 * way leaves each table archived or attached, and running it again restores the rest.
 */
public final class RestorePlanner {

    private final TableSnapshot table;
    private final RestoreOptions options;
    private final PartitionGrid grid;
    private final RetryPolicy retry;
    private final PartitionTemplate template;

    private RestorePlanner(TableSnapshot table, RestoreOptions options, PartitionGrid grid) {
        this.table = table;
        this.options = options;
        this.grid = grid;
        this.retry = RetryPolicy.of(options.lockTimeout());
        this.template = PartitionTemplate.of(table, table.name(), List.of());
    }

    /** An archived table to restore, with the range its note records. */
    private record Candidate(ArchivedTable archived, PartitionRange range) {
    }

    public static Plan plan(RestoreFacts facts, RestoreOptions options) {
        TableSnapshot table = facts.table().orElseThrow(() -> PlanningException.missingTable("restore partitions of", options.schema(),
                options.table()));
        List<String> problems = new ArrayList<>();
        PartitionGrid grid = MaintenancePlanner.checkedGrid(table, options.column(), options.interval(), null, options.zone(), problems);
        if (facts.archiveSchemaMissing()) {
            problems.add(MaintenancePlanner.missingArchiveSchema(options.archiveSchema()));
        }
        MaintenancePlanner.unusableTablespace("tablespace", options.tablespace(), facts.tablespace()).ifPresent(problems::add);
        if (grid != null && !options.from().on(grid).isBefore(options.to().on(grid))) {
            problems.add("from '" + options.fromText() + "' is not before to '" + options.toText() + "': give the range to restore, "
                    + "from its first key to the key after its last");
        }
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot restore partitions of " + table.name(), problems);
        }
        return new RestorePlanner(table, options, grid).plan(facts);
    }

    /** The grid the table's key and the options' interval make, when they fit each other. */
    static Optional<PartitionGrid> grid(TableSnapshot table, RestoreOptions options) {
        return table.column(options.column()).map(Column::baseTypeName).flatMap(KeyType::of).filter(options.interval()::fits)
                .map(keyType -> PartitionGrid.of(keyType, options.interval(), options.zone()));
    }

    /** The range an archived table's note records, when the grid reads it. */
    static Optional<PartitionRange> archivedRange(ArchivedTable archived, PartitionGrid grid) {
        return ArchiveMarker.parse(archived.comment()).flatMap(note -> PartitionBoundText.rangeLiterals(note.bound()))
                .flatMap(literals -> grid.range(literals.get(0), literals.get(1)));
    }

    /** Whether a range holds keys of {@code [from, to)}. */
    static boolean requested(PartitionRange range, PartitionGrid grid, RestoreOptions options) {
        return range.overlaps(new PartitionRange(options.from().on(grid), options.to().on(grid)));
    }

    private Plan plan(RestoreFacts facts) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ArchivedTable archived : facts.archived()) {
            // A note whose bound does not read as a range of this key cannot say which keys the table holds: it is left alone.
            archivedRange(archived, grid).filter(range -> requested(range, grid, options))
                    .ifPresent(range -> candidates.add(new Candidate(archived, range)));
        }
        candidates.sort(Comparator.comparing(c -> c.range().lower()));
        List<Partition> partitions = table.partitioning().partitions();
        if (candidates.isEmpty() && problems.isEmpty() && partitions.stream().noneMatch(this::holdsRequestedKeys)) {
            problems.add("schema " + Sql.ident(options.archiveSchema()) + " holds no table that retention archived from " + table.name()
                    + " with keys from " + options.fromText() + " to " + options.toText() + "; partitionkit restores only the tables its "
                    + "archive mode moved there (their comment carries its note): attach any other table yourself with ALTER TABLE ... "
                    + "ATTACH PARTITION");
        }
        for (int i = 0; i < candidates.size(); i++) {
            problems.addAll(refusals(candidates.get(i), i == 0 ? Optional.empty() : Optional.of(candidates.get(i - 1)), partitions, facts));
        }
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot restore partitions of " + table.name(), problems);
        }
        List<Step> steps = new ArrayList<>();
        candidates.forEach(candidate -> steps.addAll(restore(candidate)));
        String summary = candidates.isEmpty()
                ? "restore partitions of " + table.name() + " from " + options.fromText() + " to " + options.toText() + ": nothing left to "
                        + "restore (partitions hold that range already)"
                : "restore " + candidates.size() + " archived partition(s) of " + table.name() + " from schema " + options.archiveSchema()
                        + ": " + String.join(", ", candidates.stream().map(c -> c.archived().name().name()).toList());
        return new Plan(summary, steps, List.of());
    }

    private boolean holdsRequestedKeys(Partition partition) {
        return grid.range(partition).filter(range -> requested(range, grid, options)).isPresent();
    }

    /** What stops one archived table from becoming a partition again, each naming what is in the way. */
    private List<String> refusals(Candidate candidate, Optional<Candidate> previous, List<Partition> partitions, RestoreFacts facts) {
        List<String> problems = new ArrayList<>();
        ArchivedTable archived = candidate.archived();
        String described = archived.name() + " (" + bound(candidate.range()) + ")";
        for (Partition partition : partitions) {
            if (!partition.isDefault() && grid.range(partition).filter(candidate.range()::overlaps).isPresent()) {
                problems.add(described + " overlaps partition " + partition.name() + " (" + partition.boundText() + ") of " + table.name()
                        + "; restore a range that leaves it out, or detach it first");
            }
        }
        if (!grid.isAligned(candidate.range())) {
            problems.add(described + " does not align with interval '" + options.interval() + "' (in the configured timeZone), so "
                    + "ensurePartitions would refuse the table with it; name the interval the table is partitioned by");
        }
        previous.filter(p -> p.range().overlaps(candidate.range())).ifPresent(p -> problems.add(described + " overlaps "
                + p.archived().name() + " (" + bound(p.range()) + "), archived from " + table.name() + " as well; restore them one at a "
                + "time, or drop the one not wanted"));
        if (table.schemaRelationNames().contains(archived.name().name())) {
            problems.add(described + " cannot move back to schema " + Sql.ident(table.name().schema()) + ": a relation named "
                    + Sql.ident(archived.name().name()) + " is there; rename one of them first");
        }
        if (!archived.owner().equals(table.owner())) {
            problems.add(described + " is owned by " + archived.owner() + ", " + table.name() + " by " + table.owner()
                    + "; a partition has its table's owner: ALTER TABLE " + archived.name() + " OWNER TO " + Sql.ident(table.owner()));
        }
        Long defaultRows = facts.defaultRows().get(archived.name().name());
        if (defaultRows != null) {
            QualifiedName defaultPartition = table.partitioning().defaultPartition().map(Partition::name).orElseThrow();
            problems.add("the DEFAULT partition " + defaultPartition + " holds " + defaultRows + " row(s) with " + options.column()
                    + " in the range of " + described + "; ATTACH would refuse them. Move or delete them first (ensurePartitions with "
                    + "moveDefaultRows moves them into a new partition, which the restore would then overlap)");
        }
        return problems;
    }

    private String bound(PartitionRange range) {
        return PartitionTemplate.rangeBound(grid, range);
    }

    /** The steps that make one archived table a partition again. */
    private List<Step> restore(Candidate candidate) {
        List<Step> steps = new ArrayList<>();
        ArchivedTable archived = candidate.archived();
        QualifiedName from = archived.name();
        QualifiedName restored = table.name().sibling(from.name());
        String check = TableNames.boundCheck(from.name());
        String bound = bound(candidate.range());
        if (options.tablespace() != null && !archived.livesIn(options.tablespace())) {
            steps.add(TablespaceMove.step(from, options.tablespace(), retry));
        }
        boolean keyNullable = table.column(options.column()).map(column -> !column.notNull()).orElse(true);
        String rangeCheck = Ddl.rangeCheck(Sql.ident(options.column()), grid, candidate.range(), keyNullable);
        // A CHECK an interrupted run left is replaced: it may be unvalidated.
        steps.add(new LockedTransaction("add CHECK " + check + " (the bounds " + bound + ") to " + from + " without reading its rows", retry)
                .sql(Ddl.dropConstraintIfExists(from, check))
                .sql(Ddl.addConstraint(from, check, rangeCheck + " NOT VALID"))
                .toStep(LockMode.ACCESS_EXCLUSIVE));
        steps.add(Step.online("validate CHECK " + check + " on " + from + " (reads its rows; " + table.name() + " is not locked)",
                Ddl.validateConstraint(from, check), LockMode.SHARE_UPDATE_EXCLUSIVE));
        String originalComment = ArchiveMarker.parse(archived.comment()).map(ArchiveMarker.Parsed::originalComment).orElse(null);
        LockedTransaction attach = new LockedTransaction("attach " + from + " to " + table.name() + " as " + restored + " " + bound
                + " (its CHECK proves the bounds: no scan)", retry)
                .sql(Ddl.setSchema(from, table.name().schema()))
                .sql(Ddl.attachPartition(table.name(), restored, bound))
                .sql(Ddl.dropConstraint(restored, check))
                .sql(Ddl.commentOnTable(restored, originalComment))
                // Whatever was granted on it while archived would let a role read rows past the table's policies.
                .sql(template.accessOfExistingPartition(restored, archived.grantees(), archived.rowSecurity(), archived.forceRowSecurity()));
        template.replicaIdentityOfNewPartition(attach, restored);
        attach.plpgsql(DoBlock.raise("NOTICE", "partitionkit: restored partition % %", Sql.literal(restored.toString()), Sql.literal(bound)));
        // ATTACH takes SHARE UPDATE EXCLUSIVE on the table, and ACCESS EXCLUSIVE on its DEFAULT partition, which it reads (empty).
        steps.add(attach.toStep(table.partitioning().defaultPartition().isPresent() ? LockMode.ACCESS_EXCLUSIVE
                : LockMode.SHARE_UPDATE_EXCLUSIVE));
        return steps;
    }
}
