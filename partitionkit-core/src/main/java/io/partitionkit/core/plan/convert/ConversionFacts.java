package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.SwitchPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.UuidVersions;
import io.partitionkit.core.plan.CaptureNames;
import io.partitionkit.core.plan.TableNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the conversion planner needs to know about the table: its catalog snapshot, plus the few
 * facts about its rows that planning depends on (read once, here, so planning itself does no I/O).
 *
 * @param maxKey        the largest key value as text, for integer and uuid keys and strategy copy
 * @param keyHasNulls   for a nullable key column, whether any row has NULL there
 * @param copy          for strategy copy: the key's range and what an earlier run already built
 * @param defaults      who creates what the conversion creates, and what default privileges would add to it
 * @param privileges    what of the switch's needs the role running it may do (for a plain table)
 * @param statementTimeout the session's, which would cancel a long step
 * @param inheritance   for a plain table taking part in inheritance: its children, parents and own rows
 * @param uuidVersions  for a uuid key, how many of its values are UUIDv7
 * @param citus         how Citus holds the table, on a database with the citus extension
 */
public record ConversionFacts(Optional<TableSnapshot> table, Optional<String> maxKey, boolean keyHasNulls,
                              Optional<CopyProgress> copy, DefaultPrivileges defaults, Optional<SwitchPrivileges> privileges,
                              StatementTimeout statementTimeout, Optional<InheritanceFacts> inheritance,
                              Optional<UuidVersions> uuidVersions, Optional<CitusTable> citus) {

    /** Facts of a table whose key is no uuid, on a database without Citus. */
    public ConversionFacts(Optional<TableSnapshot> table, Optional<String> maxKey, boolean keyHasNulls, Optional<CopyProgress> copy,
                           DefaultPrivileges defaults, Optional<SwitchPrivileges> privileges, StatementTimeout statementTimeout,
                           Optional<InheritanceFacts> inheritance) {
        this(table, maxKey, keyHasNulls, copy, defaults, privileges, statementTimeout, inheritance, Optional.empty(), Optional.empty());
    }

    /**
     * What strategy copy has to go on: the smallest key, and the work of an interrupted run.
     *
     * @param shadow       the partitioned table being filled, if it exists
     * @param rangeTables  standalone tables being loaded before they are attached, by name
     * @param log          the table of logged keys, if it exists
     * @param function     the function logging them, if it exists
     */
    public record CopyProgress(Optional<String> minKey, Optional<TableSnapshot> shadow, Map<String, TableSnapshot> rangeTables,
                               Optional<TableSnapshot> log, Optional<FunctionSnapshot> function) {
    }

    public static ConversionFacts read(CatalogReader reader, ConversionOptions options) {
        Optional<TableSnapshot> table = reader.read(options.schema(), options.table());
        Optional<Column> key = table.filter(t -> !t.isPartitioned()).flatMap(t -> t.column(options.column()));
        Optional<String> maxKey = Optional.empty();
        Optional<CopyProgress> copy = Optional.empty();
        Optional<UuidVersions> versions = Optional.empty();
        boolean nulls = false;
        if (key.isPresent()) {
            boolean copying = options.strategy() == ConversionOptions.Strategy.COPY;
            Optional<KeyType> keyType = KeyType.of(key.get().baseTypeName());
            // Without keyEncoding uuidv7 a uuid key is refused: its values need not be counted first.
            boolean uuidKey = keyType.filter(KeyType.UUID::equals).isPresent() && options.keyEncoding() == KeyEncoding.UUIDV7;
            if (keyType.filter(type -> !type.isTime()).isPresent() || uuidKey || copying) {
                maxKey = reader.maxValue(table.get().name(), options.column());
            }
            if (uuidKey) {
                versions = Optional.of(UuidVersions.read(reader, table.get().name(), options.column(), table.get().estimatedRows()));
            }
            if (copying) {
                copy = Optional.of(readCopyProgress(reader, table.get(), options));
            }
            if (!key.get().notNull()) {
                nulls = reader.hasNulls(table.get().name(), options.column());
            }
        }
        DefaultPrivileges defaults = table.map(t -> reader.defaultPrivileges(t.name().schema(), t.owner()))
                .orElseGet(() -> DefaultPrivileges.none());
        Optional<SwitchPrivileges> privileges = table.filter(t -> !t.isPartitioned()).map(reader::switchPrivileges);
        return new ConversionFacts(table, maxKey, nulls, copy, defaults, privileges, reader.statementTimeout(),
                InheritanceFacts.read(reader, table, options), versions, table.flatMap(t -> reader.citusTable(t.name())));
    }

    private static CopyProgress readCopyProgress(CatalogReader reader, TableSnapshot table, ConversionOptions options) {
        String schema = table.name().schema();
        Map<String, TableSnapshot> rangeTables = new LinkedHashMap<>();
        for (String name : reader.tablesWithConstraint(schema, TableNames.boundCheck(table.name().name()), table.name().name())) {
            reader.read(schema, name).ifPresent(rangeTable -> rangeTables.put(name, rangeTable));
        }
        CaptureNames capture = new CopyNames(table, Optional.empty()).capture();
        // Only keys that tell their time lay out the ranges: another UUID's bits say nothing (it goes to DEFAULT).
        Optional<String> placeable = ConversionPlanner.keyGrid(table, options).flatMap(grid -> grid.placeableSql(options.column()));
        return new CopyProgress(reader.minValue(table.name(), options.column(), placeable),
                reader.read(schema, CopyNames.shadow(table.name()).name()), rangeTables, reader.read(schema, capture.log().name()),
                reader.function(capture.function()));
    }
}
