package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.KeptTable;
import io.partitionkit.core.plan.RetryPolicy;
import java.util.Optional;

/**
 * The switch of empty: the partitioned table starts without rows, and the old table is kept aside
 * with its note and only its owner's access. Foreign keys into the table stay on the old one (the
 * conversion refuses a table that has any).
 */
final class EmptySwitch extends InPlaceSwitch {

    EmptySwitch(TableSnapshot table, ConversionOptions options, InPlacePlanner.Layout layout, ConversionNames names, boolean widened,
                RetryPolicy retry, DefaultPrivileges defaults, Optional<CitusTable> citus) {
        super(table, options, layout, names, widened, retry, defaults, citus);
    }

    @Override
    void settleOldTable() {
        transaction.sql(KeptTable.setAside(table, legacy, KeptTable.emptyNote(table.name())));
    }

    @Override
    boolean repointsIncomingForeignKeys() {
        return false;
    }
}
