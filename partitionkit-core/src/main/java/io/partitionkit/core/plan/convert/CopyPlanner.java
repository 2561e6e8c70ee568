package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.Capture;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.FinishingSteps;
import io.partitionkit.core.plan.LeftBehind;
import io.partitionkit.core.plan.LiveTableCopy;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.PrimaryKeyMarker;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans {@code convertToRangePartitioned} with strategy copy: history goes into one partition per
 * range from the start. A trigger logs the key of every row written from the first step on. A new
 * partitioned table (the shadow) is created with every range as a standalone table, each carrying a
 * CHECK of its bounds. Newest range first, each is loaded in committed batches, gets its primary key
 * and indexes, and is attached without a scan (the CHECK proves the bounds), the CHECK then dropped.
 * The log is replayed, and one short transaction under lock_timeout replays the rest and gives the
 * shadow the table's name and properties; the old table stays aside as it was at that moment.
 * Running the plan again after a failure continues from what already exists: attached ranges are
 * done, a range being loaded resumes after its last row.
 */
final class CopyPlanner {

    /** More ranges than this is more likely a wrong interval or a stray key than a plan. */
    static final int MAX_RANGES = 1000;

    private static final String SHADOW_MARK = "partitionkit: strategy copy is filling this table from ";
    private static final Pattern SPAN = Pattern.compile(".*\\(key span (-?[0-9]+|MAX) (-?[0-9]+|MAX)\\)$");

    private final TableSnapshot table;
    private final ConversionOptions options;
    private final ConversionFacts facts;
    private final ConversionFacts.CopyProgress progress;
    private final Clock clock;
    private final RetryPolicy retry;
    private final CopyNames names;
    private final Constraint primaryKey;
    private final boolean widened;

    /** The ranges to copy, or why they cannot be known. */
    private record Planned(List<CopyRange> ranges, List<String> problems) {
    }

    /** The ranges an earlier run laid out, or why it is not one this run may continue. */
    private record Span(List<PartitionRange> ranges, Optional<String> problem) {

        static Span refused(String problem) {
            return new Span(List.of(), Optional.of(problem));
        }
    }

    /** One range of the copy and how far an earlier run got with it. */
    private record CopyRange(PartitionRange range, QualifiedName table, Optional<TableSnapshot> loading, boolean attached) {
    }

    private CopyPlanner(TableSnapshot table, ConversionOptions options, ConversionFacts facts, Clock clock) {
        this.table = table;
        this.options = options;
        this.facts = facts;
        this.progress = facts.copy().orElseThrow();
        this.clock = clock;
        this.retry = RetryPolicy.of(options.lockTimeout());
        this.names = new CopyNames(table, progress.shadow());
        this.primaryKey = table.primaryKey().orElse(null);
        this.widened = primaryKey != null && !primaryKey.columns().contains(options.column());
    }

    static Plan plan(TableSnapshot table, ConversionFacts facts, ConversionOptions options, Clock clock) {
        return new CopyPlanner(table, options, facts, clock).plan();
    }

