package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.LockTimeout;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads tables from pg_catalog into {@link TableSnapshot}s, and the few facts about their rows
 * planning needs. Only reads: it never changes the database (see {@link ReadSettings} for the session
 * settings it pins while reading, the lock_timeout among them, and puts back).
 */
public final class CatalogReader {

    /** The grantees of the relation {@code c}, as the text[] column {@code grantees}. */
    private static final String GRANTEES = PartitionedTableRead.GRANTEES.formatted("c") + " AS grantees";

    private final Queries queries;
    private final ReadSettings settings;

    /** A reader whose reads give up after the default lock_timeout when another session holds a conflicting lock. */
    /** Whether the database has the citus extension, once asked. */
    private Boolean hasCitus;

    public CatalogReader(Connection connection) {
        this(connection, LockTimeout.DEFAULT);
    }

    /** A reader whose reads give up after {@code lockTimeout} when another session holds a conflicting lock. */
    public CatalogReader(Connection connection, LockTimeout lockTimeout) {
        this.queries = new Queries(connection);
        this.settings = new ReadSettings(connection, lockTimeout);
    }

    /** The settings every read runs under, for other reads of the same planning or report. */
    public ReadSettings settings() {
        return settings;
    }

    /** The schema unqualified names resolve to on this connection (read under the caller's search_path, which it is about). */
    public String currentSchema() {
        return queries.single("SELECT pg_catalog.current_schema()", row -> row.getString(1))
                .orElseThrow(() -> new CatalogException("the connection's search_path names no existing schema"));
    }

    /** The table, or empty when no relation has that name. {@code schema} null means the current schema. */
    public Optional<TableSnapshot> read(String schema, String table) {
        String resolvedSchema = schema == null ? currentSchema() : schema;
        QualifiedName name = new QualifiedName(resolvedSchema, table);
        return settings.read(name, () -> readPinned(name));
    }

    /**
     * What {@code ALTER DEFAULT PRIVILEGES} adds to what this connection's role creates in
     * {@code schema}, and to the identity sequences a table of {@code tableOwner} gets there.
     */
    public DefaultPrivileges defaultPrivileges(String schema, String tableOwner) {
        return settings.read(() -> {
            String creator = queries.single("SELECT current_user::text", row -> row.getString(1)).orElseThrow();
            return new DefaultPrivileges(creator, defaultGrantees(creator, schema, 'r'), defaultGrantees(creator, schema, 'f'),
                    defaultGrantees(tableOwner, schema, 'S'));
        });
    }

    /** The roles (null for PUBLIC) {@code role}'s default privileges grant on objects of a kind it creates in {@code schema}. */
    private List<String> defaultGrantees(String role, String schema, char kind) {
        return queries.list("""
                SELECT DISTINCT CASE WHEN x.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(x.grantee) END AS grantee
                FROM pg_catalog.pg_default_acl d, pg_catalog.aclexplode(d.defaclacl) x
                WHERE d.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = ?)
                  AND d.defaclobjtype = ?::"char"
                  AND (d.defaclnamespace = 0 OR d.defaclnamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = ?))
                  AND x.grantee <> d.defaclrole
                ORDER BY 1 NULLS FIRST""", row -> row.getString(1), role, String.valueOf(kind), schema);
    }

    /** The session's statement_timeout, which would cancel a step that runs longer. */
    public StatementTimeout statementTimeout() {
        return settings.read(() -> queries.single("SELECT s.setting::bigint, s.source FROM pg_catalog.pg_settings s "
                + "WHERE s.name = 'statement_timeout'", row -> new StatementTimeout(Duration.ofMillis(row.getLong(1)),
                row.getString(2))).orElseThrow());
    }

    /** What the role running the change may do of what the switch on {@code table} needs. */
    public SwitchPrivileges switchPrivileges(TableSnapshot table) {
        return settings.read(table.name(), () -> {
            List<QualifiedName> views = table.dependentViews().stream().map(DependentView::name).toList();
            List<QualifiedName> referencing = table.incomingForeignKeys().stream().map(IncomingForeignKey::table).distinct().toList();
            List<QualifiedName> referenced = table.constraints().stream().filter(Constraint::isForeignKey).map(Constraint::referencedTable)
                    .distinct().toList();
            List<QualifiedName> functions = table.triggers().stream().map(Trigger::function).distinct().toList();
            return queries.single("""
                    SELECT current_user::text AS role, r.rolsuper, r.rolsuper OR r.rolbypassrls AS bypasses,
                           pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE') AS acts_as_owner,
                           pg_catalog.has_schema_privilege(current_user, c.relnamespace, 'CREATE') AS creates,
                           pg_catalog.has_schema_privilege(c.relowner, c.relnamespace, 'CREATE') AS owner_creates,
                           ARRAY(SELECT x FROM unnest(?::text[]) x WHERE NOT pg_catalog.pg_has_role(current_user,
                                 (SELECT v.relowner FROM pg_catalog.pg_class v WHERE v.oid = x::regclass), 'USAGE')) AS views,
                           ARRAY(SELECT p.pubname::text FROM pg_catalog.pg_publication p WHERE p.pubname = ANY (?::text[])
                                 AND NOT pg_catalog.pg_has_role(current_user, p.pubowner, 'USAGE') ORDER BY 1) AS publications,
                           ARRAY(SELECT x FROM unnest(?::text[]) x WHERE NOT pg_catalog.pg_has_role(current_user,
                                 (SELECT t.relowner FROM pg_catalog.pg_class t WHERE t.oid = x::regclass), 'USAGE')) AS referencing,
                           ARRAY(SELECT x FROM unnest(?::text[]) x
                                 WHERE NOT pg_catalog.has_table_privilege(current_user, x::regclass, 'REFERENCES')) AS referenced,
                           ARRAY(SELECT x FROM unnest(?::text[]) x
                                 WHERE NOT pg_catalog.has_function_privilege(current_user, x || '()', 'EXECUTE')) AS functions
                    FROM pg_catalog.pg_class c, pg_catalog.pg_roles r
                    WHERE c.oid = ? AND r.rolname = current_user
                    """, row -> new SwitchPrivileges(row.getString("role"), row.getBoolean("rolsuper"), row.getBoolean("bypasses"),
                    row.getBoolean("acts_as_owner"),
                    row.getBoolean("creates"), row.getBoolean("owner_creates"), named(views, Queries.strings(row, "views")),
                    Queries.strings(row, "publications"), named(referencing, Queries.strings(row, "referencing")),
                    named(referenced, Queries.strings(row, "referenced")), named(functions, Queries.strings(row, "functions"))),
                    sqlNames(views), table.publications().stream().map(PublicationMembership::publication).toArray(String[]::new),
                    sqlNames(referencing), sqlNames(referenced), sqlNames(functions), table.oid()).orElseThrow();
        });
    }

