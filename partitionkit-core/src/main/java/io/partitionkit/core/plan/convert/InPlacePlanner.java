package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.BoundCheck;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.FinishingSteps;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plans attach and empty, the strategies that swap the table in place for a partitioned one in one
 * transaction.
 *
 * <p>With {@code attach}, everything slow happens first and never blocks writers: a unique index on
 * primary key + partition key built concurrently, and a {@code CHECK (key < boundary)} added NOT VALID
 * then validated. One short transaction under lock_timeout then renames the table and its indexes
 * aside, creates the partitioned table LIKE it, and attaches the old table as the partition
 * {@code [MINVALUE, boundary)}: no index is built and no row is scanned while the table is locked.
 * With {@code empty}, that transaction creates a new empty partitioned table and keeps the old one
 * aside. Running the plan again after a failure continues from what already exists.
 */
final class InPlacePlanner {

    /** How far ahead of now the attach boundary lies at least: time for the online preparation. */
    static final Duration BOUNDARY_MARGIN = Duration.ofDays(1);

    /** An existing boundary CHECK is kept while it lies at least this far ahead of now. */
    static final Duration BOUNDARY_REUSE_MARGIN = Duration.ofHours(1);

    private final TableSnapshot table;
    private final ConversionOptions options;
    private final ConversionFacts facts;
    private final Clock clock;
    private final RetryPolicy retry;

    private InPlacePlanner(TableSnapshot table, ConversionOptions options, ConversionFacts facts, Clock clock) {
        this.table = table;
        this.options = options;
        this.facts = facts;
        this.clock = clock;
        this.retry = RetryPolicy.of(options.lockTimeout(), facts.citus());
    }

    static Plan plan(TableSnapshot table, ConversionFacts facts, ConversionOptions options, Clock clock) {
        return new InPlacePlanner(table, options, facts, clock).plan();
    }

    private Plan plan() {
        Optional<PartitionGrid> grid = ConversionPlanner.grid(table, options, facts, clock);
        Layout layout = grid.map(this::layout).orElse(null);
        List<String> partitionNames = layout == null ? List.of()
                : layout.ranges().stream().map(r -> TableNames.partition(table.name().name(), layout.grid().nameSuffix(r.lower()))).toList();
        ConversionNames names = new ConversionNames(table, options, partitionNames);
        List<String> problems = new ArrayList<>(ConversionChecks.problems(table, options, facts, names, clock));
        if (problems.isEmpty() && layout != null && options.strategy() == ConversionOptions.Strategy.ATTACH) {
            keysBeyondBoundary(layout).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot convert " + table.name() + " to range partitions", problems);
        }
        List<Step> steps = new ArrayList<>();
        boolean attach = options.strategy() == ConversionOptions.Strategy.ATTACH;
        boolean widened = !primaryKey().columns().contains(options.column());
        if (attach) {
            steps.addAll(preparation(layout, names, widened));
        }
        if (attach) {
            Step switchStep = new AttachSwitch(table, options, layout, names, widened, retry, facts.defaults(), facts.citus()).toStep();
            steps.add(layout.needsBoundCheck() ? switchStep.withUndo(removeBoundCheck(layout, names)) : switchStep);
        } else {
            steps.add(new EmptySwitch(table, options, layout, names, widened, retry, facts.defaults(), facts.citus()).toStep());
        }
        if (attach) {
            steps.addAll(FinishingSteps.of(table.name(),
                    table.incomingForeignKeys().stream().filter(IncomingForeignKey::validated).toList(), "partitioned table"));
        }
        String summary = "convert " + table.name() + " to " + options.interval() + " range partitions on "
                + Sql.ident(options.column()) + " (strategy " + options.strategy().name().toLowerCase(Locale.ROOT) + "): "
                + (attach ? "the table becomes partition " + names.legacyTable() + " for keys below "
                + layout.grid().describe(layout.boundary()) + ", " : "the table is kept aside as " + names.legacyTable() + ", ")
                + layout.ranges().size() + " new partition(s)" + (options.defaultPartition() ? " and a DEFAULT partition" : "");
        return new Plan(summary, steps, List.of());
    }

