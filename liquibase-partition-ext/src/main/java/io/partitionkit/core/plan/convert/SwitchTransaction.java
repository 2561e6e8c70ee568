package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.KeptTable;
import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.LockedTransaction;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.PrimaryKeyMarker;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.RowCopy;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Optional;

/**
 * The one short transaction of a conversion, under lock_timeout and retried: the old table and its
 * indexes move aside, the partitioned table takes the original name and every property, and (with
 * attach) the old table becomes its first partition. Catalog work only: the data was proven to fit
 * beforehand, and every index the partition needs already exists. With copy, the partitioned table
 * was built and filled beforehand: the switch replays the last logged writes into it and renames it.
 */
final class SwitchTransaction {

    private final TableSnapshot table;
    private final ConversionOptions options;
    private final ConversionPlanner.Layout layout;
    private final ConversionNames names;
    private final boolean widened;
    private final boolean attach;
    /** Whether the old table carries the boundary CHECK at the switch (the parent copies it with LIKE; both drop it). */
    private final boolean boundCheck;
    private final QualifiedName parent;
    private final QualifiedName legacy;
    private final LockedTransaction transaction;
    private final Optional<Shadow> shadow;
    private final DefaultPrivileges defaults;
    private final PartitionTemplate template;

    /**
     * The partitioned table strategy copy filled, and how it catches up.
     *
     * @param ownOrderIndex whether the index walking the key in order is the copy's own, to be dropped
     */
    record Shadow(CopyNames names, RowCopy rows, boolean ownOrderIndex) {
    }

    SwitchTransaction(TableSnapshot table, ConversionOptions options, ConversionPlanner.Layout layout, ConversionNames names,
                      boolean widened, RetryPolicy retry, DefaultPrivileges defaults) {
        this(table, options, layout, names, widened, retry, defaults, Optional.empty());
    }

    SwitchTransaction(TableSnapshot table, ConversionOptions options, ConversionNames names, boolean widened, RetryPolicy retry,
                      DefaultPrivileges defaults, Shadow shadow) {
        this(table, options, null, names, widened, retry, defaults, Optional.of(shadow));
    }

    private SwitchTransaction(TableSnapshot table, ConversionOptions options, ConversionPlanner.Layout layout, ConversionNames names,
                              boolean widened, RetryPolicy retry, DefaultPrivileges defaults, Optional<Shadow> shadow) {
        this.table = table;
        this.options = options;
        this.layout = layout;
        this.names = names;
        this.widened = widened;
        this.attach = options.strategy() == ConversionOptions.Strategy.ATTACH;
        this.boundCheck = attach && (layout.needsBoundCheck() || table.constraint(names.boundCheck()).isPresent());
        this.parent = table.name();
        this.legacy = table.name().sibling(names.legacyTable());
        this.shadow = shadow;
        this.defaults = defaults;
        this.template = PartitionTemplate.of(table, parent, defaults.onTables());
        this.transaction = new LockedTransaction("switch " + table.name() + " to a range-partitioned table, keeping the old table as "
                + legacy, retry);
    }

    Step toStep() {
        transaction.sql(Ddl.lockTable(table.name(), LockMode.ACCESS_EXCLUSIVE));
        shadow.ifPresent(s -> transaction.sql(s.rows().finalReplay()));
        CarriedProperties.readIdentityPositions(table, transaction);
        moveOldTableAside();
        if (shadow.isPresent()) {
            shadowTakesTheName(shadow.get().names());
        } else {
            createPartitionedTable();
        }
        transaction.sql(CarriedProperties.owner(table, parent));
        moveSequences();
        if (shadow.isEmpty()) {
            addKeysIndexesAndForeignKeys();
        }
        if (attach) {
            transaction.sql(Ddl.attachPartition(parent, legacy, "FOR VALUES FROM (MINVALUE) TO ("
                    + layout.grid().literal(layout.boundary()) + ")"));
        }
        if (boundCheck) {
            transaction.sql(Ddl.dropConstraint(legacy, names.boundCheck()));
        }
        if (attach) {
            legacyPartitionAccess();
        } else if (shadow.isEmpty()) {
            transaction.sql(KeptTable.setAside(table, legacy, KeptTable.emptyNote(table.name())));
        }
        transaction.sql(CarriedProperties.triggers(table, parent, trigger -> !isCaptureTrigger(trigger.name())));
        transaction.sql(CarriedProperties.rowSecurity(table, parent));
        // The shadow had what default privileges add revoked when it was created: nobody could read copied rows through it.
        transaction.sql(CarriedProperties.privileges(table, parent, shadow.isPresent() ? List.of() : defaults.onTables()));
        transaction.sql(CarriedProperties.comments(table, parent, primaryKeyComment()));
        transaction.sql(CarriedProperties.replicaIdentity(table, parent));
        if (shadow.isEmpty()) {
            createPartitions();
        }
        transaction.sql(CarriedProperties.movePublications(table, legacy, parent));
        transaction.sql(CarriedProperties.views(table));
        if (attach || shadow.isPresent()) {
            transaction.sql(CarriedProperties.repointIncomingForeignKeys(table));
        }
        shadow.ifPresent(this::retireCopiedTable);
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
    }

    /**
     * The old table is a partition now: its privileges went to the partitioned table, which guards
     * its rows; it keeps only its owner's, and row-level security like every partition, no policy.
     */
    private void legacyPartitionAccess() {
        transaction.sql(template.accessOfExistingPartition(legacy, table.grantees(),
                table.rowSecurity(), table.forceRowSecurity()));
        table.policies().forEach(policy -> transaction.sql(Ddl.dropPolicy(legacy, policy.name())));
    }

