package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.CarriedProperties;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.PrimaryKeyMarker;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Optional;

/**
 * The switch of attach and empty: the partitioned table is created inside it, {@code LIKE} the old
 * one, with its keys, indexes, foreign keys, partitions and a DEFAULT partition.
 */
abstract sealed class InPlaceSwitch extends ConversionSwitch permits AttachSwitch, EmptySwitch, InheritanceSwitch {

    protected final InPlacePlanner.Layout layout;
    /** How Citus holds the old table, on a database with Citus. */
    private final Optional<CitusTable> citus;

    InPlaceSwitch(TableSnapshot table, ConversionOptions options, InPlacePlanner.Layout layout, ConversionNames names, boolean widened,
                  RetryPolicy retry, DefaultPrivileges defaults, Optional<CitusTable> citus) {
        super(table, options, names, widened, retry, defaults);
        this.layout = layout;
        this.citus = citus;
    }

    /**
     * An old table of Citus makes the partitioned table a Citus table of its kind, co-located with it
     * (so with what it was co-located with): Citus then attaches the old table's shards to the new
     * one's, and makes every partition created of it a Citus table too.
     */
    @Override
    void distribute() {
        citus.flatMap(like -> Ddl.makeCitusTable(parent, like, legacy)).ifPresent(transaction::sql);
    }

    @Override
    void createParent() {
        transaction.sql(Ddl.createTableLike(parent, legacy, true) + " PARTITION BY RANGE (" + Sql.ident(options.column()) + ")"
                + Ddl.tablespace(table.tablespace()));
        dropBoundCheckFrom(parent);
        // The boundary CHECK is partitionkit's own (possibly still unvalidated when planned); it never reaches the parent.
        transaction.sql(CarriedProperties.notValidChecks(table, parent, check -> !check.name().equals(names.boundCheck())));
    }

    /** The boundary CHECK, which LIKE copied from the old table, if it had one. */
    void dropBoundCheckFrom(QualifiedName relation) {
    }

    @Override
    void addKeysIndexesAndForeignKeys() {
        for (Constraint constraint : table.constraints()) {
            if (constraint.isPrimaryKey()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(),
                        widened ? PrimaryKeyMarker.widen(constraint.definition(), options.column()) : constraint.definition()));
            } else if (constraint.isUnique() || constraint.isExclusion()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(), constraint.definition()));
            }
        }
        for (Index index : table.indexes()) {
            if (!index.backsConstraint() && !isOwnIndex(index.name())) {
                transaction.sql(Ddl.createIndex(parent, index.name(), index));
            }
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.isForeignKey()) {
                transaction.sql(Ddl.addConstraint(parent, constraint.name(), constraint.definition()));
            }
        }
    }

    /** Created in this transaction, the parent has what default privileges add to revoke. */
    @Override
    List<String> addedOnCreation() {
        return defaults.onTables();
    }

    @Override
    void createPartitions() {
        for (PartitionRange range : layout.ranges()) {
            QualifiedName partition = parent.sibling(TableNames.partition(parent.name(), layout.grid().nameSuffix(range.lower())));
            template.create(transaction, parent, partition, PartitionTemplate.rangeBound(layout.grid(), range));
        }
        if (options.defaultPartition()) {
            template.create(transaction, parent, parent.sibling(names.defaultPartition()), "DEFAULT");
        }
    }
}
