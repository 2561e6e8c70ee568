package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.KeptTable;
import io.partitionkit.core.plan.LiveTableCopy;
import io.partitionkit.core.plan.RetryPolicy;
import java.util.List;

/**
 * The switch of copy: the partitioned table was built and filled beforehand. The switch replays the
 * last logged writes into it, gives it the name, and keeps the old table aside as a snapshot of the
 * rows at that moment, written no more.
 */
final class CopySwitch extends ConversionSwitch {

    private final CopyNames copyNames;
    private final LiveTableCopy rows;
    /** Whether the index walking the key in order is the copy's own, to be dropped. */
    private final boolean ownOrderIndex;

    CopySwitch(TableSnapshot table, ConversionOptions options, ConversionNames names, boolean widened, RetryPolicy retry,
               DefaultPrivileges defaults, CopyNames copyNames, LiveTableCopy rows, boolean ownOrderIndex) {
        super(table, options, names, widened, retry, defaults);
        this.copyNames = copyNames;
        this.rows = rows;
        this.ownOrderIndex = ownOrderIndex;
    }

    @Override
    void catchUp() {
        transaction.sql(rows.finalReplay());
    }

    @Override
    boolean isOwnTrigger(String trigger) {
        return copyNames.capture().trigger().equals(trigger);
    }

    @Override
    boolean isOwnIndex(String index) {
        return super.isOwnIndex(index) || copyNames.orderIndex().equals(index);
    }

    @Override
    void removeOwnObjectsFromOldTable() {
        transaction.sql(Ddl.dropTrigger(table.name(), copyNames.capture().trigger()));
        if (ownOrderIndex) {
            transaction.sql(Ddl.dropIndex(table.name().sibling(copyNames.orderIndex())));
        }
    }

    /** The filled partitioned table takes the name; its indexes and constraints take the original names. */
    @Override
    void createParent() {
        transaction.sql(Ddl.renameTable(copyNames.shadow(), parent.name()));
        for (Constraint constraint : table.constraints()) {
            if (constraint.isIndexBacked()) {
                transaction.sql(Ddl.renameIndexBackedConstraint(parent, copyNames.temporary(constraint.name()), constraint.name()));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint() && !copyNames.orderIndex().equals(index.name())) {
                transaction.sql(Ddl.renameIndex(parent.sibling(copyNames.temporary(index.name())), index.name()));
            }
        }
        transaction.sql(Ddl.commentOnTable(parent, table.comment()));
    }

    /** The shadow had what default privileges add revoked when it was created: nobody could read copied rows through it. */
    @Override
    List<String> addedOnCreation() {
        return List.of();
    }

    @Override
    boolean repointsIncomingForeignKeys() {
        return true;
    }

    /**
     * The old table stays as a snapshot of the rows at the switch: it loses the capture machinery and
     * its foreign keys (which would otherwise hold back deletes in the tables it references), and is
     * set aside with its note.
     */
    @Override
    void retireOldTable() {
        for (Constraint constraint : table.constraints()) {
            if (constraint.isForeignKey()) {
                transaction.sql(Ddl.dropConstraint(legacy, constraint.name()));
            }
        }
        transaction.sql(KeptTable.setAside(table, legacy, KeptTable.copyNote(table.name())));
        transaction.sql(Ddl.dropTable(copyNames.capture().log()));
        transaction.sql(Ddl.dropFunction(copyNames.capture().function()));
    }
}
