package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.Names;
import io.partitionkit.core.sql.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table as maintenance and status see it, read in two queries: the table's row (the relation, its
 * columns, its NOT VALID CHECKs, and the few facts of the session a run depends on), then a row per
 * partition (bound, storage, comment, its own CHECK constraints). A fleet of tables is maintained every
 * hour, so this is the read a table that needs nothing costs. The partitions' grantees are read only
 * when asked for: only a partition that leaves the table (detached, archived) needs them. Its
 * {@link TableSnapshot} holds no constraints, indexes, triggers, policies, grants, publications,
 * views, sequences or dependants (asking for them throws), and of the schema's relation names only
 * those a partition of the table could be given.
 *
 * @param partitionChecks  the CHECK constraints the partitions have of their own, by partition and name
 * @param notValidChecks   the table's CHECK constraints that are NOT VALID (new partitions keep them so)
 * @param referenced       whether a foreign key of another table references the table
 * @param defaults         what default privileges would add to what the run creates in the table's schema
 * @param statementTimeout the session's statement_timeout
 * @param defaultHoldsData whether the DEFAULT partition's heap has any page (only then may it hold rows)
 * @param citusInstalled   whether the database has the citus extension (only then may Citus hold the table)
 */
public record PartitionedTableRead(TableSnapshot table, List<PartitionCheck> partitionChecks, List<Constraint> notValidChecks,
                                   boolean referenced, DefaultPrivileges defaults, StatementTimeout statementTimeout,
                                   boolean defaultHoldsData, boolean citusInstalled) {

    /**
     * More than a partition name ever adds to the part of the table's name it keeps ({@link Names#fit}'s
     * hash of 9 bytes, {@code _p} and the longest suffix a grid gives, 20 bytes): a name a partition of
     * the table can be given starts with the first {@code 63 - 40} bytes of the table's name.
     */
    private static final int NAME_TAIL_BYTES = 40;

    /** The columns of pg_class's own row (of {@code c}, with {@link #RELATION_JOINS}) that {@link #table} maps; a full read shares them. */
    static final String RELATION_COLUMNS = """
            c.oid, c.relkind, c.relpersistence, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   ts.spcname AS tablespace, cd.description AS comment,
                   c.reloptions, tc.reloptions AS toast_reloptions, c.relreplident, ri.relname AS replica_identity_index,
                   c.relrowsecurity, c.relforcerowsecurity, c.reltuples::bigint AS estimated_rows,
                   c.relacl IS NULL AS acl_is_default, c.reloftype <> 0 AS typed,
                   pn.nspname AS parent_schema, pc.relname AS parent_name,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class x ON x.oid = i.inhparent
                           WHERE i.inhrelid = c.oid AND NOT x.relkind = 'p')
                   OR EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhparent = c.oid AND c.relkind <> 'p') AS inheritance""";

    /** What {@link #RELATION_COLUMNS} reads from: the relation {@code c} in schema {@code n}, and what its row points to. */
    static final String RELATION_JOINS = """
            FROM pg_catalog.pg_class c
                        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                        LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
                        LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
                        LEFT JOIN pg_catalog.pg_inherits pi ON pi.inhrelid = c.oid AND c.relispartition
                        LEFT JOIN pg_catalog.pg_class pc ON pc.oid = pi.inhparent
                        LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                        LEFT JOIN pg_catalog.pg_index rii ON rii.indrelid = c.oid AND rii.indisreplident
                        LEFT JOIN pg_catalog.pg_class ri ON ri.oid = rii.indexrelid
                        LEFT JOIN pg_catalog.pg_description cd
                               ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND cd.objsubid = 0""";

    /** The roles other than the owner holding a privilege on the relation {@code %1$s} or on one of its columns (NULL for PUBLIC). */
    static final String GRANTEES = """
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

    /** The table's own row: the relation, its columns, its NOT VALID CHECKs, and the facts of the session. */
    private static final String TABLE_QUERY = """
            SELECT %s,
                   pt.partstrat,
                   ARRAY(SELECT CASE WHEN k.attnum = 0 THEN NULL ELSE a.attname END
                         FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY k(attnum, ord)
                         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.attnum
                         ORDER BY k.ord)::text[] AS key_columns,
                   ARRAY(SELECT r.relname FROM pg_catalog.pg_class r
                         WHERE r.relname >= ?::name AND r.relname < ?::name AND r.relnamespace = c.relnamespace)::text[] AS taken_names,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_constraint f ON f.oid = d.objid
                           WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = c.oid
                             AND d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND f.contype = 'f' AND f.confrelid = c.oid)
                       AS referenced,
                   nv.*,
                   current_setting('server_version_num')::int AS server_version,
                   current_user::text AS creator,
                   %s AS default_on_tables, %s AS default_on_functions, %s AS default_on_sequences,
                   (extract(epoch FROM current_setting('statement_timeout')::interval) * 1000)::bigint AS statement_timeout,
                   CASE WHEN current_setting('statement_timeout') <> '0'
                        THEN (SELECT s.source FROM pg_catalog.pg_settings s WHERE s.name = 'statement_timeout') END
                       AS statement_timeout_source,
                   pg_catalog.pg_relation_size(NULLIF(pt.partdefid, 0)) > 0 AS default_holds_data,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extname = 'citus') AS citus_installed,
                   cols.*
            %s
            LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
            LEFT JOIN LATERAL (
                SELECT %s
                FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
                LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                LEFT JOIN pg_catalog.pg_description ad
                       ON ad.objoid = a.attrelid AND ad.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ad.objsubid = a.attnum
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) cols ON true
            LEFT JOIN LATERAL (
                SELECT COALESCE(pg_catalog.array_agg(k.conname ORDER BY k.conname), '{}')::text[] AS not_valid_check_names,
                       COALESCE(pg_catalog.array_agg(pg_catalog.pg_get_constraintdef(k.oid) ORDER BY k.conname), '{}')::text[]
                           AS not_valid_check_definitions,
                       COALESCE(pg_catalog.array_agg(kd.description ORDER BY k.conname), '{}')::text[] AS not_valid_check_comments
                FROM pg_catalog.pg_constraint k
                LEFT JOIN pg_catalog.pg_description kd
                       ON kd.objoid = k.oid AND kd.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND kd.objsubid = 0
                WHERE k.conrelid = c.oid AND k.contype = 'c' AND NOT k.convalidated) nv ON true
            WHERE n.nspname = ? AND c.relname = ?
            """.formatted(RELATION_COLUMNS, DEFAULT_GRANTEES.formatted(CURRENT_ROLE, "r"), DEFAULT_GRANTEES.formatted(CURRENT_ROLE, "f"),
            DEFAULT_GRANTEES.formatted("c.relowner", "S"), RELATION_JOINS, columnArrays());

    /**
     * A row per partition and CHECK constraint of its own (one with a NULL check when it has none), in
     * no order: partitions are sorted by name as PostgreSQL sorts names, bytewise, after reading. A
     * bound holds constants only, so it is printed without opening (and locking) its partition.
     */
    private static final String PARTITIONS_QUERY = """
            SELECT c.oid AS p_oid, n.nspname AS p_schema, c.relname AS p_name, pg_catalog.pg_get_expr(c.relpartbound, 0) AS p_bound,
                   c.relkind AS p_relkind, c.reloptions AS p_reloptions, tc.reloptions AS p_toast_reloptions,
                   i.inhdetachpending AS p_detach_pending, c.reltuples::bigint AS p_estimated_rows, c.relrowsecurity AS p_row_security,
                   pd.description AS p_comment, %s AS p_grantees,
                   k.conname AS check_name, k.convalidated AS check_validated, kd.description AS check_comment
            FROM pg_catalog.pg_inherits i
            JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
            LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description pd
                   ON pd.objoid = c.oid AND pd.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND pd.objsubid = 0
            LEFT JOIN pg_catalog.pg_constraint k ON k.conrelid = c.oid AND k.contype = 'c' AND k.coninhcount = 0
            LEFT JOIN pg_catalog.pg_description kd
                   ON kd.objoid = k.oid AND kd.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND kd.objsubid = 0
            WHERE i.inhparent = ?
            """;
    private static final String PARTITIONS_WITH_GRANTEES = PARTITIONS_QUERY.formatted(GRANTEES.formatted("c"));
    private static final String PARTITIONS_WITHOUT_GRANTEES = PARTITIONS_QUERY.formatted("NULL::text[]");

    public PartitionedTableRead {
        partitionChecks = List.copyOf(partitionChecks);
        notValidChecks = List.copyOf(notValidChecks);
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
            {"ad.description", "text", "column_comments"},
        };
        StringBuilder sql = new StringBuilder();
        for (String[] array : arrays) {
            sql.append(sql.isEmpty() ? "" : ", ").append("COALESCE(pg_catalog.array_agg(").append(array[0]).append(" ORDER BY a.attnum), '{}')::")
                    .append(array[1]).append("[] AS ").append(array[2]);
        }
        return sql.toString();
    }

    /**
     * Reads the table, then its partitions (two queries, each planned once per session and kept);
     * empty when no relation has that name. Runs under the caller's pinned settings.
     */
    static Optional<PartitionedTableRead> read(Queries queries, QualifiedName name, boolean partitionGrantees) {
        String prefix = namePrefix(name.name());
        Optional<TableRow> row = queries.result(TABLE_QUERY, rows -> rows.next() ? Optional.of(tableRow(name, rows)) : Optional.empty(),
                prefix, pastPrefix(prefix), name.schema(), name.name());
        if (row.isEmpty() || !row.get().read().table().isPartitioned()) {
            return row.map(TableRow::read);
        }
        PartitionedTableRead found = row.get().read();
        List<PartitionCheck> checks = new ArrayList<>();
        Map<Long, Partition> byOid = new LinkedHashMap<>();
        queries.list(partitionGrantees ? PARTITIONS_WITH_GRANTEES : PARTITIONS_WITHOUT_GRANTEES, partitionRow -> {
            Partition partition = byOid.containsKey(partitionRow.getLong("p_oid")) ? byOid.get(partitionRow.getLong("p_oid"))
                    : partition(partitionRow);
            byOid.put(partition.oid(), partition);
            if (partitionRow.getString("check_name") != null) {
                checks.add(new PartitionCheck(partition.name(), partitionRow.getString("check_name"), partitionRow.getBoolean("check_validated"),
                        partitionRow.getString("check_comment")));
            }
            return partition;
        }, found.table().oid());
        List<Partition> partitions = new ArrayList<>(byOid.values());
        partitions.sort(Comparator.comparing(partition -> bytes(partition.name().name()), Arrays::compareUnsigned));
        checks.sort(Comparator.<PartitionCheck, byte[]>comparing(check -> bytes(check.partition().name()), Arrays::compareUnsigned)
                .thenComparing(check -> bytes(check.name()), Arrays::compareUnsigned));
        TableSnapshot partitioned = found.table().withPartitioning(new Partitioning(row.get().strategy(), row.get().keyColumns(), partitions));
        return Optional.of(new PartitionedTableRead(partitioned, checks, found.notValidChecks(), found.referenced(), found.defaults(),
                found.statementTimeout(), found.defaultHoldsData(), found.citusInstalled()));
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

    /** The table's row: the read without partitions, and the partition key. */
    private record TableRow(PartitionedTableRead read, char strategy, List<String> keyColumns) {
    }

    private static TableRow tableRow(QualifiedName name, ResultSet row) throws SQLException {
        TableSnapshot table = table(name, row, columns(row), new HashSet<>(Queries.strings(row, "taken_names")), row.getInt("server_version"));
        DefaultPrivileges defaults = new DefaultPrivileges(row.getString("creator"), Queries.strings(row, "default_on_tables"),
                Queries.strings(row, "default_on_functions"), Queries.strings(row, "default_on_sequences"));
        StatementTimeout statementTimeout = new StatementTimeout(Duration.ofMillis(row.getLong("statement_timeout")),
                row.getString("statement_timeout_source"));
        List<String> names = Queries.strings(row, "not_valid_check_names");
        List<String> definitions = Queries.strings(row, "not_valid_check_definitions");
        List<String> comments = Queries.strings(row, "not_valid_check_comments");
        List<Constraint> notValidChecks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            notValidChecks.add(new Constraint(names.get(i), 'c', definitions.get(i), false, List.of(), null, comments.get(i), null, List.of(),
                    List.of(), false, false));
        }
        return new TableRow(new PartitionedTableRead(table, List.of(), notValidChecks, row.getBoolean("referenced"), defaults,
                statementTimeout, row.getBoolean("default_holds_data"), row.getBoolean("citus_installed")), Queries.character(row, "partstrat"),
                Queries.strings(row, "key_columns"));
    }

    /** The partition of a row. */
    private static Partition partition(ResultSet row) throws SQLException {
        return PartitionBoundText.partition(new QualifiedName(row.getString("p_schema"), row.getString("p_name")), row.getString("p_bound"),
                Queries.character(row, "p_relkind") == 'p', Queries.strings(row, "p_reloptions"), Queries.strings(row, "p_toast_reloptions"),
                row.getBoolean("p_detach_pending"), Math.max(0, row.getLong("p_estimated_rows")),
                row.getArray("p_grantees") == null ? null : Queries.strings(row, "p_grantees"),
                row.getBoolean("p_row_security"), row.getLong("p_oid"), row.getString("p_comment"));
    }

    /** Names sort as PostgreSQL sorts them (collation C): by their bytes. */
    private static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
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