    private static String[] sqlNames(List<QualifiedName> names) {
        return names.stream().map(QualifiedName::sql).toArray(String[]::new);
    }

    /** The names among {@code all} whose SQL form the query returned. */
    private static List<QualifiedName> named(List<QualifiedName> all, List<String> returned) {
        return all.stream().filter(name -> returned.contains(name.sql())).toList();
    }

    /** The function of that name taking no arguments (a trigger function), or empty. */
    public Optional<FunctionSnapshot> function(QualifiedName name) {
        return settings.read(name, () -> queries.single("""
                SELECT pg_catalog.pg_get_userbyid(p.proowner) AS owner, pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
                       p.prosecdef, p.prosrc, l.lanname, p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype AS returns_trigger,
                       p.proconfig,
                       ARRAY(SELECT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(x.grantee) END
                             FROM pg_catalog.aclexplode(COALESCE(p.proacl, pg_catalog.acldefault('f', p.proowner))) x
                             WHERE x.grantee <> p.proowner ORDER BY 1)::text[] AS executors
                FROM pg_catalog.pg_proc p
                JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                JOIN pg_catalog.pg_language l ON l.oid = p.prolang
                WHERE n.nspname = ? AND p.proname = ? AND p.pronargs = 0
                """, row -> new FunctionSnapshot(name, row.getString("owner"), row.getString("comment"), row.getBoolean("prosecdef"),
                row.getString("prosrc"), row.getString("lanname"), row.getBoolean("returns_trigger"),
                Queries.strings(row, "proconfig"), Queries.strings(row, "executors")), name.schema(), name.name()));
    }

    /** Whether a schema of that name exists (names are case-sensitive). */
    public boolean schemaExists(String schema) {
        return settings.read(() -> queries.single("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?)",
                row -> row.getBoolean(1), schema).orElse(false));
    }

    /**
     * Whether a tablespace of that name exists (empty when not) and this connection's role may create
     * in it (a superuser may, everywhere).
     */
    public Optional<Boolean> tablespaceCreatable(String tablespace) {
        return settings.read(() -> queries.single("SELECT pg_catalog.has_tablespace_privilege(oid, 'CREATE') FROM pg_catalog.pg_tablespace "
                + "WHERE spcname = ?", row -> row.getBoolean(1), tablespace));
    }

    /**
     * The plain tables of a schema that are no partition and whose comment holds {@code note}, by name:
     * tables a run marked as its own. Tablespaces are named, the database's default one included.
     */
    public List<ArchivedTable> tablesNoted(String schema, String note) {
        return settings.read(() -> queries.list("""
                WITH db AS (SELECT t.spcname FROM pg_catalog.pg_database d JOIN pg_catalog.pg_tablespace t ON t.oid = d.dattablespace
                            WHERE d.datname = pg_catalog.current_database())
                SELECT n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
                       COALESCE(ts.spcname, (SELECT spcname FROM db)) AS tablespace,
                       ARRAY(SELECT COALESCE(its.spcname, (SELECT spcname FROM db)) FROM pg_catalog.pg_index i
                             JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                             LEFT JOIN pg_catalog.pg_tablespace its ON its.oid = ic.reltablespace
                             WHERE i.indrelid = c.oid ORDER BY ic.relname)::text[] AS index_tablespaces,
                       pg_catalog.pg_total_relation_size(c.oid) AS total_bytes, c.relrowsecurity, c.relforcerowsecurity,
                       %s
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
                WHERE n.nspname = ? AND c.relkind = 'r' AND NOT c.relispartition
                  AND pg_catalog.strpos(pg_catalog.obj_description(c.oid, 'pg_class'), ?) > 0
                ORDER BY c.relname""".formatted(GRANTEES),
                row -> new ArchivedTable(new QualifiedName(row.getString("nspname"), row.getString("relname")),
                row.getString("owner"), row.getString("comment"), row.getString("tablespace"), Queries.strings(row, "index_tablespaces"),
                row.getLong("total_bytes"), Queries.strings(row, "grantees"), row.getBoolean("relrowsecurity"),
                row.getBoolean("relforcerowsecurity")), schema, note));
    }

