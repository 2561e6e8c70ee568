package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.sql.QualifiedName;
import java.util.Optional;

/**
 * The switch of attach: the old table becomes the partition {@code [MINVALUE, boundary)} without a
 * scan (its validated CHECK proves the bound), with the unique index built on it beforehand as its
 * primary key, and only its owner's access.
 */
final class AttachSwitch extends InPlaceSwitch {

    /** Whether the old table carries the boundary CHECK at the switch (the parent copies it with LIKE and drops it). */
    private final boolean boundCheck;

    AttachSwitch(TableSnapshot table, ConversionOptions options, InPlacePlanner.Layout layout, ConversionNames names, boolean widened,
                 RetryPolicy retry, DefaultPrivileges defaults, Optional<CitusTable> citus) {
        super(table, options, layout, names, widened, retry, defaults, citus);
        this.boundCheck = layout.needsBoundCheck() || table.constraint(names.boundCheck()).isPresent();
    }

    @Override
    boolean takesPartitionKeyIndexAsPrimaryKey() {
        return widened;
    }

    @Override
    void dropBoundCheckFrom(QualifiedName relation) {
        if (boundCheck) {
            transaction.sql(Ddl.dropConstraint(relation, names.boundCheck()));
        }
    }

    /**
     * The old table is a partition now: its privileges went to the partitioned table, which guards
     * its rows; it keeps only its owner's, and row-level security like every partition, no policy.
     * It keeps the boundary CHECK, which costs nothing there and lets a revert make it the DEFAULT
     * partition without reading it.
     */
    @Override
    void settleOldTable() {
        transaction.sql(Ddl.attachPartition(parent, legacy, PartitionTemplate.rangeBound(layout.grid(), new PartitionRange(Bound.MIN,
                layout.boundary()))));
        if (!layout.needsBoundCheck()) {
            dropBoundCheckFrom(legacy); // a CHECK an earlier run left for another boundary: the partition takes every key now
        }
        transaction.sql(template.accessOfExistingPartition(legacy, table.grantees(), table.rowSecurity(), table.forceRowSecurity()));
        table.policies().forEach(policy -> transaction.sql(Ddl.dropPolicy(legacy, policy.name())));
    }

    @Override
    boolean repointsIncomingForeignKeys() {
        return true;
    }
}
