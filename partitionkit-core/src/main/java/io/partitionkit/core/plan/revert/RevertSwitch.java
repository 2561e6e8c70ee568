package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.KeptTable;
import io.partitionkit.core.plan.LiveTableCopy;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.MaintenanceRecord;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * The one short transaction of a revert, under lock_timeout and retried: the last logged writes are
 * replayed, the plain copy takes the table's name, views, foreign keys, sequences, triggers, policies,
 * grants and comments, and the partitioned table is dropped. Nothing is scanned but the log.
 */
final class RevertSwitch {

    private final TableSnapshot table;
    private final RevertFacts facts;
    private final RevertNames names;
    private final LiveTableCopy copy;
    private final RevertNote note;
    private final String primaryKeyName;
    private final String primaryKeyComment;
    private final LockedTransaction transaction;

    RevertSwitch(TableSnapshot table, RevertFacts facts, RevertNames names, LiveTableCopy copy, RevertNote note, String primaryKeyName,
                 String primaryKeyComment, RetryPolicy retry) {
        this.table = table;
        this.facts = facts;
        this.names = names;
        this.copy = copy;
        this.note = note;
        this.primaryKeyName = primaryKeyName;
        this.primaryKeyComment = primaryKeyComment;
        this.transaction = new LockedTransaction("switch " + table.name() + " back to a plain table", retry);
    }

    Step toStep() {
        QualifiedName name = table.name();
        QualifiedName retired = name.sibling(names.retiredParent());
        transaction.sql(Ddl.lockTable(name, LockMode.ACCESS_EXCLUSIVE));
        transaction.plpgsql(note.check(names.target()).toArray(String[]::new));
        transaction.sql(copy.finalReplay());
        CarriedProperties.readIdentityPositions(table, transaction);
        transaction.sql(CarriedProperties.dropIncomingForeignKeys(table));
        transaction.sql(Ddl.renameTable(name, retired.name()));
        transaction.sql(Ddl.renameTable(names.target(), name.name()));
        transaction.sql(CarriedProperties.takeOverDependants(table, name));
        transaction.sql(CarriedProperties.movePublications(table, retired, name));
        transaction.sql(Ddl.dropTable(retired));
        facts.legacy().filter(legacy -> KeptTable.fate(legacy, table.name()).isPresent())
                .ifPresent(legacy -> transaction.sql(Ddl.dropTable(legacy.name())));
        giveFinalNames(name);
        CarriedProperties.addIdentities(table, name, facts.defaults().onIdentitySequences(), transaction);
        transaction.sql(CarriedProperties.triggers(table, name, trigger -> !trigger.name().equals(names.captureTrigger())));
        transaction.sql(CarriedProperties.rowSecurity(table, name));
        // What default privileges add to the copy was revoked when it was created.
        transaction.sql(CarriedProperties.privileges(table, name, List.of()));
        if (MaintenanceRecord.withoutNote(table.comment()) == null) {
            transaction.sql(Ddl.commentOnTable(name, null)); // the copy's note goes
        }
        transaction.sql(CarriedProperties.comments(table, name, primaryKeyComment));
        transaction.sql(CarriedProperties.replicaIdentity(table, name));
        transaction.sql(Ddl.dropTable(names.log()));
        transaction.sql(Ddl.dropFunction(names.captureFunction()));
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    /** The copy's indexes and constraints had temporary names while the originals were taken. */
    private void giveFinalNames(QualifiedName name) {
        transaction.sql(Ddl.renameIndexBackedConstraint(name, names.temporary(primaryKeyName), primaryKeyName));
        for (Constraint constraint : table.constraints()) {
            if ((constraint.isUnique() || constraint.isExclusion())) {
                transaction.sql(Ddl.renameIndexBackedConstraint(name, names.temporary(constraint.name()), constraint.name()));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint()) {
                transaction.sql(Ddl.renameIndex(name.sibling(names.temporary(index.name())), index.name()));
            }
        }
    }
}
