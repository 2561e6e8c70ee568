package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.BoundCheck;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.FinishingSteps;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.MaintenanceLock;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.RevertMarker;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a revert by the legacy partition: the table's history stays where it is, and only the rows
 * written since the conversion move. Every row stays visible through the table at every moment.
 * <ol>
 * <li>Online: a {@code CHECK (key < boundary)} is added NOT VALID to the legacy partition and
 * validated (one read, writes go on), and the unique index for the plain table's primary key is
 * built on it concurrently.</li>
 * <li>One short transaction: the DEFAULT is detached, the legacy partition is detached and attached
 * again as the DEFAULT, which PostgreSQL proves from the CHECK without a scan; the CHECK goes, the old
 * DEFAULT's rows (normally none) move in, and a note marks the unfinished revert.</li>
 * <li>One short transaction per other partition: it is detached, its rows are inserted into the
 * legacy partition and it is dropped. Its range then belongs to the DEFAULT, so new rows for it
 * land in the legacy partition directly.</li>
 * <li>The switch ({@link LegacyPartitionSwitch}).</li>
 * </ol>
 * A run stopped anywhere leaves every row visible through the table; the next one continues from what
 * the catalog shows. Each transaction that changes partitions holds the table's maintenance lock, and
 * maintenance refuses the table while the note is there.
 */
final class LegacyPartitionRevert {

    private final TableSnapshot table;
    private final LegacyPartition legacy;
    private final RevertFacts facts;
    private final RevertNames names;
    private final List<String> primaryKey;
    private final String primaryKeyName;
    private final String primaryKeyComment;
    private final RetryPolicy retry;
    private final RowMove move;

    LegacyPartitionRevert(TableSnapshot table, LegacyPartition legacy, RevertFacts facts, RevertOptions options, RevertNames names,
                          List<String> primaryKey, String primaryKeyName, String primaryKeyComment) {
        this.table = table;
        this.legacy = legacy;
        this.facts = facts;
        this.names = names;
        this.primaryKey = primaryKey;
        this.primaryKeyName = primaryKeyName;
        this.primaryKeyComment = primaryKeyComment;
        this.retry = RetryPolicy.of(options.lockTimeout(), facts.citus());
        this.move = new RowMove(table, legacy.snapshot().name(), primaryKey);
    }

    Plan plan() {
        QualifiedName partition = legacy.snapshot().name();
        List<Partition> others = table.partitioning().partitions().stream()
                .filter(p -> p.oid() != legacy.entry().oid() && !p.isDefault()).toList();
        long rowsToMove = table.partitioning().partitions().stream().filter(p -> p.oid() != legacy.entry().oid())
                .mapToLong(Partition::estimatedRows).sum();
        String summary = "revert " + table.name() + " to a plain table in place: its legacy partition " + partition + " (about "
                + legacy.entry().estimatedRows() + " rows) becomes the table again, and the rows of the " + others.size()
                + " other partition(s)" + (legacy.isDefault() ? "" : " and DEFAULT") + " (about " + rowsToMove + " rows) move into it";
        List<Step> steps = new ArrayList<>();
        steps.add(Step.notice(summary));
        String check = conversionBoundCheck().orElse(names.legacyBoundCheck());
        if (!legacy.isDefault() && !check.equals(conversionBoundCheck().orElse(null))) {
            steps.addAll(boundCheck(check));
        }
        Optional<String> index = primaryKeyIndex(steps);
        if (!legacy.isDefault()) {
            steps.add(makeDefault(check));
        }
        for (Partition other : others) {
            steps.add(moveRows(other));
        }
        steps.add(new LegacyPartitionSwitch(table, legacy.snapshot(), facts, names,
                new LegacyPartitionSwitch.PrimaryKeyChange(primaryKeyName, index), primaryKeyComment, retry).toStep());
        // Once the legacy partition is the DEFAULT, every incoming foreign key was added again NOT VALID: which ones were
        // validated before is lost, so a resumed run validates them all, as a run finishing after the switch does.
        // No ANALYZE: the legacy partition's statistics describe the plain table's history, the rows moved in are few.
        steps.addAll(FinishingSteps.foreignKeyValidations(table.incomingForeignKeys().stream()
                .filter(foreignKey -> foreignKey.validated() || legacy.isDefault()).toList(), "plain table"));
        return new Plan(summary, steps, List.of());
    }

    /**
     * The CHECK an attach conversion left on the legacy partition, when it still proves the partition's
     * bound (validated, the same boundary): it spares the revert a read of the whole partition.
     */
    private Optional<String> conversionBoundCheck() {
        String upper = legacy.entry().upper();
        return legacy.snapshot().constraint(TableNames.boundCheck(table.name().name()))
                .filter(c -> c.validated() && upper != null && BoundCheck.boundsBelow(c.definition(), upper)).map(Constraint::name);
    }