    private Plan plan() {
        Optional<PartitionGrid> grid = ConversionPlanner.grid(table, options, facts, clock);
        Planned planned = grid.map(this::ranges).orElse(new Planned(List.of(), List.of()));
        List<CopyRange> ranges = planned.ranges();
        Set<String> own = new HashSet<>(progress.rangeTables().keySet());
        progress.shadow().ifPresent(shadow -> shadow.partitioning().partitions().forEach(p -> own.add(p.name().name())));
        List<String> newNames = ranges.stream().filter(r -> r.loading().isEmpty() && !r.attached()).map(r -> r.table().name()).toList();
        ConversionNames conversionNames = new ConversionNames(table, options, newNames, own);
        List<String> all = new ArrayList<>(ConversionChecks.problems(table, options, facts, conversionNames, clock));
        if (all.isEmpty()) {
            all.addAll(planned.problems());
            orderIndexRefusal().ifPresent(all::add);
            // Whether the copy resumes depends on the shadow being its own; a foreign one is refused above.
            all.addAll(capture().problems(progress.shadow().isPresent() && planned.problems().isEmpty(), names.shadow().toString()));
            table.constraint(names.rangeCheck()).ifPresent(check -> all.add(table.name() + " has constraint " + check.name()
                    + ", left by an interrupted conversion with strategy attach; run that conversion to its end, or drop the "
                    + "constraint, before converting with strategy copy"));
        }
        if (!all.isEmpty()) {
            throw new PlanningException("cannot convert " + table.name() + " to range partitions", all);
        }
        PartitionGrid keyGrid = grid.orElseThrow();
        LiveTableCopy rows = new LiveTableCopy(table, names.capture(), primaryKey.columns(), options.batchSize());
        List<Step> steps = new ArrayList<>(capture().steps(retry));
        boolean ownOrderIndex = orderIndex(steps);
        PartitionTemplate template = template();
        if (progress.shadow().isEmpty()) {
            steps.add(createShadow(keyGrid, ranges, template));
        } else {
            ranges.stream().filter(r -> r.loading().isEmpty() && !r.attached())
                    .forEach(r -> steps.add(createRangeTables(List.of(r), keyGrid, template, "create " + r.table() + " to load")));
        }
        RangeLoad rangeLoad = new RangeLoad(table, names.shadow(), options.column(), primaryKey.columns(), options.batchSize());
        List<CopyRange> pending = ranges.stream().filter(r -> !r.attached()).toList();
        for (int i = pending.size() - 1; i >= 0; i--) {
            steps.addAll(loadAndAttach(pending.get(i), keyGrid, rangeLoad, (pending.size() - i) + " of " + pending.size(), template));
        }
        if (!ranges.isEmpty()) {
            steps.add(Step.online("copy rows of " + table.name() + " written since planning with keys outside the copied ranges",
                    outsideRows(keyGrid, ranges), LockMode.ACCESS_SHARE));
        }
        steps.add(Step.online("replay rows written meanwhile into " + names.shadow(), rows.replay(), LockMode.ACCESS_SHARE));
        steps.add(new CopySwitch(table, options, conversionNames, widened, retry, facts.defaults(), names, rows, ownOrderIndex).toStep());
        steps.addAll(FinishingSteps.of(table.name(),
                table.incomingForeignKeys().stream().filter(IncomingForeignKey::validated).toList(), "partitioned table"));
        String summary = "convert " + table.name() + " (about " + Math.max(table.estimatedRows(), 0) + " rows) to "
                + options.interval() + " range partitions on " + Sql.ident(options.column()) + " (strategy copy): "
                + pending.size() + " of " + ranges.size() + " range(s) to load, newest first, in batches of " + options.batchSize()
                + "; the old table is kept aside as " + conversionNames.legacyTable();
        List<String> warnings = pending.isEmpty() ? List.of()
                : List.of(CopyWaitWarning.of(table.name(), table.estimatedRows(), pending.size()));
        return new Plan(summary, steps, warnings);
    }

