package io.partitionkit.it.support;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything in a schema that a refused change must leave as it was: every relation (indexes and
 * partitions included) with its kind and partition bound, and each table's catalog properties and
 * rows (a partitioned table's rows are those of its partitions). Any change at all shows up as a
 * difference.
 */
public final class SchemaState {

    private SchemaState() {
    }

    public static Map<String, Object> of(TestDatabase db, String schema) {
        Map<String, Object> state = new TreeMap<>();
        for (String table : db.column("SELECT relname FROM pg_class WHERE relnamespace = '" + schema
                + "'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition ORDER BY 1")) {
            state.put(table, CatalogDiff.properties(db, schema, table));
            state.put(table + " rows", db.fingerprint(schema + "." + '"' + table + '"'));
        }
        state.put("relations", db.column("SELECT relname || ' ' || relkind::text || coalesce(' ' || pg_get_expr(relpartbound, oid), '') "
                + "FROM pg_class WHERE relnamespace = '" + schema + "'::regnamespace ORDER BY 1"));
        return state;
    }
}
