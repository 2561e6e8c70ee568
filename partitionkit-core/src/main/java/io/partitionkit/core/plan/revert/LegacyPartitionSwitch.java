package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.MaintenanceLock;
import io.partitionkit.core.plan.MaintenanceRecord;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.Objects;
import java.util.Optional;

/**
 * The last step of a revert by the legacy partition, one short transaction under lock_timeout: once
 * every other partition's rows are in it, the legacy partition (the table's DEFAULT by then, its only
 * partition) is detached and takes the table's name, its indexes and constraints their original
 * names, the primary key its original columns, and it gets the table's triggers, policies, grants,
 * comments, views, sequences, publications and incoming foreign keys; the partitioned table is
 * dropped. Catalog work only: the index for the original key was built beforehand.
 */
final class LegacyPartitionSwitch {

    private final TableSnapshot table;
    private final TableSnapshot legacy;
    private final RevertFacts facts;
    private final RevertNames names;
    private final PrimaryKeyChange primaryKey;
    private final String primaryKeyComment;
    private final LockedTransaction transaction;

    /**
     * How the primary key becomes the plain table's: {@code index} is the unique index built on the
     * legacy partition for the original columns, or empty when the key keeps its columns.
     */
    record PrimaryKeyChange(String name, Optional<String> index) {
    }

    LegacyPartitionSwitch(TableSnapshot table, TableSnapshot legacy, RevertFacts facts, RevertNames names, PrimaryKeyChange primaryKey,
                          String primaryKeyComment, RetryPolicy retry) {
        this.table = table;
        this.legacy = legacy;
        this.facts = facts;
        this.names = names;
        this.primaryKey = primaryKey;
        this.primaryKeyComment = primaryKeyComment;
        this.transaction = new LockedTransaction("switch " + table.name() + " back to a plain table: " + legacy.name()
                + ", its only partition now, takes its name and properties", retry);
    }

    Step toStep() {
        QualifiedName name = table.name();
        QualifiedName retired = name.sibling(names.retiredParent());
        transaction.sql(Ddl.lockTable(name, LockMode.ACCESS_EXCLUSIVE));
        transaction.plpgsql(MaintenanceLock.heldForTransaction(table.oid()));
        onlyPartitionCheck();
        CarriedProperties.readIdentityPositions(table, transaction);
        transaction.sql(CarriedProperties.dropIncomingForeignKeys(table));
        transaction.sql(Ddl.detachPartition(name, legacy.name()));
        transaction.sql(Ddl.renameTable(name, retired.name()));
        transaction.sql(Ddl.renameTable(legacy.name(), name.name()));
        transaction.sql(CarriedProperties.takeOverDependants(table, name));
        transaction.sql(CarriedProperties.movePublications(table, retired, name));
        transaction.sql(Ddl.dropTable(retired));
        giveOriginalNames(name);
        CarriedProperties.addIdentities(table, name, facts.defaults().onIdentitySequences(), transaction);
        transaction.sql(CarriedProperties.triggers(table, name, trigger -> true));
        transaction.sql(Ddl.rowSecurity(name, table.rowSecurity(), table.forceRowSecurity()));
        transaction.sql(CarriedProperties.policies(table, name));
        // A partition keeps only its owner's access; whatever someone granted on it since goes too.
        transaction.sql(CarriedProperties.privileges(table, name, legacy.grantees()));
        if (MaintenanceRecord.withoutNote(table.comment()) == null) {
            transaction.sql(Ddl.commentOnTable(name, null)); // the revert's note on the partition goes
        }
        transaction.sql(CarriedProperties.comments(table, name, primaryKeyComment));
        columnAndCheckComments(name);
        if (legacy.replicaIdentity() != table.replicaIdentity() || !Objects.equals(legacy.replicaIdentityIndex(), table.replicaIdentityIndex())) {
            transaction.sql(Ddl.replicaIdentity(name, table.replicaIdentity(), table.replicaIdentityIndex()));
        }
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    /** Stops the switch when a partition was created since the plan: its rows would be dropped with the table. */
    private void onlyPartitionCheck() {
        transaction.plpgsql("IF EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = " + table.name().regclassLiteral()
                        + "::regclass AND i.inhrelid <> " + legacy.name().regclassLiteral() + "::regclass) THEN",
                "  " + DoBlock.raiseWithHint("EXCEPTION", "partitionkit: % has partitions besides % that the revert has not emptied yet",
                        "Nothing was switched. Run the change again: it moves their rows too.", Sql.literal(table.name().toString()),
                        Sql.literal(legacy.name().toString())),
                "END IF;");
    }

    /**
     * The partitioned table is gone, so its names are free: each index and index-backed constraint of
     * the legacy partition takes the name of the table's index it was attached to, and the primary key
     * its original columns.
     */
    private void giveOriginalNames(QualifiedName name) {
        Optional<Constraint> legacyKey = legacy.primaryKey();
        if (primaryKey.index().isPresent()) {
            legacyKey.ifPresent(key -> transaction.sql(Ddl.dropConstraint(name, key.name())));
            transaction.sql(Ddl.addPrimaryKeyUsingIndex(name, primaryKey.name(), primaryKey.index().get()));
        } else if (legacyKey.isPresent() && !legacyKey.get().name().equals(primaryKey.name())) {
            transaction.sql(Ddl.renameIndexBackedConstraint(name, legacyKey.get().name(), primaryKey.name()));
        }
        for (Index index : legacy.indexes()) {
            Optional<Index> original = Optional.ofNullable(index.parentIndex()).flatMap(table::index);
            if (original.isEmpty() || original.get().primary() || original.get().name().equals(index.name())) {
                continue;
            }
            if (index.backsConstraint()) {
                transaction.sql(Ddl.renameIndexBackedConstraint(name, index.constraintName(), original.get().constraintName()));
            } else {
                transaction.sql(Ddl.renameIndex(name.sibling(index.name()), original.get().name()));
            }
        }
    }

    /** Comments on columns and CHECKs, which the legacy partition holds as they were at the conversion. */
    private void columnAndCheckComments(QualifiedName name) {
        for (Column column : table.columns()) {
            Optional<Column> own = legacy.column(column.name());
            if (own.isPresent() && !Objects.equals(own.get().comment(), column.comment())) {
                transaction.sql(Ddl.commentOnColumn(name, column.name(), column.comment()));
            }
        }
        for (Constraint check : table.constraints()) {
            Optional<Constraint> own = legacy.constraint(check.name());
            if (check.isCheck() && own.isPresent() && !Objects.equals(own.get().comment(), check.comment())) {
                transaction.sql(Ddl.commentOnConstraint(name, check.name(), check.comment()));
            }
        }
    }
}
