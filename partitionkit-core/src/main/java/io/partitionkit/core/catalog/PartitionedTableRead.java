package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table as maintenance and status see it, read in one query: the table with its columns and
 * partitions (bounds, storage, comments, grantees, their own CHECK constraints), and the few facts of
 * the session a run depends on. A fleet of tables is maintained every hour, so this is the one read a
 * table that needs nothing costs. Its {@link TableSnapshot} holds no constraints, indexes, triggers,
 * policies, grants, publications, views, sequences or dependants (asking for them throws), and of the
 * schema's relation names only those a partition of the table could be given.
 *
 * @param partitionChecks  the CHECK constraints the partitions have of their own, by partition and name
 * @param referenced       whether a foreign key of another table references the table
 * @param defaults         what default privileges would add to what the run creates in the table's schema
 * @param statementTimeout the session's statement_timeout
 * @param defaultHoldsData whether the DEFAULT partition's heap has any page (only then may it hold rows)
 */
public record PartitionedTableRead(TableSnapshot table, List<PartitionCheck> partitionChecks, boolean referenced,
                                   DefaultPrivileges defaults, StatementTimeout statementTimeout, boolean defaultHoldsData) {

    /**
     * More than a partition name ever adds to the part of the table's name it keeps ({@link Names#fit}'s
     * hash of 9 bytes, {@code _p} and the longest suffix a grid gives, 20 bytes): a name a partition of
     * the table can be given starts with the first {@code 63 - 40} bytes of the table's name.
     */
    private static final int NAME_TAIL_BYTES = 40;

    private static final String GRANTEES = """
            ARRAY(SELECT DISTINCT CASE WHEN x.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(x.grantee) END
                  FROM (SELECT %1$s.relacl AS acl UNION ALL SELECT a.attacl FROM pg_catalog.pg_attribute a
                        WHERE a.attrelid = %1$s.oid AND a.attnum > 0 AND NOT a.attisdropped) acls,
                       pg_catalog.aclexplode(acls.acl) x
                  WHERE x.grantee <> %1$s.relowner)::text[]""";

    private static final String DEFAULT_GRANTEES = """
            ARRAY(SELECT DISTINCT CASE WHEN x.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(x.grantee) END
                  FROM pg_catalog.pg_default_acl d, pg_catalog.aclexplode(d.defaclacl) x
                  WHERE d.defaclrole = %s AND d.defaclobjtype = '%s'
                    AND (d.defaclnamespace = 0 OR d.defaclnamespace = c.relnamespace) AND x.grantee <> d.defaclrole
                  ORDER BY 1 NULLS FIRST)::text[]""";

    private static final String CURRENT_ROLE = "(SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)";

    /** One row per partition (one with NULL partition columns when there is none); the table's columns repeat on each. */
    private static final String QUERY = """
            WITH t AS (
                SELECT c.oid, c.relkind, c.relpersistence, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                       ts.spcname AS tablespace, pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
                       c.reloptions, tc.reloptions AS toast_reloptions, c.relreplident, ri.relname AS replica_identity_index,
                       c.relrowsecurity, c.relforcerowsecurity, c.reltuples::bigint AS estimated_rows,
                       c.relacl IS NULL AS acl_is_default, c.reloftype <> 0 AS typed,
                       pn.nspname AS parent_schema, pc.relname AS parent_name,
                       EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class x ON x.oid = i.inhparent
                               WHERE i.inhrelid = c.oid AND NOT x.relkind = 'p')
                       OR EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = c.oid AND c.relkind <> 'p') AS inheritance,
                       pt.partstrat,
                       ARRAY(SELECT CASE WHEN k.attnum = 0 THEN NULL ELSE a.attname END
                             FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY k(attnum, ord)
                             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.attnum
                             ORDER BY k.ord)::text[] AS key_columns,
                       ARRAY(SELECT r.relname FROM pg_catalog.pg_class r
                             WHERE r.relname >= ?::name AND r.relname < ?::name AND r.relnamespace = c.relnamespace)::text[] AS taken_names,
                       EXISTS (SELECT 1 FROM pg_catalog.pg_constraint f WHERE f.confrelid = c.oid AND f.contype = 'f') AS referenced,
                       current_setting('server_version_num')::int AS server_version,
                       current_user::text AS creator,
                       %s AS default_on_tables, %s AS default_on_functions, %s AS default_on_sequences,
                       (extract(epoch FROM current_setting('statement_timeout')::interval) * 1000)::bigint AS statement_timeout,
                       CASE WHEN current_setting('statement_timeout') <> '0'
                            THEN (SELECT s.source FROM pg_catalog.pg_settings s WHERE s.name = 'statement_timeout') END
                           AS statement_timeout_source,
                       pg_catalog.pg_relation_size(NULLIF(pt.partdefid, 0)) > 0 AS default_holds_data,
                       cols.*
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
                LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
                LEFT JOIN pg_catalog.pg_inherits pi ON pi.inhrelid = c.oid AND c.relispartition
                LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
                LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                LEFT JOIN pg_catalog.pg_index rii ON rii.indrelid = c.oid AND rii.indisreplident
                LEFT JOIN pg_catalog.pg_class ri ON ri.oid = rii.indexrelid
                LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
                LEFT JOIN LATERAL (
                    SELECT %s
                    FROM pg_catalog.pg_attribute a
                    JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                    LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
                    LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                    LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) cols ON true
                WHERE n.nspname = ? AND c.relname = ?
            )
            SELECT t.*, p.*
            FROM t LEFT JOIN LATERAL (
                SELECT c.oid AS p_oid, n.nspname AS p_schema, c.relname AS p_name, pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS p_bound,
                       c.relkind AS p_relkind, c.reloptions AS p_reloptions, tc.reloptions AS p_toast_reloptions,
                       i.inhdetachpending AS p_detach_pending, c.reltuples::bigint AS p_estimated_rows, c.relrowsecurity AS p_row_security,
                       pg_catalog.obj_description(c.oid, 'pg_class') AS p_comment, %s AS p_grantees,
                       checks.*
                FROM pg_catalog.pg_inherits i
                JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN LATERAL (
                    SELECT COALESCE(pg_catalog.array_agg(k.conname ORDER BY k.conname), '{}')::text[] AS p_check_names,
                           COALESCE(pg_catalog.array_agg(k.convalidated ORDER BY k.conname), '{}')::boolean[] AS p_check_validated,
                           COALESCE(pg_catalog.array_agg(pg_catalog.obj_description(k.oid, 'pg_constraint') ORDER BY k.conname), '{}')::text[]
                               AS p_check_comments
                    FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.coninhcount = 0) checks ON true
                WHERE i.inhparent = t.oid AND t.relkind = 'p'
            ) p ON true
            ORDER BY p.p_name
            """.formatted(DEFAULT_GRANTEES.formatted(CURRENT_ROLE, "r"), DEFAULT_GRANTEES.formatted(CURRENT_ROLE, "f"),
            DEFAULT_GRANTEES.formatted("c.relowner", "S"), columnArrays(), GRANTEES.formatted("c"));

    public PartitionedTableRead {
        partitionChecks = List.copyOf(partitionChecks);
    }

    /** Every attribute a {@link Column} holds, one array each, in column order. */
    private static String columnArrays() {
        String[][] arrays = {
            {"a.attname", "text", "column_names"},
            {"a.attnum", "int", "column_numbers"},
            {"pg_catalog.format_type(a.atttypid, a.atttypmod)", "text", "column_types"},
            {"COALESCE(bt.typname, t.typname)", "text", "column_base_types"},
            {"CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation "
                    + "THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END", "text", "column_collations"},
            {"a.attnotnull", "boolean", "column_not_null"},
            {"pg_catalog.pg_get_expr(d.adbin, d.adrelid)", "text", "column_defaults"},
            {"a.attidentity::text", "text", "column_identities"},
            {"a.attgenerated::text", "text", "column_generated"},
            {"pg_catalog.col_description(a.attrelid, a.attnum)", "text", "column_comments"},
        };
        StringBuilder sql = new StringBuilder();
        for (String[] array : arrays) {
            sql.append(sql.isEmpty() ? "" : ", ").append("COALESCE(pg_catalog.array_agg(").append(array[0]).append(" ORDER BY a.attnum), '{}')::")
                    .append(array[1]).append("[] AS ").append(array[2]);
        }
        return sql.toString();
    }

    /** Reads the table in one query; empty when no relation has that name. Runs under the caller's pinned settings. */
    static Optional<PartitionedTableRead> read(Queries queries, QualifiedName name) {
        String prefix = namePrefix(name.name());
        return queries.result(QUERY, rows -> rows.next() ? Optional.of(assemble(name, rows)) : Optional.empty(),
                prefix, pastPrefix(prefix), name.schema(), name.name());
    }

    /** What every name a partition of {@code table} could be given starts with. */
    static String namePrefix(String table) {
        return Names.truncateToBytes(table, Names.MAX_BYTES - NAME_TAIL_BYTES);
    }

    /**
     * The first name, in byte order (names sort as collation C), after every name starting with
     * {@code prefix}: its last character one code point on (UTF-8 keeps code point order bytewise).
     */
    static String pastPrefix(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        String head = prefix.substring(0, prefix.length() - Character.charCount(last));
        return last == Character.MAX_CODE_POINT ? (head.isEmpty() ? "\uDBFF\uDFFF\uDBFF\uDFFF" : pastPrefix(head))
                : head + Character.toString(last + 1);
    }

    /** The read from its rows, the cursor on the first: the table's columns come from it, the partitions from every row. */
    private static PartitionedTableRead assemble(QualifiedName name, ResultSet row) throws SQLException {
        char relkind = Queries.character(row, "relkind");
        TableSnapshot table = table(name, row, columns(row), new HashSet<>(Queries.strings(row, "taken_names")), row.getInt("server_version"));
        boolean referenced = row.getBoolean("referenced");
        DefaultPrivileges defaults = new DefaultPrivileges(row.getString("creator"), Queries.strings(row, "default_on_tables"),
                Queries.strings(row, "default_on_functions"), Queries.strings(row, "default_on_sequences"));
        StatementTimeout statementTimeout = new StatementTimeout(Duration.ofMillis(row.getLong("statement_timeout")),
                row.getString("statement_timeout_source"));
        char strategy = Queries.character(row, "partstrat");
        List<String> keyColumns = Queries.strings(row, "key_columns");
        List<Partition> partitions = new ArrayList<>();
        List<PartitionCheck> checks = new ArrayList<>();
        boolean defaultHoldsData = row.getBoolean("default_holds_data");
        do {
            if (row.getString("p_name") == null) {
                continue;
            }
            QualifiedName partition = new QualifiedName(row.getString("p_schema"), row.getString("p_name"));
            partitions.add(PartitionBoundText.partition(partition, row.getString("p_bound"), Queries.character(row, "p_relkind") == 'p',
                    Queries.strings(row, "p_reloptions"), Queries.strings(row, "p_toast_reloptions"), row.getBoolean("p_detach_pending"),
                    Math.max(0, row.getLong("p_estimated_rows")), Queries.strings(row, "p_grantees"), row.getBoolean("p_row_security"),
                    row.getLong("p_oid"), row.getString("p_comment")));
            List<String> checkNames = Queries.strings(row, "p_check_names");
            Boolean[] validated = (Boolean[]) row.getArray("p_check_validated").getArray();
            List<String> comments = Queries.strings(row, "p_check_comments");
            for (int i = 0; i < checkNames.size(); i++) {
                checks.add(new PartitionCheck(partition, checkNames.get(i), validated[i], comments.get(i)));
            }
        } while (row.next());
        Partitioning partitioning = relkind == 'p' ? new Partitioning(strategy, keyColumns, partitions) : null;
        return new PartitionedTableRead(table.withPartitioning(partitioning), checks, referenced, defaults, statementTimeout,
                defaultHoldsData);
    }

    /**
     * The table of a row holding pg_class's own columns as both reads name them, with what only this
     * read leaves out (constraints, indexes, partitions and the rest) still null.
     */
    static TableSnapshot table(QualifiedName name, ResultSet row, List<Column> columns, Set<String> relationNames, int serverVersion)
            throws SQLException {
        String parentName = row.getString("parent_name");
        return new TableSnapshot(row.getLong("oid"), name, Queries.character(row, "relkind"), Queries.character(row, "relpersistence"),
                row.getString("owner"),
                row.getString("tablespace"), row.getString("comment"), Queries.strings(row, "reloptions"),
                Queries.strings(row, "toast_reloptions"), Queries.character(row, "relreplident"), row.getString("replica_identity_index"),
                row.getBoolean("relrowsecurity"), row.getBoolean("relforcerowsecurity"), Math.max(0, row.getLong("estimated_rows")),
                columns, null, null, null, null, null, row.getBoolean("acl_is_default"), null, null, null, null, null, null,
                parentName == null ? null : new QualifiedName(row.getString("parent_schema"), parentName), row.getBoolean("inheritance"),
                row.getBoolean("typed"), null, relationNames, serverVersion);
    }

    private static List<Column> columns(ResultSet row) throws SQLException {
        List<String> names = Queries.strings(row, "column_names");
        Integer[] numbers = (Integer[]) row.getArray("column_numbers").getArray();
        List<String> types = Queries.strings(row, "column_types");
        List<String> baseTypes = Queries.strings(row, "column_base_types");
        List<String> collations = Queries.strings(row, "column_collations");
        Boolean[] notNull = (Boolean[]) row.getArray("column_not_null").getArray();
        List<String> defaults = Queries.strings(row, "column_defaults");
        List<String> identities = Queries.strings(row, "column_identities");
        List<String> generated = Queries.strings(row, "column_generated");
        List<String> comments = Queries.strings(row, "column_comments");
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new Column(names.get(i), numbers[i], types.get(i), baseTypes.get(i), collations.get(i), notNull[i], defaults.get(i),
                    character(identities.get(i)), character(generated.get(i)), comments.get(i)));
        }
        return columns;
    }

    private static char character(String value) {
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }
}
