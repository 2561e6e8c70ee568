package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.SwitchPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.TableNames;
import java.util.Optional;

/**
 * What the revert planner needs from the catalog: the partitioned table, what an interrupted earlier
 * run or a conversion left next to it, and what the role running it may do.
 *
 * @param legacy          the table under the legacy name when it is a plain table (strategy copy or empty kept it aside)
 * @param legacyPartition the relation under the legacy name when it is a partition of the table (strategy attach made it)
 */
public record RevertFacts(Optional<TableSnapshot> table, Optional<TableSnapshot> target, Optional<TableSnapshot> log,
                          Optional<FunctionSnapshot> function, Optional<TableSnapshot> legacy, Optional<TableSnapshot> legacyPartition,
                          DefaultPrivileges defaults, Optional<SwitchPrivileges> privileges, StatementTimeout statementTimeout,
                          Optional<CitusTable> citus) {

    /** Facts of a table on a database without Citus. */
    public RevertFacts(Optional<TableSnapshot> table, Optional<TableSnapshot> target, Optional<TableSnapshot> log,
                       Optional<FunctionSnapshot> function, Optional<TableSnapshot> legacy, Optional<TableSnapshot> legacyPartition,
                       DefaultPrivileges defaults, Optional<SwitchPrivileges> privileges, StatementTimeout statementTimeout) {
        this(table, target, log, function, legacy, legacyPartition, defaults, privileges, statementTimeout, Optional.empty());
    }

    public static RevertFacts read(CatalogReader reader, RevertOptions options) {
        Optional<TableSnapshot> table = reader.read(options.schema(), options.table());
        if (table.isEmpty()) {
            return new RevertFacts(table, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    DefaultPrivileges.none(), Optional.empty(), reader.statementTimeout());
        }
        String schema = table.get().name().schema();
        Optional<TableSnapshot> legacy = reader.read(schema, legacyName(options));
        return new RevertFacts(table,
                reader.read(schema, RevertNames.target(table.get().name()).name()),
                reader.read(schema, RevertNames.log(table.get().name()).name()),
                reader.function(RevertNames.captureFunction(table.get().name())),
                legacy.filter(found -> found.parentTable() == null && found.relkind() == 'r'),
                legacy.filter(found -> table.get().name().equals(found.parentTable())),
                reader.defaultPrivileges(schema, table.get().owner()),
                table.filter(TableSnapshot::isPartitioned).map(reader::switchPrivileges),
                reader.statementTimeout(), reader.citusTable(table.get().name()));
    }

    static String legacyName(RevertOptions options) {
        return options.legacyTableName() != null ? options.legacyTableName() : TableNames.legacyTable(options.table());
    }
}
