package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;

/**
 * The one short transaction of a conversion, under lock_timeout and retried: the old table and its
 * indexes move aside, the partitioned table takes the original name and every property, and (with
 * attach) the old table becomes its first partition. Catalog work only: the data was proven to fit
 * beforehand, and every index the partition needs already exists.
 */
final class SwitchTransaction {

    private final TableSnapshot table;
    private final ConversionOptions options;
    private final ConversionPlanner.Layout layout;
    private final ConversionNames names;
    private final boolean widened;
    private final boolean attach;
    private final QualifiedName parent;
    private final QualifiedName legacy;
    private final LockedTransaction transaction;

    SwitchTransaction(TableSnapshot table, ConversionOptions options, ConversionPlanner.Layout layout, ConversionNames names,
                      boolean widened, RetryPolicy retry) {
        this.table = table;
        this.options = options;
        this.layout = layout;
        this.names = names;
        this.widened = widened;
        this.attach = options.strategy() == ConversionOptions.Strategy.ATTACH;
        this.parent = table.name();
        this.legacy = table.name().sibling(names.legacyTable());
        this.transaction = new LockedTransaction("switch " + table.name() + " to a range-partitioned table, keeping the old table as "
                + legacy, retry);
    }

    Step toStep() {
        transaction.sql(Ddl.lockTable(table.name()));
        CarriedProperties.readIdentityPositions(table, transaction);
        moveOldTableAside();
        createPartitionedTable();
        transaction.sql(CarriedProperties.owner(table, parent));
        moveSequences();
        addKeysIndexesAndForeignKeys();
        if (attach) {
            transaction.sql(Ddl.attachPartition(parent, legacy, "FOR VALUES FROM (MINVALUE) TO ("
                    + layout.grid().literal(layout.boundary()) + ")"));
            transaction.sql(Ddl.dropConstraint(legacy, names.boundCheck()));
        }
        transaction.sql(CarriedProperties.triggers(table, parent));
        transaction.sql(CarriedProperties.rowSecurity(table, parent));
        transaction.sql(CarriedProperties.grants(table, parent));
        transaction.sql(CarriedProperties.comments(table, parent, primaryKeyComment()));
        transaction.sql(CarriedProperties.replicaIdentity(table, parent));
        createPartitions();
        transaction.sql(CarriedProperties.movePublications(table, legacy, parent));
        transaction.sql(CarriedProperties.views(table));
        if (attach) {
            transaction.sql(CarriedProperties.repointIncomingForeignKeys(table));
        }
        return transaction.toStep(LockMode.ACCESS_EXCLUSIVE);
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
            if (!index.backsConstraint() && !index.name().equals(names.partitionKeyIndex())) {
                transaction.sql(Ddl.renameIndex(old.sibling(index.name()), names.legacyName(index.name())));
            }
        }
        transaction.sql(CarriedProperties.dropTriggers(table, old));
        transaction.sql(Ddl.renameTable(old, legacy.name()));
    }

    private void createPartitionedTable() {
        transaction.sql(Ddl.createTableLike(parent, legacy, true) + " PARTITION BY RANGE (" + Sql.ident(options.column()) + ")"
                + Ddl.tablespace(table.tablespace()));
        if (attach) {
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
        CarriedProperties.addIdentities(table, parent, transaction);
        transaction.sql(CarriedProperties.serialSequencesOwnedBy(table, parent));
    }

    private void addKeysIndexesAndForeignKeys() {
        for (Constraint constraint : table.constraints()) {
            if (constraint.isPrimaryKey()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(),
                        widened ? widenPrimaryKey(constraint.definition()) : constraint.definition()));
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

    /**
     * {@code PRIMARY KEY (id)} becomes {@code PRIMARY KEY (id, "created_at")}; what follows the column
     * list (INCLUDE, WITH, tablespace) stays.
     */
    private String widenPrimaryKey(String definition) {
        String prefix = "PRIMARY KEY (";
        int close = definition.startsWith(prefix) ? endOfColumnList(definition, prefix.length()) : -1;
        if (close < 0) {
            throw new IllegalStateException("unexpected primary key definition: " + definition);
        }
        return definition.substring(0, close) + ", " + Sql.ident(options.column()) + definition.substring(close);
    }

    /** The parenthesis closing a list of column names; one inside a quoted name, such as {@code "a)"}, does not. */
    private static int endOfColumnList(String definition, int from) {
        boolean quoted = false;
        for (int i = from; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ')' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private String primaryKeyComment() {
        Constraint primaryKey = table.primaryKey().orElseThrow();
        return widened ? PrimaryKeyMarker.comment(primaryKey.comment(), primaryKey.columns()) : primaryKey.comment();
    }

    private void createPartitions() {
        PartitionTemplate template = PartitionTemplate.of(table, parent);
        for (PartitionRange range : layout.ranges()) {
            QualifiedName partition = parent.sibling(ConversionNames.partitionName(parent.name(), layout.grid().nameSuffix(range.lower())));
            template.create(transaction, parent, partition, PartitionTemplate.rangeBound(layout.grid(), range));
        }
        if (options.defaultPartition()) {
            template.create(transaction, parent, parent.sibling(names.defaultPartition()), "DEFAULT");
        }
    }

}
