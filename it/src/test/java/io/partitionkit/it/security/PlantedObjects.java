package io.partitionkit.it.security;

import io.partitionkit.it.support.Roles;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;

/**
 * What a role with CREATE on a schema can plant there against a migrator whose search_path lists
 * that schema before pg_catalog: an operator or function of the same name as a built-in one, with
 * the same argument types (which then wins) or with argument types that match better than the
 * built-in one's (which wins anyway, CVE-2018-1058). Each planted object records that it ran, with
 * the backend that ran it, and then does what the built-in one does, so nothing else changes.
 */
final class PlantedObjects {

    static final String PLANTER = "planter";

    /** Built-in functions a generated statement could call by their bare name. */
    private static final List<String> FUNCTIONS = List.of("clock_timestamp", "random", "pg_sleep", "round", "date_trunc",
            "power", "to_regclass", "date_part", "extract", "now", "current_setting", "set_config", "pg_backend_pid",
            "pg_try_advisory_lock", "pg_advisory_unlock", "quote_ident", "pg_get_userbyid", "obj_description", "format_type",
            "pg_get_expr", "current_schema", "acldefault", "aclexplode", "lower", "upper", "length", "abs");

    /** Built-in operators a generated expression could use, on the types such expressions hold. */
    private static final String OPERATORS = "'+', '-', '*', '/', '^', '%', '<', '>', '<=', '>=', '=', '<>', '||'";
    private static final String TYPES = "'int2', 'int4', 'int8', 'numeric', 'float8', 'float4', 'text', 'timestamptz', "
            + "'timestamp', 'date', 'interval', 'bool', 'name', 'oid'";

    private PlantedObjects() {
    }

    /** Creates the planter role with CREATE on {@code schema}, and everything it plants there. */
    static void plant(TestDatabase db, String schema) {
        Roles.create(db, PLANTER);
        db.execute("GRANT CREATE, USAGE ON SCHEMA " + schema + " TO " + PLANTER,
                "SET ROLE " + PLANTER + "; CREATE TABLE " + schema + ".planted_calls (pid int, what text, query text); "
                        + "GRANT INSERT ON " + schema + ".planted_calls TO PUBLIC; "
                        + "CREATE FUNCTION " + schema + ".planted(what text) RETURNS void LANGUAGE sql AS "
                        + "$f$ INSERT INTO " + schema + ".planted_calls VALUES (pg_catalog.pg_backend_pid(), what, "
                        + "pg_catalog.current_query()) $f$; RESET ROLE",
                "SET ROLE " + PLANTER + "; " + shadowOperators(schema) + "; RESET ROLE",
                "SET ROLE " + PLANTER + "; " + mismatchedOperators(schema) + "; RESET ROLE",
                "SET ROLE " + PLANTER + "; " + shadowFunctions(schema) + "; RESET ROLE",
                "SET ROLE " + PLANTER + "; CREATE FUNCTION " + schema + ".make_interval(secs numeric) RETURNS interval LANGUAGE plpgsql AS "
                        + "$f$BEGIN PERFORM " + schema + ".planted('make_interval(secs numeric)'); "
                        + "RETURN pg_catalog.make_interval(secs => secs::float8); END$f$; "
                        + "CREATE FUNCTION " + schema + ".planted_count(bigint) RETURNS bigint LANGUAGE plpgsql AS "
                        + "$f$BEGIN PERFORM " + schema + ".planted('count(*)'); RETURN $1 + 1; END$f$; "
                        + "CREATE AGGREGATE " + schema + ".count(*) (SFUNC = " + schema + ".planted_count, STYPE = bigint, INITCOND = 0); "
                        + "CREATE DOMAIN " + schema + ".text AS pg_catalog.text CHECK (" + schema + ".planted_check('text')); "
                        + "RESET ROLE");
    }

    /** The rows the planted objects recorded for a backend. */
    static List<String> callsBy(TestDatabase db, String schema, int pid) {
        return db.column("SELECT what || ' in: ' || query FROM " + schema + ".planted_calls WHERE pid = " + pid + " ORDER BY 1");
    }

    static void forget(TestDatabase db, String schema) {
        db.execute("DELETE FROM " + schema + ".planted_calls");
    }

