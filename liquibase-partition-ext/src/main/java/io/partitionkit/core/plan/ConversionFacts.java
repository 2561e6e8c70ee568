package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.TableSnapshot;
import java.util.Optional;

/**
 * What the conversion planner needs to know about the table: its catalog snapshot, plus the few
 * facts about its rows that planning depends on (read once, here, so planning itself does no I/O).
 *
 * @param maxKey        the largest key value as text, for integer keys (the boundary follows it)
 * @param keyHasNulls   for a nullable key column, whether any row has NULL there
 */
public record ConversionFacts(Optional<TableSnapshot> table, Optional<String> maxKey, boolean keyHasNulls) {

    public static ConversionFacts read(CatalogReader reader, ConversionOptions options) {
        Optional<TableSnapshot> table = reader.read(options.schema(), options.table());
        Optional<Column> key = table.filter(t -> !t.isPartitioned()).flatMap(t -> t.column(options.column()));
        Optional<String> maxKey = Optional.empty();
        boolean nulls = false;
        if (key.isPresent()) {
            boolean integerKey = KeyType.of(key.get().baseTypeName()).map(type -> !type.isTime()).orElse(false);
            if (integerKey) {
                maxKey = reader.maxValue(table.get().name(), options.column());
            }
            if (!key.get().notNull()) {
                nulls = reader.hasNulls(table.get().name(), options.column());
            }
        }
        return new ConversionFacts(table, maxKey, nulls);
    }
}