    private boolean isCaptureTrigger(String trigger) {
        return shadow.map(s -> s.names().capture().trigger().equals(trigger)).orElse(false);
    }

    private boolean isOrderIndex(String index) {
        return shadow.map(s -> s.names().orderIndex().equals(index)).orElse(false);
    }

    /** The filled partitioned table takes the name; its indexes and constraints take the original names. */
    private void shadowTakesTheName(CopyNames copyNames) {
        transaction.sql(Ddl.renameTable(copyNames.shadow(), parent.name()));
        for (Constraint constraint : table.constraints()) {
            if (constraint.isIndexBacked()) {
                transaction.sql(Ddl.renameConstraint(parent, copyNames.temporary(constraint.name()), constraint.name()));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint() && !isOrderIndex(index.name())) {
                transaction.sql(Ddl.renameIndex(parent.sibling(copyNames.temporary(index.name())), index.name()));
            }
        }
        transaction.sql(Ddl.commentOnTable(parent, table.comment()));
    }

    /**
     * The old table stays as a snapshot of the rows at the switch, written no more: it loses the
     * capture machinery and its foreign keys (which would otherwise hold back deletes in the tables
     * it references), and says what it is.
     */
    private void retireCopiedTable(Shadow copied) {
        for (Constraint constraint : table.constraints()) {
            if (constraint.isForeignKey()) {
                transaction.sql(Ddl.dropConstraint(legacy, constraint.name()));
            }
        }
        transaction.sql(KeptTable.setAside(table, legacy, KeptTable.copyNote(table.name())));
        transaction.sql(Ddl.dropTable(copied.names().capture().log()));
        transaction.sql(Ddl.dropFunction(copied.names().capture().function()));
    }

    private void moveOldTableAside() {
        QualifiedName old = table.name();
        Constraint primaryKey = table.primaryKey().orElseThrow();
        if (attach && widened) {
            transaction.sql(Ddl.dropConstraint(old, primaryKey.name()));
            transaction.sql(Ddl.addPrimaryKeyUsingIndex(old, names.legacyName(primaryKey.name()), names.partitionKeyIndex()));
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.isIndexBacked() && !(attach && widened && constraint.isPrimaryKey())) {
                transaction.sql(Ddl.renameConstraint(old, constraint.name(), names.legacyName(constraint.name())));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint() && !index.name().equals(names.partitionKeyIndex()) && !isOrderIndex(index.name())) {
                transaction.sql(Ddl.renameIndex(old.sibling(index.name()), names.legacyName(index.name())));
            }
        }
        transaction.sql(CarriedProperties.dropTriggers(table, old, trigger -> !isCaptureTrigger(trigger.name())));
        shadow.ifPresent(s -> {
            transaction.sql(Ddl.dropTrigger(old, s.names().capture().trigger()));
            if (s.ownOrderIndex()) {
                transaction.sql(Ddl.dropIndex(old.sibling(s.names().orderIndex())));
            }
        });
        transaction.sql(Ddl.renameTable(old, legacy.name()));
    }

    private void createPartitionedTable() {
        transaction.sql(Ddl.createTableLike(parent, legacy, true) + " PARTITION BY RANGE (" + Sql.ident(options.column()) + ")"
                + Ddl.tablespace(table.tablespace()));
        if (boundCheck) {
            transaction.sql(Ddl.dropConstraint(parent, names.boundCheck()));
        }
        // The boundary CHECK is partitionkit's own (possibly still unvalidated when planned); it never reaches the parent.
        transaction.sql(CarriedProperties.notValidChecks(table, parent, check -> !check.name().equals(names.boundCheck())));
    }

    /** Serial sequences change owner; identity sequences are recreated on the parent where the old ones stopped. */
    private void moveSequences() {
        for (OwnedSequence sequence : CarriedProperties.identitySequences(table)) {
            transaction.sql(Ddl.dropIdentity(legacy, sequence.column()));
        }
        CarriedProperties.addIdentities(table, parent, defaults.onIdentitySequences(), transaction);
        transaction.sql(CarriedProperties.serialSequencesOwnedBy(table, parent));
    }

    private void addKeysIndexesAndForeignKeys() {
        for (Constraint constraint : table.constraints()) {
            if (constraint.isPrimaryKey()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(),
                        widened ? PrimaryKeyMarker.widen(constraint.definition(), options.column()) : constraint.definition()));
            } else if (constraint.isUnique() || constraint.isExclusion()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(), constraint.definition()));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint() && !index.name().equals(names.partitionKeyIndex())) {
                transaction.sql(Ddl.createIndex(parent, index.name(), index));
            }
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.isForeignKey()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(), constraint.definition()));
            }
        }
    }

    private String primaryKeyComment() {
        Constraint primaryKey = table.primaryKey().orElseThrow();
        return widened ? PrimaryKeyMarker.comment(primaryKey.comment(), primaryKey.columns()) : primaryKey.comment();
    }

    private void createPartitions() {
        for (PartitionRange range : layout.ranges()) {
            QualifiedName partition = parent.sibling(TableNames.partition(parent.name(), layout.grid().nameSuffix(range.lower())));
            template.create(transaction, parent, partition, PartitionTemplate.rangeBound(layout.grid(), range));
        }
        if (options.defaultPartition()) {
            template.create(transaction, parent, parent.sibling(names.defaultPartition()), "DEFAULT");
        }
    }

}