    /** The largest value of a column as text (read with TimeZone UTC, DateStyle ISO), empty for no rows. */
    public Optional<String> maxValue(QualifiedName table, String column) {
        return settings.read(table, () -> queries.single("SELECT " + extreme(table, "", column, Optional.empty(), true),
                row -> row.getString(1)).filter(value -> value != null));
    }

    /**
     * The smallest value of a column as text (read with TimeZone UTC, DateStyle ISO) among the rows
     * meeting {@code condition}, when given; empty for no rows.
     */
    public Optional<String> minValue(QualifiedName table, String column, Optional<String> condition) {
        return settings.read(table, () -> queries.single("SELECT " + extreme(table, "", column, condition, false),
                row -> row.getString(1)).filter(value -> value != null));
    }

    /**
     * A scalar subquery of a column's smallest or largest value as text among the rows meeting
     * {@code condition}: the first in index order, as min() and max() would read it, but for every
     * type with an ordering (uuid has no min or max). {@code only} is {@code "ONLY "} or empty.
     */
    public static String extreme(QualifiedName table, String only, String column, Optional<String> condition, boolean largest) {
        String key = Sql.ident(column);
        // Qualified, ORDER BY names the column, not the text output of the same name (which would order "999" after "4321").
        return "(SELECT " + key + "::text FROM " + only + table.sql() + " AS pkit_rows WHERE " + key + " IS NOT NULL"
                + condition.map(c -> " AND " + c).orElse("") + " ORDER BY pkit_rows." + key + (largest ? " DESC" : "") + " LIMIT 1)";
    }

    /**
     * Where an ascending sequence stands: the largest value it may have handed out. That is its
     * {@code last_value} once {@code nextval} was called; before the first call after it was created,
     * set with {@code is_called} false or restarted, {@code last_value} is the next value it will hand
     * out, so the one below it. Empty when this role may not read it (that needs SELECT on it).
     */
    public Optional<Long> sequencePosition(QualifiedName sequence) {
        return settings.read(sequence, () -> {
            boolean readable = queries.single("SELECT pg_catalog.has_sequence_privilege(?, 'SELECT')", row -> row.getBoolean(1),
                    sequence.sql()).orElse(false);
            if (!readable) {
                return Optional.<Long>empty();
            }
            return queries.single("SELECT last_value, is_called FROM " + sequence.sql(),
                    row -> row.getBoolean(2) ? row.getLong(1) : Math.max(row.getLong(1), Long.MIN_VALUE + 1) - 1);
        });
    }

    /**
     * The value of a query of {@code table} returning at most one row of one column, as text (read
     * with TimeZone UTC, DateStyle ISO); empty for none or NULL.
     */
    public Optional<String> value(QualifiedName table, String query) {
        return settings.read(table, () -> queries.single(query, row -> row.getString(1)));
    }