    private Constraint primaryKey() {
        return table.primaryKey().orElseThrow();
    }

    /** Where the legacy partition ends and which new partitions come after it. */
    record Layout(PartitionGrid grid, Bound boundary, Optional<Bound> existingBoundary, List<PartitionRange> ranges) {

        /**
         * Whether the old table needs a CHECK proving its rows lie below the boundary. Not when the
         * boundary is MAXVALUE (keys near the end of an integer type): the partition takes every key.
         */
        boolean needsBoundCheck() {
            return boundary.isValue();
        }
    }

    private Layout layout(PartitionGrid grid) {
        Bound current = ConversionPlanner.currentInterval(grid, facts, clock);
        Bound end = grid.advance(current, options.premake() + 1);
        Bound boundary = grid.hasClock() ? grid.ceil(grid.now(clock.instant().plus(BOUNDARY_MARGIN)))
                : grid.advance(current, 2);
        Optional<Bound> existing = existingBoundary(grid);
        if (existing.isPresent() && reusable(grid, existing.get())) {
            boundary = existing.get();
        }
        if (options.strategy() == ConversionOptions.Strategy.EMPTY) {
            return new Layout(grid, current, Optional.empty(), grid.ranges(current, end));
        }
        return new Layout(grid, boundary, existing, grid.ranges(boundary, end));
    }

    /**
     * Why the old table cannot become the partition below the boundary, when its largest key (read for
     * integer and uuid keys) lies at or beyond it: a UUID of another version than 7 lies wherever its
     * random bits point, nearly always far beyond. (The step adding the boundary CHECK checks again.)
     */
    private Optional<String> keysBeyondBoundary(Layout layout) {
        Optional<Bound> largest = facts.maxKey().map(layout.grid()::parse);
        if (largest.isEmpty() || !layout.needsBoundCheck() || largest.get().isBefore(layout.boundary())) {
            return Optional.empty();
        }
        return Optional.of(table.name() + " has rows with " + options.column() + " at or beyond the conversion boundary "
                + layout.grid().describe(layout.boundary()) + " (the largest is " + facts.maxKey().get() + ")"
                + facts.uuidVersions().filter(versions -> versions.notVersion7() > 0).map(versions -> "; " + versions.describe()
                        + ", whose first 48 bits read as times anywhere up to the year 10889").orElse("")
                + ". Strategy attach keeps every existing row in the legacy partition below the boundary; use strategy copy, which "
                + "files rows beyond it in the DEFAULT partition, or correct or delete those rows");
    }

    /** The boundary of a CHECK left by an earlier, interrupted run. */
    private Optional<Bound> existingBoundary(PartitionGrid grid) {
        String name = TableNames.boundCheck(table.name().name());
        return table.constraint(name).map(Constraint::definition).flatMap(BoundCheck::boundary)
                .flatMap(literal -> {
                    try {
                        return Optional.of(grid.parse(literal));
                    } catch (IllegalArgumentException unreadable) {
                        return Optional.empty();
                    }
                });
    }

    /** An earlier run's boundary is kept if rows cannot reach it before the switch. */
    private boolean reusable(PartitionGrid grid, Bound existing) {
        if (!grid.isGridPoint(existing)) {
            return false;
        }
        if (grid.hasClock()) {
            return !existing.isBefore(grid.now(clock.instant().plus(BOUNDARY_REUSE_MARGIN)));
        }
        return facts.maxKey().map(grid::parse).map(existing::isAfter).orElse(true);
    }