    /** Same name and argument types as each built-in operator on the listed types. */
    private static String shadowOperators(String schema) {
        return "DO $d$ DECLARE o record; fn text; BEGIN "
                + "FOR o IN SELECT op.oid, op.oprname, op.oprleft::regtype::text AS l, op.oprright::regtype::text AS r, "
                + "op.oprresult::regtype::text AS res, op.oprcode::regproc::text AS code FROM pg_catalog.pg_operator op "
                + "WHERE op.oprnamespace = 'pg_catalog'::regnamespace AND op.oprname IN (" + OPERATORS + ") AND op.oprkind = 'b' "
                + "AND op.oprleft::regtype::text IN (SELECT t::regtype::text FROM unnest(ARRAY[" + TYPES + "]) t) "
                + "AND op.oprright::regtype::text IN (SELECT t::regtype::text FROM unnest(ARRAY[" + TYPES + "]) t) LOOP "
                + "fn := 'planted_op_' || o.oid; "
                + "EXECUTE pg_catalog.format('CREATE FUNCTION " + schema + ".%I(a %s, b %s) RETURNS %s LANGUAGE plpgsql AS "
                + "$f$BEGIN PERFORM " + schema + ".planted(%L); RETURN pg_catalog.%s(a, b); END$f$', fn, o.l, o.r, o.res, "
                + "o.l || ' ' || o.oprname || ' ' || o.r, o.code); "
                + "EXECUTE pg_catalog.format('CREATE OPERATOR " + schema + ".%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = " + schema
                + ".%I)', o.oprname, o.l, o.r, fn); "
                + "END LOOP; END $d$";
    }

    /** Operators on type pairs pg_catalog has none for, which win over its own through implicit casts. */
    private static String mismatchedOperators(String schema) {
        StringBuilder sql = new StringBuilder();
        String[][] pairs = {{"integer", "integer", "^", "float8"}, {"bigint", "bigint", "^", "float8"},
                {"bigint", "numeric", "/", "numeric"}, {"numeric", "bigint", "/", "numeric"}, {"integer", "numeric", "*", "numeric"},
                {"numeric", "integer", "*", "numeric"}, {"bigint", "numeric", "+", "numeric"}, {"numeric", "double precision", "/", "numeric"}};
        for (int i = 0; i < pairs.length; i++) {
            String[] p = pairs[i];
            String fn = schema + ".planted_mismatch_" + i;
            sql.append("CREATE FUNCTION ").append(fn).append("(a ").append(p[0]).append(", b ").append(p[1]).append(") RETURNS ")
                    .append(p[3]).append(" LANGUAGE plpgsql AS $f$BEGIN PERFORM ").append(schema).append(".planted('")
                    .append(p[0]).append(' ').append(p[2]).append(' ').append(p[1]).append("'); RETURN a::").append(p[3])
                    .append(" OPERATOR(pg_catalog.").append(p[2]).append(") b::").append(p[3]).append("; END$f$; ")
                    .append("CREATE OPERATOR ").append(schema).append('.').append(p[2]).append(" (LEFTARG = ").append(p[0])
                    .append(", RIGHTARG = ").append(p[1]).append(", FUNCTION = ").append(fn).append("); ");
        }
        sql.append("CREATE FUNCTION ").append(schema).append(".planted_check(what text) RETURNS boolean LANGUAGE plpgsql AS "
                + "$f$BEGIN PERFORM ").append(schema).append(".planted('domain ' || what); RETURN true; END$f$");
        return sql.toString();
    }

    /** Same name and arguments as each plain built-in function of the listed names (not variadic, not returning sets). */
    private static String shadowFunctions(String schema) {
        return "DO $d$ DECLARE f record; BEGIN "
                + "FOR f IN SELECT p.oid, p.proname, pg_catalog.pg_get_function_arguments(p.oid) AS args, "
                + "pg_catalog.pg_get_function_result(p.oid) AS result, p.pronargs, p.prorettype = 'void'::regtype AS void "
                + "FROM pg_catalog.pg_proc p WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind = 'f' "
                + "AND NOT p.proretset AND p.provariadic = 0 AND p.proname IN (" + quoted(FUNCTIONS) + ") "
                + "AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes::oid[]) t WHERE t IN ('\"any\"'::regtype, 'anyelement'::regtype, "
                + "'anyarray'::regtype, 'anycompatible'::regtype, 'internal'::regtype, 'cstring'::regtype)) LOOP "
                + "BEGIN "
                + "EXECUTE pg_catalog.format('CREATE FUNCTION " + schema + ".%I(%s) RETURNS %s LANGUAGE plpgsql AS "
                + "$f$BEGIN PERFORM " + schema + ".planted(%L); %s pg_catalog.%I(%s); %s END$f$', f.proname, f.args, f.result, "
                + "f.proname || '(' || f.args || ')', CASE WHEN f.void THEN 'PERFORM' ELSE 'RETURN' END, f.proname, "
                + "(SELECT pg_catalog.string_agg('$' || i, ', ') FROM generate_series(1, f.pronargs) i), "
                + "CASE WHEN f.void THEN 'RETURN;' ELSE '' END); "
                + "EXCEPTION WHEN duplicate_function THEN NULL; END; "
                + "END LOOP; END $d$";
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
