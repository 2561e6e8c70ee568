package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.PrimaryKeyMarker;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * The one short transaction a conversion ends with, under lock_timeout and retried: the old table
 * and its indexes move aside, a partitioned table takes the original name and every property, and
 * the old table becomes what the strategy makes of it. Catalog work only: whatever reads rows or
 * builds indexes happened before. Each strategy is its own kind of switch; this holds their order
 * and what they share.
 */
abstract sealed class ConversionSwitch permits InPlaceSwitch, CopySwitch {

    protected final TableSnapshot table;
    protected final ConversionOptions options;
    protected final ConversionNames names;
    /** Whether the primary key gains the partition key. */
    protected final boolean widened;
    protected final DefaultPrivileges defaults;
    protected final PartitionTemplate template;
    /** The partitioned table: the table's own name. */
    protected final QualifiedName parent;
    /** Where the old table goes. */
    protected final QualifiedName legacy;
    protected final LockedTransaction transaction;

    ConversionSwitch(TableSnapshot table, ConversionOptions options, ConversionNames names, boolean widened, RetryPolicy retry,
                     DefaultPrivileges defaults) {
        this.table = table;
        this.options = options;
        this.names = names;
        this.widened = widened;
        this.defaults = defaults;
        this.parent = table.name();
        this.legacy = table.name().sibling(names.legacyTable());
        this.template = PartitionTemplate.of(table, parent, defaults.onTables());
        this.transaction = new LockedTransaction("switch " + table.name() + " to a range-partitioned table, " + outcome(), retry);
    }

    final Step toStep() {
        transaction.sql(Ddl.lockTable(table.name(), LockMode.ACCESS_EXCLUSIVE));
        catchUp();
        CarriedProperties.readIdentityPositions(table, transaction);
        moveOldTableAside();
        createParent();
        transaction.sql(CarriedProperties.owner(table, parent));
        moveSequences();
        addKeysIndexesAndForeignKeys();
        distribute();
        settleOldTable();
        transaction.sql(CarriedProperties.triggers(table, parent, trigger -> !isOwnTrigger(trigger.name())));
        transaction.sql(CarriedProperties.rowSecurity(table, parent));
        transaction.sql(CarriedProperties.privileges(table, parent, addedOnCreation()));
        transaction.sql(CarriedProperties.comments(table, parent, primaryKeyComment()));
        transaction.sql(CarriedProperties.replicaIdentity(table, parent));
        createPartitions();
        transaction.sql(CarriedProperties.movePublications(table, legacy, parent));
        transaction.sql(CarriedProperties.views(table));
        if (repointsIncomingForeignKeys()) {
            transaction.sql(CarriedProperties.repointIncomingForeignKeys(table));
        }
        retireOldTable();
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    /** Makes the new partitioned table a Citus table as the old one is, before the old one and the partitions join it. */
    void distribute() {
    }

    /** What becomes of the old table, for the switch's description; called by the constructor, so it reads no field of a subclass. */
    String outcome() {
        return "keeping the old table as " + legacy;
    }

    /** What happens first, once the table is locked: nothing, unless the new table must catch up. */
    void catchUp() {
    }

    /** The partitioned table under the original name. */
    abstract void createParent();

    /** The keys, indexes and foreign keys the partitioned table still lacks. */
    void addKeysIndexesAndForeignKeys() {
    }

    /** What the old table becomes, once the new one has its name, keys and indexes. */
    void settleOldTable() {
    }

    /** The roles whose default privileges on the partitioned table are still to be revoked. */
    abstract List<String> addedOnCreation();

    void createPartitions() {
    }

    /** Whether foreign keys of other tables follow the name to the partitioned table. */
    abstract boolean repointsIncomingForeignKeys();

    /** What the old table keeps and loses once everything else has moved. */
    void retireOldTable() {
    }

    /** Whether the old table's primary key gives way to the unique index built on it with the partition key. */
    boolean takesPartitionKeyIndexAsPrimaryKey() {
        return false;
    }

    /** A trigger of the old table that is the conversion's own, not the table's. */
    boolean isOwnTrigger(String trigger) {
        return false;
    }

    /** An index of the old table that is the conversion's own, not the table's. */
    boolean isOwnIndex(String index) {
        return names.isOwnIndex(index);
    }

    /** Removes from the old table what the conversion put on it. */
    void removeOwnObjectsFromOldTable() {
    }

    private void moveOldTableAside() {
        QualifiedName old = table.name();
        Constraint primaryKey = table.primaryKey().orElseThrow();
        if (takesPartitionKeyIndexAsPrimaryKey()) {
            transaction.sql(Ddl.dropConstraint(old, primaryKey.name()));
            transaction.sql(Ddl.addPrimaryKeyUsingIndex(old, names.legacyName(primaryKey.name()), names.partitionKeyIndex()));
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.isIndexBacked() && !(takesPartitionKeyIndexAsPrimaryKey() && constraint.isPrimaryKey())) {
                transaction.sql(Ddl.renameIndexBackedConstraint(old, constraint.name(), names.legacyName(constraint.name())));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint() && !isOwnIndex(index.name())) {
                transaction.sql(Ddl.renameIndex(old.sibling(index.name()), names.legacyName(index.name())));
            }
        }
        transaction.sql(CarriedProperties.dropTriggers(table, old, trigger -> !isOwnTrigger(trigger.name())));
        removeOwnObjectsFromOldTable();
        transaction.sql(Ddl.renameTable(old, legacy.name()));
    }

    /** Serial sequences change owner; identity sequences are recreated on the parent where the old ones stopped. */
    private void moveSequences() {
        for (OwnedSequence sequence : CarriedProperties.identitySequences(table)) {
            transaction.sql(Ddl.dropIdentity(legacy, sequence.column()));
        }
        CarriedProperties.addIdentities(table, parent, defaults.onIdentitySequences(), transaction);
        transaction.sql(CarriedProperties.serialSequencesOwnedBy(table, parent));
    }

    private String primaryKeyComment() {
        Constraint primaryKey = table.primaryKey().orElseThrow();
        return widened ? PrimaryKeyMarker.comment(primaryKey.comment(), primaryKey.columns()) : primaryKey.comment();
    }
}
