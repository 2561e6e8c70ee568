package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans the conversion of a table partitioned by inheritance (a parent, children {@code INHERITS} it
 * with a {@code CHECK} on the key, a trigger routing inserts) into a declaratively partitioned one
 * whose partitions are those children.
 *
 * <p>Online first: each child gets, concurrently, the indexes a partition of the new table needs;
 * children whose range CHECK is NOT VALID are validated; rows stored in the parent itself move, in
 * committed batches, into the child whose range holds them (through the set, so every row stays
 * visible). Then one short transaction drops the routing triggers, detaches the children from the
 * parent, creates the partitioned table under the parent's name and attaches each child for exactly
 * the range its validated CHECK proves, with no scan and no row moved; it creates partitions for the
 * gaps between children and ahead of now, the DEFAULT partition, moves the few rows left in the old
 * parent through the new table, and drops the old parent.
 */
final class InheritancePlanner {

    private final TableSnapshot table;
    private final ConversionOptions options;
    private final ConversionFacts facts;
    private final InheritanceFacts inheritance;
    private final Clock clock;

    private InheritancePlanner(TableSnapshot table, ConversionOptions options, ConversionFacts facts, Clock clock) {
        this.table = table;
        this.options = options;
        this.facts = facts;
        this.inheritance = facts.inheritance().orElseThrow();
        this.clock = clock;
    }

    static Plan plan(TableSnapshot table, ConversionFacts facts, ConversionOptions options, Clock clock) {
        return new InheritancePlanner(table, options, facts, clock).plan();
    }

    /**
     * A child as it becomes a partition: its range, the index its primary key will be (built first if
     * {@code build}), the other indexes it still lacks, and whether its CHECK must be validated first.
     */
    record ChildPlan(TableSnapshot child, InheritanceSet.Child member, String primaryKeyIndex, boolean buildPrimaryKeyIndex,
                     List<MissingIndex> missing, Optional<String> checkToValidate) {

        /** Whether the child's primary key is already the one a partition of the new table needs. */
        boolean keepsPrimaryKey() {
            return child.primaryKey().filter(key -> key.name().equals(primaryKeyIndex)).isPresent();
        }
    }

    /** An index of the parent that a child lacks, and the name it gets there. */
    record MissingIndex(String name, Index like) {
    }

