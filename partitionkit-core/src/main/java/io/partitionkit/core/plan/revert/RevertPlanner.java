package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Capture;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.FinishingSteps;
import io.partitionkit.core.plan.KeptTable;
import io.partitionkit.core.plan.LeftBehind;
import io.partitionkit.core.plan.LiveTableCopy;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.PrimaryKeyMarker;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.RunnerChecks;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableChecks;
import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans {@code revertPartitioning}: turns a partitioned table back into a plain one under its own
 * name, online. A plain copy is built next to it and filled in batches by primary key while a
 * trigger logs the key of every row written meanwhile; the log is replayed; one short transaction
 * under lock_timeout replays the rest and swaps the copy in with every name and property. An
 * interrupted revert continues from the copy's highest key when run again.
 */
public final class RevertPlanner {

    private final TableSnapshot table;
    private final RevertFacts facts;
    private final RevertOptions options;
    private final RevertNames names;
    private final RetryPolicy retry;
    private final List<String> primaryKey;
    private final String primaryKeyName;
    private final String primaryKeyComment;

    private RevertPlanner(TableSnapshot table, RevertFacts facts, RevertOptions options, List<String> primaryKey,
                          String primaryKeyName, String primaryKeyComment) {
        this.table = table;
        this.facts = facts;
        this.options = options;
        this.names = new RevertNames(table.name(), table.schemaRelationNames(), facts.target()
                .map(target -> target.indexes().stream().map(Index::name).collect(Collectors.toSet()))
                .orElse(Set.of()));
        this.retry = RetryPolicy.of(options.lockTimeout(), facts.citus());
        this.primaryKey = primaryKey;
        this.primaryKeyName = primaryKeyName;
        this.primaryKeyComment = primaryKeyComment;
    }

