package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
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
    private final RowCopy copy;
    private final String primaryKeyName;
    private final String primaryKeyComment;
    private final LockedTransaction transaction;

    RevertSwitch(TableSnapshot table, RevertFacts facts, RevertNames names, RowCopy copy, String primaryKeyName,
                 String primaryKeyComment, RetryPolicy retry) {
        this.table = table;
        this.facts = facts;
        this.names = names;
        this.copy = copy;
        this.primaryKeyName = primaryKeyName;
        this.primaryKeyComment = primaryKeyComment;
        this.transaction = new LockedTransaction("switch " + table.name() + " back to a plain table", retry);
    }

    Step toStep() {
        QualifiedName name = table.name();
        QualifiedName retired = name.sibling(names.retiredParent());
        transaction.sql(Ddl.lockTable(name));
        transaction.sql(copy.finalReplay());
        List<OwnedSequence> identities = table.ownedSequences().stream().filter(OwnedSequence::identity).toList();
        for (int i = 0; i < identities.size(); i++) {
            transaction.declare("pk_next_" + i + " bigint");
            transaction.plpgsql(CarriedProperties.readIdentityPosition(identities.get(i), "pk_next_" + i));
        }
        transaction.sql(Ddl.renameTable(name, retired.name()));
        transaction.sql(Ddl.renameTable(names.target(), name.name()));
        transaction.sql(CarriedProperties.owner(table, name));
        transaction.sql(CarriedProperties.views(table));
        for (OwnedSequence sequence : table.ownedSequences()) {
            if (!sequence.identity()) {
                transaction.sql(Ddl.sequenceOwnedBy(sequence.name(), name, sequence.column()));
            }
        }
        for (IncomingForeignKey foreignKey : table.incomingForeignKeys()) {
            transaction.sql(Ddl.dropConstraint(foreignKey.table(), foreignKey.name()));
            transaction.sql(Ddl.addConstraint(foreignKey.table(), foreignKey.name(), foreignKey.definition() + " NOT VALID"));
            if (foreignKey.comment() != null) {
                transaction.sql(Ddl.commentOnConstraint(foreignKey.table(), foreignKey.name(), foreignKey.comment()));
            }
        }
        transaction.sql(CarriedProperties.movePublications(table, retired, name));
        transaction.sql("DROP TABLE " + retired.sql());
        facts.legacy().ifPresent(legacy -> transaction.sql("DROP TABLE " + legacy.name().sql()));
        giveFinalNames(name);
        for (int i = 0; i < identities.size(); i++) {
            transaction.plpgsql(CarriedProperties.addIdentity(table, identities.get(i), name, "pk_next_" + i));
        }
        transaction.sql(CarriedProperties.triggers(table, name, trigger -> !trigger.name().equals(names.captureTrigger())));
        transaction.sql(CarriedProperties.rowSecurity(table, name));
        transaction.sql(CarriedProperties.grants(table, name));
        transaction.sql(CarriedProperties.comments(table, name, primaryKeyComment));
        transaction.sql(CarriedProperties.replicaIdentity(table, name));
        transaction.sql("DROP TABLE " + names.log().sql());
        transaction.sql("DROP FUNCTION " + names.captureFunction().sql() + "()");
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    /** The copy's indexes and constraints had temporary names while the originals were taken. */
    private void giveFinalNames(QualifiedName name) {
        transaction.sql(Ddl.renameConstraint(name, names.temporary(primaryKeyName), primaryKeyName));
        for (Constraint constraint : table.constraints()) {
            if ((constraint.isUnique() || constraint.isExclusion())) {
                transaction.sql(Ddl.renameConstraint(name, names.temporary(constraint.name()), constraint.name()));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint()) {
                transaction.sql(Ddl.renameIndex(name.sibling(names.temporary(index.name())), index.name()));
            }
        }
    }
}
