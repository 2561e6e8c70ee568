package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.SwitchPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.TableNames;
import java.util.Optional;

/**
 * What the revert planner needs from the catalog: the partitioned table, what an interrupted earlier
 * run or a conversion with strategy empty left next to it, and what the role running it may do.
 */
public record RevertFacts(Optional<TableSnapshot> table, Optional<TableSnapshot> target, Optional<TableSnapshot> log,
                          Optional<FunctionSnapshot> function, Optional<TableSnapshot> legacy, DefaultPrivileges defaults,
                          Optional<SwitchPrivileges> privileges, StatementTimeout statementTimeout) {

    public static RevertFacts read(CatalogReader reader, RevertOptions options) {
        Optional<TableSnapshot> table = reader.read(options.schema(), options.table());
        if (table.isEmpty()) {
            return new RevertFacts(table, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    DefaultPrivileges.none(), Optional.empty(), reader.statementTimeout());
        }
        String schema = table.get().name().schema();
        String legacyName = options.legacyTableName() != null ? options.legacyTableName() : TableNames.legacyTable(options.table());
        return new RevertFacts(table,
                reader.read(schema, RevertNames.target(table.get().name()).name()),
                reader.read(schema, RevertNames.log(table.get().name()).name()),
                reader.function(RevertNames.captureFunction(table.get().name())),
                reader.read(schema, legacyName).filter(legacy -> legacy.parentTable() == null && legacy.relkind() == 'r'),
                reader.defaultPrivileges(schema, table.get().owner()),
                table.filter(TableSnapshot::isPartitioned).map(reader::switchPrivileges),
                reader.statementTimeout());
    }
}