    /** The bigint columns of the one row a query of {@code table} returns. */
    public List<Long> counts(QualifiedName table, String query) {
        return settings.read(table, () -> queries.single(query, row -> {
            List<Long> counts = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                counts.add(row.getLong(column));
            }
            return counts;
        }).orElseThrow());
    }

    /** Whether the database has the citus extension; asked once per reader. */
    public boolean hasCitus() {
        if (hasCitus == null) {
            hasCitus = settings.read(() -> queries.single("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus')",
                    row -> row.getBoolean(1)).orElse(false));
        }
        return hasCitus;
    }

    /** How Citus holds a table; empty without the citus extension or for a table Citus does not know. */
    public Optional<CitusTable> citusTable(QualifiedName table) {
        return hasCitus() ? citusEntry(table) : Optional.empty();
    }

    /**
     * How Citus holds the table {@code read} found; empty, without a query more, where the read saw no
     * citus extension.
     */
    public Optional<CitusTable> citusTable(PartitionedTableRead read) {
        return read.citusInstalled() ? citusEntry(read.table().name()) : Optional.empty();
    }

    /** The table's row in {@code pg_dist_partition}, on a database with the citus extension. */
    private Optional<CitusTable> citusEntry(QualifiedName table) {
        return settings.read(table, () -> queries.single("""
                SELECT partmethod::text, repmodel::text, colocationid,
                       CASE WHEN partkey IS NULL THEN NULL ELSE pg_catalog.column_to_column_name(logicalrelid, partkey) END
                FROM pg_catalog.pg_dist_partition WHERE logicalrelid = ?::regclass""",
                row -> new CitusTable(CitusTable.kind(row.getString(1), row.getString(2), row.getInt(3)), row.getString(4), row.getInt(3)),
                table.sql()));
    }

    /** Which tables of a schema are partitions, and which are partitioned tables that are not (names are case-sensitive). */
    public SchemaPartitions schemaPartitions(String schema) {
        List<Map.Entry<String, Boolean>> tables = settings.read(() -> queries.list("""
                SELECT c.relname, c.relispartition FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'f') AND (c.relispartition OR c.relkind = 'p')""",
                row -> Map.entry(row.getString(1), row.getBoolean(2)), schema));
        Set<String> partitions = new HashSet<>();
        Set<String> partitioned = new HashSet<>();
        tables.forEach(table -> (table.getValue() ? partitions : partitioned).add(table.getKey()));
        return new SchemaPartitions(partitions, partitioned);
    }

    /**
     * Names of the tables in a schema, other than {@code except}, that are not partitions and have a
     * constraint with the given name: tables a tool marked as its own work in progress.
     */
    public List<String> tablesWithConstraint(String schema, String constraint, String except) {
        return settings.read(() -> queries.list("""
                SELECT c.relname FROM pg_catalog.pg_constraint k
                JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND k.conname = ? AND c.relname <> ? AND c.relkind = 'r' AND NOT c.relispartition
                ORDER BY c.relname""", row -> row.getString(1), schema, constraint, except));
    }

    /**
     * The values of a one-column query of {@code table} as text (read with TimeZone UTC, DateStyle ISO),
     * at most {@code limit} of them.
     */
    public List<String> distinctValues(QualifiedName table, String query, int limit) {
        return settings.read(table, () -> queries.list(query + " LIMIT " + limit, row -> row.getString(1)));
    }

    /** The tables that inherit from {@code table} (not as partitions), by name, each with its CHECK constraints. */
    public List<InheritanceChild> inheritanceChildren(QualifiedName table) {
        return settings.read(table, () -> queries.list("""
                SELECT n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner, c.reltuples::bigint AS estimated_rows,
                       ARRAY(SELECT k.conname FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c'
                             ORDER BY k.conname)::text[] AS check_names,
                       ARRAY(SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k
                             WHERE k.conrelid = c.oid AND k.contype = 'c' ORDER BY k.conname)::text[] AS check_definitions,
                       ARRAY(SELECT k.convalidated FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c'
                             ORDER BY k.conname)::boolean[] AS check_validated,
                       EXISTS (SELECT 1 FROM pg_catalog.pg_inherits g WHERE g.inhparent = c.oid) AS has_children
                FROM pg_catalog.pg_inherits i
                JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE i.inhparent = ?::regclass AND NOT c.relispartition
                ORDER BY n.nspname, c.relname
                """, row -> {
            List<String> names = Queries.strings(row, "check_names");
            List<String> definitions = Queries.strings(row, "check_definitions");
            Boolean[] validated = (Boolean[]) row.getArray("check_validated").getArray();
            List<InheritanceChild.Check> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new InheritanceChild.Check(names.get(i), definitions.get(i), validated[i]));
            }
            return new InheritanceChild(new QualifiedName(row.getString("nspname"), row.getString("relname")), row.getString("owner"),
                    Math.max(0, row.getLong("estimated_rows")), checks, row.getBoolean("has_children"));
        }, table.sql()));
    }

    /** The tables {@code table} inherits from, not as a partition. */
    public List<QualifiedName> inheritanceParents(QualifiedName table) {
        return settings.read(table, () -> queries.list("""
                SELECT n.nspname, c.relname FROM pg_catalog.pg_inherits i
                JOIN pg_catalog.pg_class c ON c.oid = i.inhparent
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE i.inhrelid = ?::regclass AND c.relkind <> 'p'
                ORDER BY 1, 2""", row -> new QualifiedName(row.getString(1), row.getString(2)), table.sql()));
    }

    /**
     * The triggers that route the rows inserted into an inheritance parent to its children: row-level,
     * BEFORE INSERT, running a function whose source inserts rows ({@code INSERT} in its body).
     */
    public List<String> routingTriggers(QualifiedName table) {
        // tgtype bits: 1 row-level, 2 BEFORE, 4 INSERT.
        return settings.read(table, () -> queries.list("""
                SELECT t.tgname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
                WHERE t.tgrelid = ?::regclass AND NOT t.tgisinternal AND (t.tgtype & 7) = 7 AND p.prosrc ~* '\\minsert\\M'
                ORDER BY 1""", row -> row.getString(1), table.sql()));
    }

    /** The smallest and largest key of the rows stored in {@code table} itself, not in its children; empty for none. */
    public Optional<List<String>> ownKeyRange(QualifiedName table, String column) {
        return settings.read(table, () -> queries.single("SELECT " + extreme(table, "ONLY ", column, Optional.empty(), false) + ", "
                + extreme(table, "ONLY ", column, Optional.empty(), true), row -> row.getString(1) == null ? null
                : List.of(row.getString(1), row.getString(2))));
    }

    /** How many rows stored in {@code table} itself, not in its children, meet {@code condition}: at most {@code limit}. */
    public long ownRowsUpTo(QualifiedName table, String condition, long limit) {
        return settings.read(table, () -> queries.single("SELECT count(*) FROM (SELECT 1 FROM ONLY " + table.sql() + " WHERE "
                + condition + " LIMIT " + limit + ") s", row -> row.getLong(1)).orElse(0L));
    }

    /** Whether any row has NULL in the column. */
    public boolean hasNulls(QualifiedName table, String column) {
        return settings.read(table, () -> queries.single("SELECT EXISTS (SELECT 1 FROM " + table.sql() + " WHERE "
                + Sql.ident(column) + " IS NULL)", row -> row.getBoolean(1)).orElse(false));
    }

    private Optional<TableSnapshot> readPinned(QualifiedName name) {
        int serverVersion = queries.single("SELECT current_setting('server_version_num')::int", row -> row.getInt(1))
                .orElseThrow();
        return queries.single("""
                SELECT %s,
                       %s, c.reltype, c.relnamespace
                %s
                WHERE n.nspname = ? AND c.relname = ?
                """.formatted(PartitionedTableRead.RELATION_COLUMNS, GRANTEES, PartitionedTableRead.RELATION_JOINS),
                row -> snapshot(name, row, serverVersion), name.schema(), name.name());
    }

    private TableSnapshot snapshot(QualifiedName name, ResultSet row, int serverVersion) throws SQLException {
        long oid = row.getLong("oid");
        char relkind = Queries.character(row, "relkind");
        return PartitionedTableRead.table(name, row, columns(oid), relationNames(row.getLong("relnamespace")), serverVersion)
                .withDetails(constraints(oid), indexes(oid), incomingForeignKeys(oid), triggers(oid), policies(oid), grants(oid),
                        revokedFromOwner(oid), publications(oid, serverVersion), dependentViews(oid), ownedSequences(oid),
                        unsupportedDependants(oid, row.getLong("reltype")), relkind == 'p' ? partitioning(oid) : null);
    }

    private List<Column> columns(long table) {
        return queries.list("""
                SELECT a.attname, a.attnum, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                       COALESCE(bt.typname, t.typname) AS base_type,
                       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) END AS collation,
                       a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr,
                       a.attidentity, a.attgenerated, pg_catalog.col_description(a.attrelid, a.attnum) AS comment
                FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
                LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum
                """, row -> new Column(
                row.getString("attname"),
                row.getInt("attnum"),
                row.getString("type"),
                row.getString("base_type"),
                row.getString("collation"),
                row.getBoolean("attnotnull"),
                row.getString("default_expr"),
                Queries.character(row, "attidentity"),
                Queries.character(row, "attgenerated"),
                row.getString("comment")), table);
    }

    private List<Constraint> constraints(long table) {
        return queries.list("""
                SELECT con.conname, con.contype, pg_catalog.pg_get_constraintdef(con.oid) AS def, con.convalidated,
                       %s AS columns,
                       ic.relname AS index_name, pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment,
                       rn.nspname AS ref_schema, rc.relname AS ref_table,
                       %s AS ref_columns,
                       ARRAY(SELECT o.oprname FROM unnest(con.conexclop) WITH ORDINALITY x(op, ord)
                             JOIN pg_catalog.pg_operator o ON o.oid = x.op ORDER BY x.ord)::text[] AS exclusion_operators,
                       con.conparentid <> 0 AS parent_constraint, con.condeferrable
                FROM pg_catalog.pg_constraint con
                LEFT JOIN pg_catalog.pg_class ic ON ic.oid = con.conindid AND con.contype IN ('p', 'u', 'x')
                LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
                LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
                WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'c', 'x', 'f')
                ORDER BY con.conname
                """.formatted(attributeNames("con.conkey", "con.conrelid"), attributeNames("con.confkey", "con.confrelid")), row -> {
            String refTable = row.getString("ref_table");
            return new Constraint(
                    row.getString("conname"),
                    Queries.character(row, "contype"),
                    row.getString("def"),
                    row.getBoolean("convalidated"),
                    Queries.strings(row, "columns"),
                    row.getString("index_name"),
                    row.getString("comment"),
                    refTable == null ? null : new QualifiedName(row.getString("ref_schema"), refTable),
                    Queries.strings(row, "ref_columns"),
                    Queries.strings(row, "exclusion_operators"),
                    row.getBoolean("parent_constraint"),
                    row.getBoolean("condeferrable"));
        }, table);
    }

    private List<Index> indexes(long table) {
        return queries.list("""
                SELECT ic.relname, i.indisunique, i.indisprimary, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid) AS def,
                       'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' ELSE '' END || 'INDEX '
                           || pg_catalog.quote_ident(ic.relname) || ' ON '
                           || CASE WHEN ic.relkind = 'I' THEN 'ONLY ' ELSE '' END
                           || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
                           || ' USING ' AS expected_head,
                       ARRAY(SELECT CASE WHEN k.attnum = 0 THEN NULL ELSE a.attname END
                             FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                             WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)::text[] AS key_columns,
                       i.indpred IS NOT NULL AS partial, i.indexprs IS NOT NULL AS has_expressions,
                       con.conname AS constraint_name, pg_catalog.obj_description(i.indexrelid, 'pg_class') AS comment,
                       ts.spcname AS tablespace,
                       (SELECT pc.relname FROM pg_catalog.pg_inherits ii JOIN pg_catalog.pg_class pc ON pc.oid = ii.inhparent
                        WHERE ii.inhrelid = i.indexrelid) AS parent_index
                FROM pg_catalog.pg_index i
                JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_catalog.pg_constraint con
                       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
                LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = ic.reltablespace
                WHERE i.indrelid = ?
                ORDER BY ic.relname
                """, row -> {
            String definition = row.getString("def");
            String head = row.getString("expected_head");
            if (!definition.startsWith(head)) {
                throw new CatalogException("unexpected definition of index " + row.getString("relname") + ": " + definition);
            }
            return new Index(
                    row.getString("relname"),
                    row.getBoolean("indisunique"),
                    row.getBoolean("indisprimary"),
                    row.getBoolean("indisvalid"),
                    definition.substring(head.length()),
                    Queries.strings(row, "key_columns"),
                    row.getBoolean("partial"),
                    row.getBoolean("has_expressions"),
                    row.getString("constraint_name"),
                    row.getString("comment"),
                    row.getString("tablespace"),
                    row.getString("parent_index"));
        }, table);
    }

    private List<IncomingForeignKey> incomingForeignKeys(long table) {
        return queries.list("""
                SELECT n.nspname, c.relname, con.conname, pg_catalog.pg_get_constraintdef(con.oid) AS def, con.convalidated,
                       %s AS columns,
                       %s AS ref_columns,
                       pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment
                FROM pg_catalog.pg_constraint con
                JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE con.confrelid = ? AND con.contype = 'f' AND con.conparentid = 0 AND con.conrelid <> con.confrelid
                ORDER BY n.nspname, c.relname, con.conname
                """.formatted(attributeNames("con.conkey", "con.conrelid"), attributeNames("con.confkey", "con.confrelid")),
                row -> new IncomingForeignKey(
                new QualifiedName(row.getString("nspname"), row.getString("relname")),
                row.getString("conname"),
                row.getString("def"),
                row.getBoolean("convalidated"),
                Queries.strings(row, "columns"),
                Queries.strings(row, "ref_columns"),
                row.getString("comment")), table);
    }

    private List<Trigger> triggers(long table) {
        return queries.list("""
                SELECT t.tgname, pg_catalog.quote_ident(t.tgname) AS quoted_name, pg_catalog.pg_get_triggerdef(t.oid) AS def,
                       t.tgtype, t.tgenabled, t.tgconstraint <> 0 AS constraint_trigger,
                       (t.tgoldtable IS NOT NULL OR t.tgnewtable IS NOT NULL) AS transition_tables,
                       ARRAY(SELECT pg_catalog.quote_ident(a.attname) FROM unnest(t.tgattr::int2[]) WITH ORDINALITY k(attnum, ord)
                             JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum
                             ORDER BY k.ord)::text[] AS update_columns,
                       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS quoted_table,
                       pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment,
                       fn.nspname AS function_schema, fp.proname AS function_name,
                       pg_catalog.quote_ident(fn.nspname) || '.' || pg_catalog.quote_ident(fp.proname) AS quoted_function
                FROM pg_catalog.pg_trigger t
                JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_proc fp ON fp.oid = t.tgfoid
                JOIN pg_catalog.pg_namespace fn ON fn.oid = fp.pronamespace
                WHERE t.tgrelid = ? AND NOT t.tgisinternal AND t.tgparentid = 0
                ORDER BY t.tgname
                """, row -> TriggerDefinition.parse(
                row.getString("tgname"),
                row.getString("quoted_name"),
                row.getString("def"),
                row.getInt("tgtype"),
                row.getBoolean("constraint_trigger"),
                Queries.strings(row, "update_columns"),
                row.getString("quoted_table"),
                row.getBoolean("transition_tables"),
                Queries.character(row, "tgenabled"),
                row.getString("comment"),
                new QualifiedName(row.getString("function_schema"), row.getString("function_name")),
                row.getString("quoted_function")), table);
    }

    private List<Policy> policies(long table) {
        return queries.list("""
                SELECT p.polname, p.polpermissive,
                       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
                       ARRAY(SELECT r.rolname FROM unnest(p.polroles) u(role)
                             LEFT JOIN pg_catalog.pg_roles r ON r.oid = u.role ORDER BY r.rolname NULLS FIRST)::text[] AS roles,
                       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
                       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,
                       pg_catalog.obj_description(p.oid, 'pg_policy') AS comment
                FROM pg_catalog.pg_policy p WHERE p.polrelid = ? ORDER BY p.polname
                """, row -> new Policy(
                row.getString("polname"),
                row.getBoolean("polpermissive"),
                row.getString("command"),
                Queries.strings(row, "roles"),
                row.getString("using_expr"),
                row.getString("check_expr"),
                row.getString("comment")), table);
    }

    private List<Grant> grants(long table) {
        return queries.list("""
                SELECT NULL::text AS column_name, CASE WHEN x.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(x.grantee) END AS grantee,
                       x.privilege_type, x.is_grantable
                FROM pg_catalog.pg_class c, aclexplode(c.relacl) x
                WHERE c.oid = ? AND x.grantee <> c.relowner
                UNION ALL
                SELECT a.attname, CASE WHEN x.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(x.grantee) END,
                       x.privilege_type, x.is_grantable
                FROM pg_catalog.pg_attribute a, aclexplode(a.attacl) x
                WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3
                """, row -> new Grant(
                row.getString("column_name"),
                row.getString("grantee"),
                row.getString("privilege_type"),
                row.getBoolean("is_grantable")), table, table);
    }

    /** What a default owner's privileges (acldefault) hold that the owner's entry in the table's ACL does not. */
    private List<String> revokedFromOwner(long table) {
        return queries.list("""
                SELECT d.privilege_type
                FROM pg_catalog.pg_class c, pg_catalog.aclexplode(pg_catalog.acldefault('r', c.relowner)) d
                WHERE c.oid = ? AND c.relacl IS NOT NULL AND d.grantee = c.relowner
                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.aclexplode(c.relacl) x
                                  WHERE x.grantee = c.relowner AND x.privilege_type = d.privilege_type)
                ORDER BY 1
                """, row -> row.getString(1), table);
    }

    private List<PublicationMembership> publications(long table, int serverVersion) {
        String filterAndColumns = serverVersion >= 150000
                ? """
                  pg_catalog.pg_get_expr(pr.prqual, pr.prrelid) AS row_filter,
                  ARRAY(SELECT a.attname FROM unnest(pr.prattrs::int2[]) WITH ORDINALITY k(attnum, ord)
                        JOIN pg_catalog.pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.attnum
                        ORDER BY k.ord)::text[] AS columns"""
                : "NULL::text AS row_filter, ARRAY[]::text[] AS columns";
        return queries.list("SELECT p.pubname, " + filterAndColumns + """

                FROM pg_catalog.pg_publication_rel pr JOIN pg_catalog.pg_publication p ON p.oid = pr.prpubid
                WHERE pr.prrelid = ? ORDER BY p.pubname
                """, row -> new PublicationMembership(
                row.getString("pubname"),
                row.getString("row_filter"),
                Queries.strings(row, "columns")), table);
    }

    private List<DependentView> dependentViews(long table) {
        return queries.list("""
                SELECT DISTINCT vn.nspname, v.relname, pg_catalog.pg_get_viewdef(v.oid) AS def, v.reloptions
                FROM pg_catalog.pg_depend d
                JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid
                JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
                JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
                WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
                  AND d.refobjid = ? AND v.oid <> d.refobjid AND v.relkind = 'v'
                ORDER BY vn.nspname, v.relname
                """, row -> new DependentView(
                new QualifiedName(row.getString("nspname"), row.getString("relname")),
                row.getString("def"),
                Queries.strings(row, "reloptions")), table);
    }

    /** The sequences owned by a column of the table (identity and serial columns among them). */
    public List<OwnedSequence> ownedSequences(TableSnapshot table) {
        return settings.read(table.name(), () -> ownedSequences(table.oid()));
    }

    /**
     * The table as maintenance and status need it (see {@link PartitionedTableRead}), or empty when no
     * relation has that name. {@code schema} null means the current schema; {@code partitionGrantees}
     * whether the partitions' grantees are read too.
     */
    public Optional<PartitionedTableRead> readPartitioned(String schema, String table, boolean partitionGrantees) {
        QualifiedName name = new QualifiedName(schema == null ? currentSchema() : schema, table);
        return settings.read(name, () -> PartitionedTableRead.read(queries, name, partitionGrantees));
    }


    private List<OwnedSequence> ownedSequences(long table) {
        return queries.list("""
                SELECT sn.nspname, s.relname, a.attname, d.deptype = 'i' AS identity,
                       pg_catalog.format_type(seq.seqtypid, NULL) AS data_type, seq.seqstart, seq.seqincrement,
                       seq.seqmin, seq.seqmax, seq.seqcache, seq.seqcycle, ps.last_value,
                       ARRAY(SELECT CASE WHEN x.grantee = 0 THEN NULL ELSE pg_catalog.pg_get_userbyid(x.grantee) END
                             FROM pg_catalog.aclexplode(s.relacl) x WHERE x.grantee <> s.relowner ORDER BY x.grantee, x.privilege_type)::text[]
                           AS grantees,
                       ARRAY(SELECT x.privilege_type || CASE WHEN x.is_grantable THEN '+' ELSE '' END
                             FROM pg_catalog.aclexplode(s.relacl) x WHERE x.grantee <> s.relowner ORDER BY x.grantee, x.privilege_type)::text[]
                           AS privileges,
                       d.deptype = 'i' OR EXISTS (
                           SELECT 1 FROM pg_catalog.pg_attrdef ad
                           JOIN pg_catalog.pg_depend dd ON dd.classid = 'pg_catalog.pg_attrdef'::regclass AND dd.objid = ad.oid
                           WHERE ad.adrelid = d.refobjid AND ad.adnum = d.refobjsubid
                             AND dd.refclassid = 'pg_catalog.pg_class'::regclass AND dd.refobjid = s.oid) AS feeds_column
                FROM pg_catalog.pg_depend d
                JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                JOIN pg_catalog.pg_namespace sn ON sn.oid = s.relnamespace
                JOIN pg_catalog.pg_sequence seq ON seq.seqrelid = s.oid
                JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                LEFT JOIN pg_catalog.pg_sequences ps ON ps.schemaname = sn.nspname AND ps.sequencename = s.relname
                WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.refclassid = 'pg_catalog.pg_class'::regclass
                  AND d.refobjid = ? AND d.deptype IN ('a', 'i')
                ORDER BY a.attnum
                """, row -> {
            long lastValue = row.getLong("last_value");
            return new OwnedSequence(
                    new QualifiedName(row.getString("nspname"), row.getString("relname")),
                    row.getString("attname"),
                    row.getBoolean("identity"),
                    row.getString("data_type"),
                    row.getLong("seqstart"),
                    row.getLong("seqincrement"),
                    row.getLong("seqmin"),
                    row.getLong("seqmax"),
                    row.getLong("seqcache"),
                    row.getBoolean("seqcycle"),
                    row.getObject("last_value") == null ? null : lastValue,
                    row.getBoolean("feeds_column"),
                    sequenceGrants(Queries.strings(row, "grantees"), Queries.strings(row, "privileges")));
        }, table);
    }

    /** Grants of a sequence from its ACL's grantees and privileges ({@code +} marking the grant option), in step. */
    private static List<Grant> sequenceGrants(List<String> grantees, List<String> privileges) {
        List<Grant> grants = new ArrayList<>();
        for (int i = 0; i < grantees.size(); i++) {
            String privilege = privileges.get(i);
            boolean grantable = privilege.endsWith("+");
            grants.add(new Grant(null, grantees.get(i), grantable ? privilege.substring(0, privilege.length() - 1) : privilege, grantable));
        }
        return grants;
    }

    private List<String> unsupportedDependants(long table, long rowType) {
        return queries.list("""
                SELECT DISTINCT CASE WHEN d.classid = 'pg_catalog.pg_rewrite'::regclass
                           THEN (SELECT CASE v.relkind WHEN 'm' THEN 'materialized view ' ELSE 'rule on ' END || v.oid::regclass
                                 FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class v ON v.oid = r.ev_class WHERE r.oid = d.objid)
                           ELSE pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) END AS description
                FROM pg_catalog.pg_depend d
                WHERE d.deptype = 'n'
                  AND ((d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = ?)
                    OR (d.refclassid = 'pg_catalog.pg_type'::regclass
                        AND d.refobjid IN (?, (SELECT t.typarray FROM pg_catalog.pg_type t WHERE t.oid = ?))))
                  AND d.classid <> 'pg_catalog.pg_constraint'::regclass
                  AND NOT (d.classid = 'pg_catalog.pg_rewrite'::regclass AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
                        WHERE r.oid = d.objid AND v.relkind = 'v' AND v.oid <> d.refobjid))
                  AND NOT (d.classid = 'pg_catalog.pg_policy'::regclass AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_policy p WHERE p.oid = d.objid AND p.polrelid = ?))
                  AND NOT (d.classid = 'pg_catalog.pg_trigger'::regclass AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_trigger t WHERE t.oid = d.objid AND t.tgrelid = d.refobjid))
                  AND NOT (d.classid = 'pg_catalog.pg_attrdef'::regclass AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_attrdef a WHERE a.oid = d.objid AND a.adrelid = d.refobjid))
                  AND NOT (d.classid = 'pg_catalog.pg_statistic_ext'::regclass AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_statistic_ext x WHERE x.oid = d.objid AND x.stxrelid = d.refobjid))
                  AND NOT (d.classid = 'pg_catalog.pg_class'::regclass AND EXISTS (
                        SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = d.objid AND i.inhparent = ?))
                UNION
                SELECT 'rule ' || pg_catalog.quote_ident(r.rulename) || ' on the table'
                FROM pg_catalog.pg_rewrite r WHERE r.ev_class = ? AND r.rulename <> '_RETURN'
                ORDER BY 1
                """, row -> row.getString(1), table, rowType, rowType, table, table, table);
    }

    private Partitioning partitioning(long table) {
        List<Partition> partitions = queries.list("""
                SELECT c.oid, n.nspname, c.relname, pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound, c.relkind,
                       c.reloptions, tc.reloptions AS toast_reloptions, i.inhdetachpending, c.reltuples::bigint AS estimated_rows,
                       c.relrowsecurity, pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
                       %s
                FROM pg_catalog.pg_inherits i
                JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                LEFT JOIN pg_catalog.pg_class tc ON tc.oid = c.reltoastrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE i.inhparent = ?
                ORDER BY c.relname
                """.formatted(GRANTEES), row -> PartitionBoundText.partition(
                new QualifiedName(row.getString("nspname"), row.getString("relname")),
                row.getString("bound"),
                Queries.character(row, "relkind") == 'p',
                Queries.strings(row, "reloptions"),
                Queries.strings(row, "toast_reloptions"),
                row.getBoolean("inhdetachpending"),
                Math.max(0, row.getLong("estimated_rows")),
                Queries.strings(row, "grantees"),
                row.getBoolean("relrowsecurity"),
                row.getLong("oid"),
                row.getString("comment")), table);
        return queries.single("""
                SELECT pt.partstrat,
                       ARRAY(SELECT CASE WHEN k.attnum = 0 THEN NULL ELSE a.attname END
                             FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY k(attnum, ord)
                             LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.attnum
                             ORDER BY k.ord)::text[] AS key_columns
                FROM pg_catalog.pg_partitioned_table pt WHERE pt.partrelid = ?
                """, row -> new Partitioning(Queries.character(row, "partstrat"), Queries.strings(row, "key_columns"),
                partitions), table).orElseThrow(() -> new CatalogException("partitioned table without partition key: " + table));
    }

    /** SQL for the names of the columns numbered in an int2 array column, in its order. */
    private static String attributeNames(String attnums, String relation) {
        return "ARRAY(SELECT a.attname FROM unnest(" + attnums + ") WITH ORDINALITY k(attnum, ord) "
                + "JOIN pg_catalog.pg_attribute a ON a.attrelid = " + relation + " AND a.attnum = k.attnum ORDER BY k.ord)::text[]";
    }

    private Set<String> relationNames(long namespace) {
        return new HashSet<>(queries.list("SELECT relname FROM pg_catalog.pg_class WHERE relnamespace = ?",
                row -> row.getString(1), namespace));
    }
}
