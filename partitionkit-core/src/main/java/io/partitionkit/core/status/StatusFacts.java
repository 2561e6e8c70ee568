package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything status read from one database.
 *
 * @param tables     every partitioned table that is not itself a partition, in all non-system schemas
 * @param unreadable tables that could not be read, with the reason
 */
public record StatusFacts(List<TableFacts> tables, Map<QualifiedName, String> unreadable) {

    public StatusFacts {
        tables = List.copyOf(tables);
        unreadable = Collections.unmodifiableMap(new LinkedHashMap<>(unreadable));
    }
}