    /**
     * What a failure after the boundary CHECK was added runs: from the boundary on, a table that did
     * not become partitioned would refuse every current insert, perhaps a day after anyone looked.
     * The CHECK goes while the table is still the plain one; a later run adds it again.
     */
    private Step removeBoundCheck(Layout layout, ConversionNames names) {
        QualifiedName name = table.name();
        String check = names.boundCheck();
        String literal = layout.grid().literal(layout.boundary());
        LockedTransaction drop = new LockedTransaction("remove the CHECK " + check + " from " + name + " (left in place, it refuses "
                + "rows with " + options.column() + " at or beyond " + literal + " once that time comes: run the change again before "
                + "then, or drop it with " + Ddl.dropConstraint(name, check) + ")", retry);
        drop.plpgsql("IF EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid WHERE k.conrelid = "
                        + name.regclassLiteral() + "::regclass AND k.conname = " + Sql.literal(check) + " AND c.relkind = 'r') THEN",
                "  " + DoBlock.execute(Ddl.dropConstraint(name, check)),
                "END IF;");
        return drop.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    /**
     * A unique index attach builds concurrently, unless a valid one is there (an interrupted run built
     * it, or the operator beforehand); an invalid one an interrupted build left is dropped first.
     */
    private List<Step> uniqueIndex(String indexName, List<String> columns, String what) {
        List<Step> steps = new ArrayList<>();
        QualifiedName index = table.name().sibling(indexName);
        Optional<Index> existing = table.index(indexName);
        if (existing.isPresent() && !existing.get().valid()) {
            steps.add(Step.online("drop the invalid index " + index + " left by an interrupted run",
                    Ddl.dropIndexConcurrently(index), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        if (existing.isEmpty() || !existing.get().valid()) {
            steps.add(Step.online("build the unique index " + index + " " + what,
                    Ddl.createUniqueIndexConcurrently(table.name(), indexName, columns), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        return steps;
    }

    /** The online steps of attach: they never block the application's reads or writes for long. */
    private List<Step> preparation(Layout layout, ConversionNames names, boolean widened) {
        List<Step> steps = new ArrayList<>();
        QualifiedName name = table.name();
        if (widened) {
            steps.addAll(uniqueIndex(names.partitionKeyIndex(), ConversionNames.partitionKeyIndexColumns(table, options),
                    "on the primary key plus the partition key, concurrently (writes continue)"));
            // The switch drops the original key's own index; a revert that finds this one on the legacy partition makes it the
            // plain table's key again without reading the table.
            steps.addAll(uniqueIndex(names.revertKeyIndex(), primaryKey().columns(),
                    "on the original primary key, concurrently (writes continue), kept on the legacy partition for a revert"));
        }
        if (!layout.needsBoundCheck()) {
            return steps;
        }
        String check = names.boundCheck();
        String literal = layout.grid().literal(layout.boundary());
        Optional<Constraint> existingCheck = table.constraint(check);
        boolean sameBoundary = layout.existingBoundary().filter(layout.boundary()::equals).isPresent();
        if (existingCheck.isEmpty() || !sameBoundary) {
            LockedTransaction add = new LockedTransaction("add CHECK " + check + " (" + options.column() + " < "
                    + layout.grid().describe(layout.boundary()) + ") to " + name + " without scanning it", retry);
            add.declare("pkit_max", DoBlock.TEXT);
            add.plpgsql("pkit_max := " + CatalogReader.extreme(name, "", options.column(),
                    Optional.of(Sql.ident(options.column()) + " >= " + literal), true) + ";");
            add.plpgsql("IF pkit_max IS NOT NULL THEN",
                    "  " + DoBlock.raiseWithHint("EXCEPTION", "partitionkit: % has rows with % up to % at or beyond the conversion boundary %",
                            "Rows with future keys cannot go into the legacy partition; correct or delete them and run the change again.",
                            Sql.literal(name.toString()), Sql.literal(options.column()), "pkit_max", Sql.literal(literal)),
                    "END IF;");
            if (existingCheck.isPresent()) {
                add.sql(Ddl.dropConstraint(name, check));
            }
            add.sql(Ddl.addConstraint(name, check, "CHECK (" + Sql.ident(options.column()) + " < " + literal + ") NOT VALID"));
            steps.add(add.toStep(LockMode.ACCESS_EXCLUSIVE).withUndo(removeBoundCheck(layout, names)));
        }
        if (existingCheck.isEmpty() || !existingCheck.get().validated() || !sameBoundary) {
            steps.add(Step.online("validate CHECK " + check + " on " + name + " (reads every row; writes continue)",
                    Ddl.validateConstraint(name, check), LockMode.SHARE_UPDATE_EXCLUSIVE).withUndo(removeBoundCheck(layout, names)));
        }
        return steps;
    }
}
