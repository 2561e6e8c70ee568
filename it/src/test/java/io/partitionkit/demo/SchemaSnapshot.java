package io.partitionkit.demo;

import io.partitionkit.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything in the public schema that a conversion or a revert could create, rename or leave
 * behind, one line per object: relations, columns, indexes, constraints (with comments), triggers
 * and functions. Liquibase's own tracking tables are not the demo's business and are left out.
 */
record SchemaSnapshot(List<String> objects) {

    private static final String NOT_LIQUIBASE = "NOT %s::text ILIKE '%%databasechangelog%%'";

    private static final List<String> QUERIES = List.of(
            """
            SELECT 'relation ' || c.oid::regclass || ' (relkind ' || c.relkind::text || ')'
            FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND %s""".formatted(NOT_LIQUIBASE.formatted("c.oid::regclass")),
            """
            SELECT 'column ' || a.attrelid::regclass || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                 LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
              AND %s""".formatted(NOT_LIQUIBASE.formatted("c.oid::regclass")),
            """
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND %s""".formatted(NOT_LIQUIBASE.formatted("tablename")),
            """
            SELECT 'constraint ' || quote_ident(conname) || ' on ' || conrelid::regclass || ': ' || pg_get_constraintdef(oid)
                   || coalesce(' -- comment: ' || obj_description(oid, 'pg_constraint'), '')
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND %s""".formatted(NOT_LIQUIBASE.formatted("conrelid::regclass")),
            """
            SELECT 'trigger ' || quote_ident(tgname) || ' on ' || tgrelid::regclass
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace""",
            """
            SELECT 'function ' || p.oid::regprocedure FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace""");

    static SchemaSnapshot of(TestDatabase database) {
        TreeSet<String> objects = new TreeSet<>();
        QUERIES.forEach(query -> objects.addAll(database.column(query)));
        return new SchemaSnapshot(List.copyOf(objects));
    }

    /** Lines of this snapshot missing from the other, each marked with "-", then the other's extra lines with "+". */
    List<String> differencesTo(SchemaSnapshot other) {
        List<String> differences = new ArrayList<>();
        objects.stream().filter(o -> !other.objects.contains(o)).forEach(o -> differences.add("- " + o));
        other.objects.stream().filter(o -> !objects.contains(o)).forEach(o -> differences.add("+ " + o));
        return differences;
    }
}