    /** The ranges to copy: from the oldest key to premake intervals ahead, or those an earlier run laid out. */
    private Planned ranges(PartitionGrid grid) {
        List<String> problems = new ArrayList<>();
        Optional<TableSnapshot> shadow = progress.shadow();
        List<PartitionRange> planned;
        if (shadow.isPresent()) {
            Span span = earlierSpan(grid, shadow.get());
            span.problem().ifPresent(problems::add);
            planned = span.ranges();
        } else {
            Bound current = ConversionPlanner.currentInterval(grid, facts, clock);
            Bound end = grid.advance(current, options.premake() + 1);
            // The largest UUID may be of another version, whose bits tell no time: rows beyond the ranges go to DEFAULT.
            Optional<Bound> max = facts.maxKey().filter(key -> grid.placeableSql(options.column()).isEmpty()).map(grid::parse);
            if (max.isPresent() && !max.get().isBefore(end)) {
                end = grid.next(grid.floor(max.get()));
            }
            Bound start = progress.minKey().map(grid::parse).map(grid::floor).filter(min -> min.isBefore(current)).orElse(current);
            if (!start.isValue()) {
                start = grid.next(start); // keys below the type's first multiple of the interval go to DEFAULT
            }
            planned = grid.ranges(start, end);
            if (planned.size() > MAX_RANGES) {
                return new Planned(List.of(), List.of("the keys of " + table.name() + " span " + grid.describe(start) + " to "
                        + grid.describe(end) + ": " + planned.size() + " ranges of interval '" + options.interval() + "', more than "
                        + MAX_RANGES + " that strategy copy accepts; use a larger interval, or strategy attach (old rows stay in one "
                        + "partition)"));
            }
        }
        Set<String> attached = new HashSet<>();
        shadow.ifPresent(s -> s.partitioning().partitions().forEach(p -> attached.add(p.name().name())));
        List<CopyRange> ranges = new ArrayList<>();
        for (PartitionRange range : planned) {
            QualifiedName name = table.name().sibling(TableNames.partition(table.name().name(), grid.nameSuffix(range.lower())));
            Optional<TableSnapshot> loading = Optional.ofNullable(progress.rangeTables().get(name.name()));
            loading.flatMap(found -> LeftBehind.tableRefusal(found, 'r', new LeftBehind.Expected("the range table for a copy of "
                    + table.name(), rangeMarker(grid, range), table.owner()))).ifPresent(problems::add);
            ranges.add(new CopyRange(range, name, loading, attached.contains(name.name())));
        }
        Set<String> plannedNames = new HashSet<>(ranges.stream().map(r -> r.table().name()).toList());
        for (String leftover : progress.rangeTables().keySet()) {
            if (!plannedNames.contains(leftover)) {
                problems.add(table.name().sibling(leftover) + " was being loaded by an earlier copy that planned other ranges "
                        + "(another interval?); finish that conversion with its own attributes, or drop it to start over");
            }
        }
        return new Planned(ranges, problems);
    }

    /** The span an earlier run wrote into the shadow's comment; its ranges stay fixed, new keys go to DEFAULT. */
    private Span earlierSpan(PartitionGrid grid, TableSnapshot shadow) {
        String mark = SHADOW_MARK + table.name() + " (key span ";
        Matcher span = shadow.comment() == null || !shadow.comment().startsWith(mark) ? null : SPAN.matcher(shadow.comment());
        Optional<String> notOurs = LeftBehind.tableRefusal(shadow, 'p', new LeftBehind.Expected("the partitioned table for a copy of "
                + table.name(), span != null && span.matches() ? shadow.comment() : mark + "...)", facts.defaults().creator()));
        if (notOurs.isPresent()) {
            return Span.refused(notOurs.get());
        }
        if (!shadow.partitioning().keyColumns().equals(List.of(options.column()))) {
            return Span.refused(shadow.name() + " is the partitioned table a copy of " + table.name() + " on another column ("
                    + shadow.partitioning().keyColumns() + ") is filling, not on column '" + options.column() + "'; finish that "
                    + "conversion with its own attributes, or drop " + shadow.name() + " and its range tables to start over");
        }
        Bound lower = bound(span.group(1));
        Bound upper = bound(span.group(2));
        List<PartitionRange> planned = grid.isGridPoint(lower) && grid.isGridPoint(upper) ? grid.ranges(lower, upper) : List.of();
        for (Partition partition : shadow.partitioning().partitions()) {
            if (!partition.isDefault() && grid.range(partition).filter(planned::contains).isEmpty()) {
                return Span.refused(shadow.name() + " was started with other ranges than interval '" + options.interval() + "' gives "
                        + "(its partition " + partition.name() + " does not fit); finish that conversion with its own attributes, "
                        + "or drop " + shadow.name() + " and its range tables to start over");
            }
        }
        return new Span(planned, Optional.empty());
    }