    /** The CHECK that lets PostgreSQL attach the legacy partition as the DEFAULT without reading it. */
    private List<Step> boundCheck(String check) {
        QualifiedName partition = legacy.snapshot().name();
        String key = table.partitioning().keyColumns().get(0);
        List<Step> steps = new ArrayList<>();
        Optional<Constraint> existing = legacy.snapshot().constraint(check);
        if (existing.isEmpty()) {
            steps.add(new LockedTransaction("add CHECK " + check + " (" + key + " < " + legacy.entry().upper() + ") to " + partition
                    + " without scanning it", retry)
                    .sql(Ddl.addConstraint(partition, check, "CHECK (" + Sql.ident(key) + " < " + legacy.entry().upper() + ") NOT VALID"))
                    .toStep(LockMode.ACCESS_EXCLUSIVE));
        }
        if (existing.isEmpty() || !existing.get().validated()) {
            steps.add(Step.online("validate CHECK " + check + " on " + partition + " (reads every row; writes continue)",
                    Ddl.validateConstraint(partition, check), LockMode.SHARE_UPDATE_EXCLUSIVE));
        }
        return steps;
    }

    /**
     * The unique index on the plain table's primary key, built on the legacy partition concurrently;
     * empty when the key keeps the columns it has (the conversion did not widen it).
     */
    private Optional<String> primaryKeyIndex(List<Step> steps) {
        if (table.primaryKey().filter(key -> key.columns().equals(primaryKey)).isPresent()) {
            return Optional.empty();
        }
        QualifiedName partition = legacy.snapshot().name();
        Optional<Index> built = legacy.snapshot().indexes().stream().filter(i -> LegacyPartition.isPrimaryKeyIndex(i, primaryKey))
                .filter(Index::valid).findFirst();
        if (built.isPresent()) {
            return Optional.of(built.get().name());
        }
        for (Index invalid : legacy.snapshot().indexes()) {
            if (LegacyPartition.isPrimaryKeyIndex(invalid, primaryKey)) {
                steps.add(Step.online("drop the invalid index " + invalid.name() + " an interrupted run left on " + partition,
                        Ddl.dropIndexConcurrently(partition.sibling(invalid.name())), LockMode.SHARE_UPDATE_EXCLUSIVE));
            }
        }
        String name = names.temporary(primaryKeyName);
        steps.add(Step.online("build the unique index " + name + " for the plain table's primary key " + primaryKey + " on " + partition
                + ", concurrently (writes continue)", Ddl.createUniqueIndexConcurrently(partition, name, primaryKey),
                LockMode.SHARE_UPDATE_EXCLUSIVE));
        return Optional.of(name);
    }

    private LockedTransaction locked(String description) {
        LockedTransaction transaction = new LockedTransaction(description, retry);
        move.prepare(transaction);
        transaction.sql(Ddl.lockTable(table.name(), LockMode.ACCESS_EXCLUSIVE));
        transaction.plpgsql(MaintenanceLock.heldForTransaction(table.oid()));
        move.checkColumns(transaction);
        return transaction;
    }

    private Step makeDefault(String check) {
        QualifiedName partition = legacy.snapshot().name();
        Optional<QualifiedName> oldDefault = table.partitioning().defaultPartition().map(Partition::name);
        LockedTransaction transaction = locked("make " + partition + " the DEFAULT partition of " + table.name() + " (proved by CHECK "
                + check + ", no scan)" + oldDefault.map(d -> ", moving the rows of the old DEFAULT " + d + " into it").orElse(""));
        transaction.plpgsql("IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = " + partition.regclassLiteral()
                        + "::regclass AND k.conname = " + Sql.literal(check) + " AND k.convalidated) THEN",
                "  " + DoBlock.raiseWithHint("EXCEPTION", "partitionkit: the CHECK % on % is gone or not validated",
                        "Without it PostgreSQL would read the whole partition under lock. Run the change again.", Sql.literal(check),
                        Sql.literal(partition.toString())),
                "END IF;");
        transaction.sql(CarriedProperties.dropIncomingForeignKeys(table));
        oldDefault.ifPresent(d -> transaction.sql(Ddl.detachPartition(table.name(), d)));
        transaction.sql(Ddl.detachPartition(table.name(), partition));
        transaction.sql(Ddl.attachPartition(table.name(), partition, "DEFAULT"));
        transaction.sql(Ddl.dropConstraint(partition, check));
        oldDefault.ifPresent(d -> move.moveAndDrop(transaction, d));
        transaction.sql(CarriedProperties.addIncomingForeignKeysNotValid(table));
        transaction.sql(Ddl.commentOnTable(partition, RevertMarker.comment(legacy.snapshot().comment(), table.name())));
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    private Step moveRows(Partition other) {
        QualifiedName partition = legacy.snapshot().name();
        LockedTransaction transaction = locked("move the rows of " + other.name() + " (about " + other.estimatedRows() + ") into "
                + partition + " and drop it");
        transaction.plpgsql("IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = " + table.name().regclassLiteral()
                + "::regclass AND i.inhrelid = pg_catalog.to_regclass(" + other.name().regclassLiteral() + ")) THEN");
        transaction.sql(CarriedProperties.dropIncomingForeignKeys(table));
        transaction.sql(Ddl.detachPartition(table.name(), other.name()));
        move.moveAndDrop(transaction, other.name());
        transaction.sql(CarriedProperties.addIncomingForeignKeysNotValid(table));
        transaction.plpgsql("END IF;");
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }
}