    public static Plan plan(RevertFacts facts, RevertOptions options) {
        TableSnapshot table = facts.table().orElseThrow(() -> PlanningException.missingTable("revert", options.schema(), options.table()));
        if (!table.isPartitioned()) {
            return alreadyPlain(table, facts);
        }
        List<String> problems = RevertChecks.problems(table, facts, options);
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot revert " + table.name() + " to a plain table", problems);
        }
        Constraint partitionedKey = table.primaryKey().orElse(null);
        Optional<PrimaryKeyMarker.Parsed> marker = Optional.ofNullable(partitionedKey).map(Constraint::comment).flatMap(PrimaryKeyMarker::parse);
        List<String> primaryKey = plainKey(table, options).orElseThrow();
        String name = partitionedKey != null ? partitionedKey.name() : Names.fit(table.name().name(), "_pkey");
        String comment = marker.isPresent() ? marker.get().originalComment() : partitionedKey == null ? null : partitionedKey.comment();
        return new RevertPlanner(table, facts, options, primaryKey, name, comment).plan();
    }

    /**
     * The plain table's primary key: as given, else as the conversion's note on the partitioned key
     * remembers it, else the partitioned key as it is; empty when there is none of these.
     */
    private static Optional<List<String>> plainKey(TableSnapshot table, RevertOptions options) {
        if (options.primaryKey() != null) {
            return Optional.of(options.primaryKey());
        }
        return table.primaryKey().map(key -> PrimaryKeyMarker.parse(key.comment())
                .map(PrimaryKeyMarker.Parsed::originalColumns).orElse(key.columns()));
    }

    /** The table is plain: an earlier run switched; finish what followed the switch. */
    private static Plan alreadyPlain(TableSnapshot table, RevertFacts facts) {
        if (facts.target().isPresent() || facts.log().isPresent()) {
            throw new PlanningException("cannot revert " + table.name(), List.of(table.name() + " is a plain table, yet "
                    + facts.target().or(facts::log).get().name() + " exists; it is not partitionkit's to remove. Drop it if it "
                    + "is a leftover"));
        }
        List<Step> steps = FinishingSteps.of(table.name(),
                table.incomingForeignKeys().stream().filter(foreignKey -> !foreignKey.validated()).toList(), "plain table");
        return new Plan(table.name() + " is a plain table already; finishing what an earlier run left", steps, List.of());
    }

    /** By the legacy partition where an attach conversion left one as it was, else by a full copy, saying why. */
    private Plan plan() {
        LegacyPartition.Verdict verdict = LegacyPartition.judge(table, facts.legacyPartition(), RevertFacts.legacyName(options),
                primaryKey, facts, names.legacyBoundCheck());
        if (verdict.legacy().isPresent()) {
            return new LegacyPartitionRevert(table, verdict.legacy().get(), facts, options, names, primaryKey, primaryKeyName,
                    primaryKeyComment).plan();
        }
        if (facts.citus().isPresent()) {
            throw new PlanningException("cannot revert " + table.name() + " to a plain table", List.of(table.name() + " is "
                    + facts.citus().get().describe() + ": it is reverted by its legacy partition only, since a revert by copying builds "
                    + "the plain table outside Citus and logs the writes made during the copy with a trigger, which Citus does not run on "
                    + "distributed tables; "
                    + verdict.fullCopyReason()));
        }
        return fullCopy(verdict.fullCopyReason());
    }

    private Plan fullCopy(String reason) {
        List<String> problems = new ArrayList<>();
        facts.target().flatMap(this::targetRefusal).ifPresent(problems::add);
        problems.addAll(capture().problems(facts.target().isPresent() && problems.isEmpty(), names.target().toString()));
        facts.legacy().filter(legacy -> KeptTable.fate(legacy, table.name()).isPresent())
                .flatMap(legacy -> KeptTable.refusal(legacy, table)).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new PlanningException("cannot revert " + table.name() + " to a plain table", problems);
        }
        LiveTableCopy copy = new LiveTableCopy(table, names.capture(), primaryKey, options.batchSize());
        String summary = "revert " + table.name() + " (" + table.partitioning().partitions().size() + " partitions, about "
                + estimatedRows() + " rows) to a plain table with primary key " + primaryKey + " by copying every row, in batches of "
                + options.batchSize() + ", because " + reason;
        List<Step> steps = new ArrayList<>();
        steps.add(Step.notice(summary));
        // Writes are logged before the copy exists: a copy found without its trigger may miss some.
        steps.addAll(capture().steps(retry));
        QualifiedName target = names.target();
        Optional<TableSnapshot> existingTarget = facts.target();
        if (existingTarget.isEmpty()) {
            List<String> create = new ArrayList<>();
            create.add(Ddl.createTableLike(target, table.name(), true) + Ddl.withOptions(storageParameters(), toastStorageParameters())
                    + Ddl.tablespace(table.tablespace()));
            create.addAll(CarriedProperties.notValidChecks(table, target, check -> true));
            create.add(Ddl.addConstraint(target, names.temporary(primaryKeyName), "PRIMARY KEY (" + Sql.idents(primaryKey) + ")"));
            create.addAll(Ddl.revokeAll(target, facts.defaults().onTables()));
            steps.add(Step.online("create " + target + " shaped like " + table.name() + ", with primary key " + primaryKey
                    + ", to receive its rows", DoBlock.executing(create).line(note().write(target)).sql(), LockMode.ACCESS_SHARE));
        }
        steps.add(Step.online("copy the rows of " + table.name() + " into " + target + " in batches of " + options.batchSize(),
                copy.copyRows(table.name(), false), LockMode.ACCESS_SHARE));
        foldedLegacy().ifPresent(legacy -> steps.add(Step.online("fold the rows of " + legacy.name()
                        + " that the partitioned table does not have into " + target,
                copy.copyRows(legacy.name(), true), LockMode.ACCESS_SHARE)));
        steps.add(Step.online("replay rows written meanwhile into " + target, copy.replay(), LockMode.ACCESS_SHARE));
        steps.addAll(secondaryIndexesAndConstraints(existingTarget));
        steps.add(Step.online("replay rows written while indexes were built", copy.replay(), LockMode.ACCESS_SHARE));
        steps.add(new RevertSwitch(table, facts, names, copy, note(), primaryKeyName, primaryKeyComment, retry).toStep());
        steps.addAll(FinishingSteps.of(table.name(),
                table.incomingForeignKeys().stream().filter(IncomingForeignKey::validated).toList(), "plain table"));
        List<String> warnings = new ArrayList<>();
        foldedLegacy().ifPresent(legacy -> warnings.add("the rows of " + legacy.name() + " are folded back in; where the "
                + "partitioned table has a row with the same primary key, its version is kept"));
        facts.legacy().filter(legacy -> KeptTable.fate(legacy, table.name()).filter(KeptTable.Fate.DROP::equals).isPresent())
                .ifPresent(legacy -> warnings.add(legacy.name() + " is the snapshot a conversion with strategy copy kept; the "
                        + "partitioned table has all of its rows, so it is dropped, not folded back"));
        facts.legacy().filter(legacy -> KeptTable.fate(legacy, table.name()).isEmpty()).ifPresent(legacy -> warnings.add(legacy.name()
                + " exists but does not carry the note a conversion of " + table.name() + " leaves on the table it keeps aside, so it "
                + "is left alone (neither folded back nor dropped). If a conversion by an earlier partitionkit kept it, give it the "
                + "note and run the revert again: COMMENT ON TABLE " + legacy.name().sql() + " IS "
                + Sql.literal(KeptTable.emptyNote(table.name()))));
        return new Plan(summary, steps, warnings);
    }

    /** The table a conversion with strategy empty kept aside; strategy copy's snapshot holds nothing to fold. */
    private Optional<TableSnapshot> foldedLegacy() {
        return facts.legacy().filter(legacy -> KeptTable.fate(legacy, table.name()).filter(KeptTable.Fate.FOLD::equals).isPresent());
    }

    /** What logs writes to the partitioned table while it is copied. */
    private Capture capture() {
        return new Capture(table, names.capture(), primaryKey, facts.log(), facts.function(), facts.defaults());
    }

    private RevertNote note() {
        return new RevertNote(table.name(), primaryKey);
    }

    private Optional<String> targetRefusal(TableSnapshot target) {
        String note = note().forPartitionsOf(table);
        if (target.comment() != null && target.comment().startsWith(note().prefix() + " ") && !target.comment().equals(note)) {
            return Optional.of(target.name() + " was begun by a revert of " + table.name() + " with another primary key, or before "
                    + "partitions were attached or detached: continuing it would miss or resurrect rows. Drop " + target.name()
                    + " and " + names.log() + " and run the change again");
        }
        return LeftBehind.tableRefusal(target, 'r', new LeftBehind.Expected("the plain copy for a revert of " + table.name(),
                note, facts.defaults().creator()));
    }

    private long estimatedRows() {
        return table.partitioning().partitions().stream().mapToLong(Partition::estimatedRows).sum();
    }

    /**
     * Storage parameters for the plain table (a partitioned table has none of its own): those of the
     * partition a conversion attached the original table as, else of the first range partition by name.
     */
    private List<String> storageParameters() {
        return representativePartition().map(Partition::reloptions).orElse(List.of());
    }

    private List<String> toastStorageParameters() {
        return representativePartition().map(Partition::toastReloptions).orElse(List.of());
    }

    private Optional<Partition> representativePartition() {
        return table.partitioning().partitions().stream().filter(p -> !p.isDefault())
                .min(Comparator.comparing(p -> "MINVALUE".equals(p.lower()) ? "" : p.name().name()));
    }

    private List<Step> secondaryIndexesAndConstraints(Optional<TableSnapshot> existingTarget) {
        List<Step> steps = new ArrayList<>();
        QualifiedName target = names.target();
        for (Index index : table.indexes()) {
            String temporary = names.temporary(index.name());
            if (!index.backsConstraint() && existingTarget.flatMap(t -> t.index(temporary)).isEmpty()) {
                steps.add(Step.online("build index " + index.name() + " on " + target + " (not yet in use)",
                        Ddl.createIndex(target, temporary, index), LockMode.NONE));
            }
        }
        for (Constraint constraint : table.constraints()) {
            String temporary = names.temporary(constraint.name());
            boolean exists = existingTarget.flatMap(t -> t.constraint(temporary)).isPresent();
            if ((constraint.isUnique() || constraint.isExclusion()) && !exists) {
                steps.add(Step.online("add constraint " + constraint.name() + " to " + target + " (not yet in use)",
                        Ddl.addConstraint(target, temporary, constraint.definition()), LockMode.NONE));
            }
        }
        for (Constraint constraint : table.constraints()) {
            if (!constraint.isForeignKey()) {
                continue;
            }
            Optional<Constraint> existing = existingTarget.flatMap(t -> t.constraint(constraint.name()));
            if (existing.isEmpty()) {
                steps.add(new LockedTransaction("add foreign key " + constraint.name() + " to " + target + " without checking rows", retry)
                        .sql(Ddl.addConstraint(target, constraint.name(), constraint.definition() + " NOT VALID"))
                        .toStep(LockMode.SHARE_ROW_EXCLUSIVE));
            }
            if (existing.map(c -> !c.validated()).orElse(true) && constraint.validated()) {
                steps.add(Step.online("validate foreign key " + constraint.name() + " of " + target,
                        Ddl.validateConstraint(target, constraint.name()), LockMode.SHARE_UPDATE_EXCLUSIVE));
            }
        }
        return steps;
    }

    /** Problems that stop a revert, found before anything changes. */
    static final class RevertChecks {
        private RevertChecks() {
        }

        static List<String> problems(TableSnapshot table, RevertFacts facts, RevertOptions options) {
            List<String> problems = new ArrayList<>();
            TableChecks.unsupportedServer(table).ifPresent(problems::add);
            for (Partition partition : table.partitioning().partitions()) {
                if (partition.partitioned()) {
                    problems.add("partition " + partition.name() + " is itself partitioned; sub-partitioned tables are not supported");
                }
            }
            problems.addAll(TableChecks.halfDetached(table.name(), table.partitioning().partitions()));
            for (String dependant : table.unsupportedDependants()) {
                problems.add(dependant + " depends on " + table.name() + " and would keep pointing at the partitioned table; "
                        + "drop it before reverting and create it again afterwards");
            }
            facts.privileges().ifPresent(privileges -> problems.addAll(RunnerChecks.privileges(table, privileges, "reverting it")));
            facts.privileges().flatMap(privileges -> RunnerChecks.rowsHiddenFromCopy(table, privileges)).ifPresent(problems::add);
            RunnerChecks.statementTimeout(facts.statementTimeout(), "copying its rows", facts.defaults().creator()).ifPresent(problems::add);
            List<String> key = options.primaryKey();
            if (key == null && table.primaryKey().isEmpty()) {
                problems.add(table.name() + " has no primary key; name the plain table's key with primaryKey (rows are "
                        + "copied in its order and changes are tracked by it)");
            }
            if (key != null) {
                for (String column : key) {
                    if (table.column(column).isEmpty()) {
                        problems.add("primaryKey names column '" + column + "', which " + table.name() + " does not have; its columns are "
                                + table.columns().stream().map(Column::name).toList());
                    }
                }
            }
            facts.target().filter(target -> !sameColumns(target, table)).ifPresent(target -> problems.add(target.name()
                    + " exists but its columns differ from " + table.name() + "; it is not a revert in progress. Drop it or rename it"));
            facts.legacy().filter(legacy -> KeptTable.fate(legacy, table.name()).isPresent())
                    .filter(legacy -> !sameColumns(legacy, table)).ifPresent(legacy -> problems.add(legacy.name()
                    + " exists but its columns differ from " + table.name() + ", so its rows cannot be folded back; pass the "
                    + "right legacyTableName, or rename or drop it"));
            return problems;
        }

        private static boolean sameColumns(TableSnapshot a, TableSnapshot b) {
            return a.columns().stream().map(c -> c.name() + " " + c.type()).toList()
                    .equals(b.columns().stream().map(c -> c.name() + " " + c.type()).toList());
        }
    }
}