    /** The note on a range table being loaded: which copy it belongs to and which range it holds. */
    private String rangeMarker(PartitionGrid grid, PartitionRange range) {
        return "partitionkit: range " + grid.describe(range.lower()) + " to " + grid.describe(range.upper()) + " of " + table.name()
                + ", being loaded by a conversion with strategy copy";
    }

    private static Bound bound(String text) {
        return "MAX".equals(text) ? Bound.MAX : Bound.of(Long.parseLong(text));
    }

    private static String spanText(List<CopyRange> ranges) {
        Bound lower = ranges.get(0).range().lower();
        Bound upper = ranges.get(ranges.size() - 1).range().upper();
        return (lower.isValue() ? String.valueOf(lower.value()) : "MAX") + " " + (upper.isValue() ? String.valueOf(upper.value()) : "MAX");
    }

    /** The log of written keys, its function, and the trigger: in place before any row is read. */
    private Capture capture() {
        return new Capture(table, names.capture(), primaryKey.columns(), progress.log(), progress.function(), facts.defaults());
    }

    /** An index under the name of the copy's own ordering index is dropped at the switch: it must be what the copy builds. */
    private Optional<String> orderIndexRefusal() {
        List<String> columns = RangeLoad.keyOrder(options.column(), primaryKey.columns());
        return table.index(names.orderIndex()).filter(Index::valid)
                .filter(index -> index.unique() || index.partial() || index.hasExpressions() || !columns.equals(index.keyColumns())
                        || !index.usingClause().startsWith("btree ("))
                .map(index -> "index " + index.name() + " has the name of the index a copy builds to read rows in key order, and drops "
                        + "at its switch, but it is not that index (" + index.usingClause() + "); rename it first");
    }

