package io.partitionkit.it.snapshot;

import io.partitionkit.it.support.TestDatabase;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes two partitioned tables the same to their users, read from the catalog: the kind of
 * relation, the partition key, the columns and their types, the primary key, unique constraints,
 * foreign keys (not those PostgreSQL derives per partition), indexes, and whether a DEFAULT partition takes the rows no other partition does.
 * Partitions themselves (names, bounds) are left out: those follow the clock.
 */
final class TableShape {

    private TableShape() {
    }

    static Map<String, Object> of(TestDatabase db, String table) {
        String oid = "'" + table + "'::regclass";
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("relkind", db.value("SELECT relkind FROM pg_class WHERE oid = " + oid));
        shape.put("partition key", db.value("SELECT pg_get_partkeydef(" + oid + ")"));
        shape.put("columns", db.column("SELECT attname || ' ' || format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' NOT NULL' "
                + "ELSE '' END FROM pg_attribute WHERE attrelid = " + oid + " AND attnum > 0 AND NOT attisdropped ORDER BY attnum"));
        shape.put("constraints", db.column("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = " + oid
                + " AND contype IN ('p', 'u', 'f') AND conparentid = 0 ORDER BY conname"));
        shape.put("indexes", db.column("SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = " + oid + " ORDER BY 1"));
        shape.put("DEFAULT partition", db.value("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                + "WHERE i.inhparent = " + oid + " AND pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'"));
        return shape;
    }
}