    private Plan plan() {
        Optional<PartitionGrid> grid = ConversionPlanner.grid(table, options, facts, clock);
        InheritanceSet set = grid.map(g -> InheritanceSet.of(inheritance.children(), options.column(), g)).orElse(null);
        List<PartitionRange> ranges = set == null ? List.of() : newRanges(grid.get(), set);
        List<String> partitionNames = ranges.stream().map(range -> TableNames.partition(table.name().name(),
                grid.get().nameSuffix(range.lower()))).toList();
        ConversionNames names = new ConversionNames(table, options, partitionNames);
        List<String> problems = new ArrayList<>(ConversionChecks.problems(table, options, facts, names, clock));
        problems.addAll(InheritanceChecks.problems(table, inheritance, set, options));
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot convert " + table.name() + " to range partitions", problems);
        }
        boolean widened = !table.primaryKey().orElseThrow().columns().contains(options.column());
        List<ChildPlan> children = set.partitions().stream().map(member -> childPlan(member, widened)).toList();
        List<Step> steps = new ArrayList<>();
        RetryPolicy retry = RetryPolicy.of(options.lockTimeout());
        children.forEach(child -> steps.addAll(preparation(child)));
        ownRowsIntoChildren(grid.get(), set).ifPresent(steps::add);
        InPlacePlanner.Layout layout = new InPlacePlanner.Layout(grid.get(), set.partitions().get(0).range().lower(), Optional.empty(),
                ranges);
        steps.add(new InheritanceSwitch(table, options, layout, names, widened, retry, facts.defaults(), children,
                inheritance.routingTriggers()).toStep());
        String summary = "convert " + table.name() + ", partitioned by inheritance, to " + options.interval() + " range partitions on "
                + Sql.ident(options.column()) + ": its " + children.size() + " child table(s) become partitions, "
                + ranges.size() + " new partition(s)" + (options.defaultPartition() ? " and a DEFAULT partition" : "")
                + routing();
        return new Plan(summary, steps, List.of());
    }

    /** The routing triggers that go, and their functions, which stay: other code may call them. */
    private String routing() {
        return inheritance.routingTriggers().stream().map(name -> "; the routing trigger " + name + " goes, its function "
                + table.trigger(name).map(trigger -> trigger.function().toString()).orElse("") + " stays").collect(Collectors.joining());
    }

    /** The partitions the children leave to create: the gaps between them, and from the last one to the premade end. */
    private List<PartitionRange> newRanges(PartitionGrid grid, InheritanceSet set) {
        if (set.partitions().isEmpty() || !set.problems().isEmpty()) {
            return List.of();
        }
        List<PartitionRange> ranges = new ArrayList<>();
        List<InheritanceSet.Child> members = set.partitions();
        for (int i = 1; i < members.size(); i++) {
            ranges.addAll(grid.ranges(members.get(i - 1).range().upper(), members.get(i).range().lower()));
        }
        Bound end = grid.advance(ConversionPlanner.currentInterval(grid, facts, clock), options.premake() + 1);
        ranges.addAll(grid.ranges(members.get(members.size() - 1).range().upper(), end));
        return ranges;
    }

    private ChildPlan childPlan(InheritanceSet.Child member, boolean widened) {
        TableSnapshot child = inheritance.childTables().get(member.name());
        Set<String> taken = new HashSet<>(child.schemaRelationNames());
        Constraint parentKey = table.primaryKey().orElseThrow();
        List<String> keyColumns = widened ? ConversionNames.partitionKeyIndexColumns(table, options) : parentKey.columns();
        String ownName = Names.fit(child.name().name(), "_partition_pkey");
        Optional<Index> serving = child.indexes().stream().filter(Index::valid)
                .filter(index -> ConversionChecks.isPlainUniqueIndexOn(index, keyColumns))
                .filter(index -> !index.backsConstraint() || index.primary()).findFirst();
        List<MissingIndex> missing = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (index.backsConstraint()) {
                continue;
            }
            boolean present = child.indexes().stream().anyMatch(own -> own.valid() && own.unique() == index.unique()
                    && own.usingClause().equals(index.usingClause()));
            if (!present) {
                String stem = index.name().startsWith(table.name().name())
                        ? child.name().name() + index.name().substring(table.name().name().length())
                        : child.name().name() + "_" + index.name();
                Optional<Index> leftOver = child.index(Names.fit(stem)).filter(own -> !own.valid());
                missing.add(new MissingIndex(leftOver.map(Index::name).orElseGet(() -> Names.firstFree(stem, taken)), index));
            }
        }
        Optional<String> unvalidated = member.provedByItsCheck() ? Optional.empty() : child.constraints().stream()
                .filter(Constraint::isCheck).filter(check -> !check.validated()).map(Constraint::name).findFirst();
        return new ChildPlan(child, member, serving.map(Index::name).orElse(ownName), serving.isEmpty(), missing, unvalidated);
    }

    /** Indexes built concurrently and the range CHECK validated: nothing here blocks writers. */
    private List<Step> preparation(ChildPlan plan) {
        List<Step> steps = new ArrayList<>();
        QualifiedName child = plan.child().name();
        if (plan.buildPrimaryKeyIndex()) {
            List<String> columns = table.primaryKey().orElseThrow().columns().contains(options.column())
                    ? table.primaryKey().orElseThrow().columns() : ConversionNames.partitionKeyIndexColumns(table, options);
            steps.addAll(buildIndex(child, plan.primaryKeyIndex(),
                    Ddl.createUniqueIndexConcurrently(child, plan.primaryKeyIndex(), columns), "the unique index on "
                            + columns + ", its primary key as a partition,"));
        }
        for (MissingIndex missing : plan.missing()) {
            steps.addAll(buildIndex(child, missing.name(), Ddl.createIndexConcurrentlyLike(child, missing.name(), missing.like()),
                    "the index " + missing.name() + " like " + missing.like().name() + " of " + table.name() + ","));
        }
        plan.checkToValidate().ifPresent(check -> steps.add(Step.online("validate CHECK " + check + " on " + child
                + " (reads every row; writes continue), so that attaching it scans nothing", Ddl.validateConstraint(child, check),
                LockMode.SHARE_UPDATE_EXCLUSIVE)));
        return steps;
    }

    private List<Step> buildIndex(QualifiedName child, String name, String sql, String what) {
        List<Step> steps = new ArrayList<>();
        Optional<Index> leftOver = inheritance.childTables().get(child).index(name).filter(index -> !index.valid());
        if (leftOver.isPresent()) {
            steps.add(Step.online("drop the invalid index " + child.sibling(name) + " left by an interrupted run",
                    Ddl.dropIndexConcurrently(child.sibling(name)), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        steps.add(Step.online("build " + what + " on " + child + " concurrently (writes continue)", sql, LockMode.SHARE_UPDATE_EXCLUSIVE));
        return steps;
    }

    /**
     * Rows stored in the parent itself whose key a child's range holds move into that child, a batch
     * per committed statement; delete and insert are one statement, so every row stays visible
     * through the set. Only the children whose ranges meet those rows' keys take part.
     */
    private Optional<Step> ownRowsIntoChildren(PartitionGrid grid, InheritanceSet set) {
        if (inheritance.ownKeys().isEmpty() || !inheritance.inChildren()) {
            return Optional.empty();
        }
        PartitionRange own = new PartitionRange(grid.parse(inheritance.ownKeys().get().get(0)),
                grid.next(grid.floor(grid.parse(inheritance.ownKeys().get().get(1)))));
        List<InheritanceSet.Child> targets = set.partitions().stream().filter(child -> child.range().overlaps(own)).toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        String key = Sql.ident(options.column());
        String columns = Ddl.storedColumns(table, "");
        String held = targets.stream().map(child -> "(" + Ddl.inRange(key, grid, child.range()) + ")").collect(Collectors.joining(" OR "));
        List<String> statement = new ArrayList<>();
        statement.add("    WITH moved AS (DELETE FROM ONLY " + table.name().sql() + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM ONLY "
                + table.name().sql() + " WHERE " + held + " LIMIT " + options.batchSize() + ")) RETURNING " + columns + ")");
        for (int i = 0; i < targets.size(); i++) {
            statement.add("      , into_" + i + " AS (INSERT INTO " + targets.get(i).name().sql() + " (" + columns + ") SELECT " + columns
                    + " FROM moved WHERE " + Ddl.inRange(key, grid, targets.get(i).range()) + ")");
        }
        statement.add("    SELECT count(*) INTO pkit_batch FROM moved;");
        DoBlock block = new DoBlock().setting("row_security", "off").declare("pkit_batch", DoBlock.BIGINT)
                .declare("pkit_rows", DoBlock.BIGINT, "0");
        block.line("  LOOP");
        block.lines(statement);
        block.line("    EXIT WHEN pkit_batch = 0;", "    pkit_rows := pkit_rows + pkit_batch;");
        block.commit("    ");
        block.line("  END LOOP;",
                "  " + DoBlock.raise("NOTICE", "partitionkit: moved % rows stored in % itself into its children", "pkit_rows",
                        Sql.literal(table.name().toString())));
        return Optional.of(new Step("move the rows stored in " + table.name() + " itself into the children whose ranges hold them, "
                + options.batchSize() + " per committed batch (writes continue)", block.sql(), LockMode.ROW_EXCLUSIVE, false));
    }
}