    /** Batches walk the key in order; without an index led by it, one is built. Returns whether it is the copy's own. */
    private boolean orderIndex(List<Step> steps) {
        String own = names.orderIndex();
        boolean led = table.indexes().stream().anyMatch(index -> index.valid() && !index.partial() && index.keyColumns() != null
                && !index.keyColumns().isEmpty() && index.keyColumns().get(0).equals(options.column()));
        Optional<Index> existing = table.index(own);
        if (led && existing.isEmpty()) {
            return false;
        }
        if (existing.isPresent() && !existing.get().valid()) {
            steps.add(Step.online("drop the invalid index " + own + " left by an interrupted run",
                    Ddl.dropIndexConcurrently(table.name().sibling(own)), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        if (existing.isEmpty() || !existing.get().valid()) {
            steps.add(Step.online("build the index " + own + " on the partition key, concurrently (writes continue), to copy in key order",
                    Ddl.createIndexConcurrently(table.name(), own, RangeLoad.keyOrder(options.column(), primaryKey.columns())),
                    LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        return true;
    }

    private PartitionTemplate template() {
        PartitionTemplate template = PartitionTemplate.of(table, names.shadow(), facts.defaults().onTables());
        return table.replicaIdentityIndex() == null ? template
                : template.withReplicaIdentityIndex(table.name().sibling(names.temporary(table.replicaIdentityIndex())));
    }

    /**
     * The shadow with the final keys, indexes (under temporary names) and foreign keys, its DEFAULT
     * partition, and every range as an empty standalone table: one transaction, so the ranges an
     * interrupted run resumes are exactly these.
     */
    private Step createShadow(PartitionGrid grid, List<CopyRange> ranges, PartitionTemplate template) {
        QualifiedName shadow = names.shadow();
        LockedTransaction create = new LockedTransaction("create the partitioned table " + shadow + " with " + ranges.size()
                + " empty range table(s) to load", retry);
        create.sql(Ddl.createTableLike(shadow, table.name(), true) + " PARTITION BY RANGE (" + Sql.ident(options.column()) + ")"
                + Ddl.tablespace(table.tablespace()));
        create.sql(CarriedProperties.notValidChecks(table, shadow, check -> true));
        create.sql(Ddl.commentOnTable(shadow, SHADOW_MARK + table.name() + " (key span " + spanText(ranges) + ")"));
        create.sql(Ddl.revokeAll(shadow, facts.defaults().onTables()));
        for (Constraint constraint : table.constraints()) {
            if (constraint.isIndexBacked()) {
                create.sql(Ddl.addConstraint(shadow, names.temporary(constraint.name()), constraintDefinition(constraint)));
            }
        }
        for (Index index : copiedIndexes()) {
            create.sql(Ddl.createIndex(shadow, names.temporary(index.name()), index));
        }
        for (Constraint foreignKey : foreignKeys()) {
            create.sql(Ddl.addConstraint(shadow, foreignKey.name(), foreignKey.definition()));
        }
        if (options.defaultPartition()) {
            template.create(create, shadow, shadow.sibling(TableNames.defaultPartition(table.name().name())), "DEFAULT");
        }
        addRangeTables(create, ranges, grid, template);
        return create.toStep(foreignKeys().isEmpty() ? LockMode.ACCESS_SHARE : LockMode.SHARE_ROW_EXCLUSIVE);
    }

    private Step createRangeTables(List<CopyRange> ranges, PartitionGrid grid, PartitionTemplate template, String description) {
        LockedTransaction create = new LockedTransaction(description, retry);
        addRangeTables(create, ranges, grid, template);
        return create.toStep(LockMode.ACCESS_SHARE);
    }

    /** Standalone tables shaped like the table, each with the CHECK of its bounds, so every loaded row is checked once. */
    private void addRangeTables(LockedTransaction transaction, List<CopyRange> ranges, PartitionGrid grid, PartitionTemplate template) {
        for (CopyRange range : ranges) {
            QualifiedName rangeTable = range.table();
            transaction.sql(Ddl.createTableLike(rangeTable, table.name(), false)
                    + Ddl.withOptions(table.reloptions(), table.toastReloptions()) + Ddl.tablespace(table.tablespace()));
            transaction.sql(CarriedProperties.notValidChecks(table, rangeTable, check -> true));
            // The key column is NOT NULL (the conversion requires it), so the range alone proves the bound.
            transaction.sql(Ddl.addConstraint(rangeTable, names.rangeCheck(),
                    Ddl.rangeCheck(Sql.ident(options.column()), grid, range.range(), false)));
            transaction.sql(Ddl.commentOnTable(rangeTable, rangeMarker(grid, range.range())));
            template.ownerAndAccess(transaction, rangeTable);
        }
    }

    /** Load, check foreign keys, index and attach one range; each step is skipped when an earlier run did it. */
    private List<Step> loadAndAttach(CopyRange range, PartitionGrid grid, RangeLoad rangeLoad, String position, PartitionTemplate template) {
        List<Step> steps = new ArrayList<>();
        QualifiedName rangeTable = range.table();
        Optional<TableSnapshot> loading = range.loading();
        boolean indexed = loading.flatMap(TableSnapshot::primaryKey).isPresent();
        String lower = grid.literal(range.range().lower());
        String upper = grid.literal(range.range().upper());
        if (!indexed) {
            steps.add(Step.online("copy the rows of " + table.name() + " from " + lower + " to " + upper + " into " + rangeTable
                            + " (range " + position + ") in batches of " + options.batchSize(),
                    rangeLoad.copy(rangeTable, Ddl.inRange(Sql.ident(options.column()), grid, range.range()), position), LockMode.ACCESS_SHARE));
        }
        List<Constraint> missing = foreignKeys().stream().filter(fk -> loading.flatMap(t -> t.constraint(fk.name())).isEmpty()).toList();
        if (!missing.isEmpty()) {
            LockedTransaction add = new LockedTransaction("add the foreign keys of " + table.name() + " to " + rangeTable
                    + " without checking rows", retry);
            missing.forEach(fk -> add.sql(Ddl.addConstraint(rangeTable, fk.name(), fk.definition() + " NOT VALID")));
            steps.add(add.toStep(LockMode.SHARE_ROW_EXCLUSIVE));
        }
        for (Constraint foreignKey : foreignKeys()) {
            if (loading.flatMap(t -> t.constraint(foreignKey.name())).map(c -> !c.validated()).orElse(true)) {
                steps.add(Step.online("validate foreign key " + foreignKey.name() + " of " + rangeTable,
                        Ddl.validateConstraint(rangeTable, foreignKey.name()), LockMode.SHARE_UPDATE_EXCLUSIVE));
            }
        }
        if (!indexed) {
            LockedTransaction index = new LockedTransaction("build the primary key and indexes of " + rangeTable, retry);
            for (Constraint constraint : table.constraints()) {
                if (constraint.isIndexBacked()) {
                    index.sql(Ddl.addConstraintNamedByServer(rangeTable, constraintDefinition(constraint)));
                }
            }
            copiedIndexes().forEach(like -> index.sql(Ddl.createIndexNamedByServer(rangeTable, like)));
            steps.add(index.toStep(LockMode.NONE));
        }
        LockedTransaction attach = new LockedTransaction("attach " + rangeTable + " to " + names.shadow()
                + " (its CHECK proves the bounds: no scan)", retry);
        attach.sql(Ddl.attachPartition(names.shadow(), rangeTable, PartitionTemplate.rangeBound(grid, range.range())));
        attach.sql(Ddl.dropConstraint(rangeTable, names.rangeCheck()));
        attach.sql(Ddl.commentOnTable(rangeTable, null));
        template.replicaIdentityOfNewPartition(attach, rangeTable);
        steps.add(attach.toStep(foreignKeys().isEmpty() ? LockMode.NONE : LockMode.SHARE_ROW_EXCLUSIVE));
        return steps;
    }

    /**
     * Rows committed between planning and the capture trigger with keys outside every range: they
     * belong in DEFAULT. Without one there is nowhere for them to go.
     */
    private String outsideRows(PartitionGrid grid, List<CopyRange> ranges) {
        String key = Sql.ident(options.column());
        String columns = Ddl.storedColumns(table, "");
        Bound lower = ranges.get(0).range().lower();
        Bound upper = ranges.get(ranges.size() - 1).range().upper();
        String outside = key + " < " + grid.literal(lower) + (upper.isValue() ? " OR " + key + " >= " + grid.literal(upper) : "");
        String insert = "INSERT INTO " + names.shadow().sql() + " (" + columns + ") SELECT " + columns + " FROM " + table.name().sql()
                + " WHERE " + outside + " ON CONFLICT DO NOTHING";
        return new DoBlock().setting("row_security", "off").line(
                "  BEGIN",
                "    " + DoBlock.execute(insert),
                "  EXCEPTION WHEN check_violation THEN",
                "    " + DoBlock.raiseWithHint("EXCEPTION", "partitionkit: rows with % outside the copied ranges % to % were written to % during "
                                + "the copy, and there is no DEFAULT partition for them: %",
                        "Delete or correct those rows and run the change again, or drop the partially built tables and convert with "
                                + "defaultPartition=true.",
                        Sql.literal(options.column()), Sql.literal(grid.describe(lower)), Sql.literal(grid.describe(upper)),
                        Sql.literal(table.name().toString()), "SQLERRM"),
                "  END;").sql();
    }

    private List<Constraint> foreignKeys() {
        return table.constraints().stream().filter(Constraint::isForeignKey).toList();
    }

    /** Indexes that are not behind a constraint, except the copy's own ordering index. */
    private List<Index> copiedIndexes() {
        return table.indexes().stream().filter(index -> !index.backsConstraint() && !index.name().equals(names.orderIndex())).toList();
    }

    /** A primary key gains the partition key; other index-backed constraints include it already (checked). */
    private String constraintDefinition(Constraint constraint) {
        if (!constraint.isPrimaryKey() || !widened) {
            return constraint.definition();
        }
        return PrimaryKeyMarker.widen(constraint.definition(), options.column());
    }
}
