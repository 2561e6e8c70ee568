package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Grant;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.Policy;
import io.partitionkit.core.catalog.PublicationMembership;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Text of the DDL statements plans are made of. All quoting goes through {@link Sql}. */
public final class Ddl {

    private Ddl() {
    }

    public static String lockTable(QualifiedName table, LockMode mode) {
        return "LOCK TABLE " + table.sql() + " IN " + mode.sql() + " MODE";
    }

    /** The lock on a partitioned table alone: LOCK TABLE would otherwise lock every partition too. */
    public static String lockTableOnly(QualifiedName table, LockMode mode) {
        return "LOCK TABLE ONLY " + table.sql() + " IN " + mode.sql() + " MODE";
    }

    /**
     * {@code CREATE TABLE table (LIKE source INCLUDING ...)}: columns with defaults, generated
     * expressions, storage, compression, CHECK constraints and comments; extended statistics only
     * when asked (a partition needs none of its own).
     */
    public static String createTableLike(QualifiedName table, QualifiedName source, boolean withExtendedStatistics) {
        return "CREATE TABLE " + table.sql() + " (LIKE " + source.sql() + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS "
                + "INCLUDING GENERATED INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION"
                + (withExtendedStatistics ? " INCLUDING STATISTICS" : "") + ")";
    }

    /** The columns an INSERT writes (generated ones compute themselves), each quoted and prefixed, comma-separated. */
    public static String storedColumns(TableSnapshot table, String prefix) {
        return table.columns().stream().filter(c -> !c.isGenerated()).map(c -> prefix + Sql.ident(c.name()))
                .collect(Collectors.joining(", "));
    }

    /**
     * The condition selecting the keys of a range, {@code key} quoted; an end at MINVALUE or MAXVALUE
     * (integer keys near the ends of their type) bounds nothing.
     */
    public static String inRange(String key, PartitionGrid grid, PartitionRange range) {
        List<String> conditions = new ArrayList<>();
        if (range.lower().isValue()) {
            conditions.add(key + " >= " + grid.literal(range.lower()));
        }
        if (range.upper().isValue()) {
            conditions.add(key + " < " + grid.literal(range.upper()));
        }
        return conditions.isEmpty() ? key + " IS NOT NULL" : String.join(" AND ", conditions);
    }

    /**
     * The CHECK proving a table's rows lie in a partition's range, so that ATTACH need not scan it. A
     * partition's constraint also refuses NULL keys, which a CHECK lets through: on a nullable key
     * column it says {@code IS NOT NULL} as well, or the proof fails and ATTACH scans.
     */
    public static String rangeCheck(String key, PartitionGrid grid, PartitionRange range, boolean keyNullable) {
        return "CHECK (" + (keyNullable ? key + " IS NOT NULL AND " : "") + inRange(key, grid, range) + ")";
    }

    /**
     * Citus: makes an empty table a Citus table of the kind {@code like} is, co-located with
     * {@code colocateWith}: distributed on the same column (its name as it is: Citus does not read it
     * as an identifier); a single shard, unless the table is one already (a table created in a schema
     * Citus shards is); or a Citus local table. Empty for a reference table, which is never partitioned.
     */
    public static Optional<String> makeCitusTable(QualifiedName table, CitusTable like, QualifiedName colocateWith) {
        String distribute = "SELECT pg_catalog.create_distributed_table(" + Sql.literal(table.sql()) + ", %s, colocate_with => "
                + Sql.literal(colocateWith.sql()) + ")";
        return switch (like.kind()) {
            case DISTRIBUTED -> Optional.of(distribute.formatted(Sql.literal(like.distributionColumn())));
            case SINGLE_SHARD -> Optional.of(distribute.formatted("NULL") + " WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition d "
                    + "WHERE d.logicalrelid = " + table.regclassLiteral() + "::regclass)");
            case LOCAL -> Optional.of("SELECT pg_catalog.citus_add_local_table_to_metadata(" + Sql.literal(table.sql()) + ")");
            case REFERENCE -> Optional.empty();
        };
    }

    /** Moves a table (with its TOAST table, not its indexes) to a tablespace, rewriting it. */
    public static String setTablespace(QualifiedName table, String tablespace) {
        return "ALTER TABLE " + table.sql() + " SET TABLESPACE " + Sql.ident(tablespace);
    }

    public static String dropConstraintIfExists(QualifiedName table, String constraint) {
        return "ALTER TABLE " + table.sql() + " DROP CONSTRAINT IF EXISTS " + Sql.ident(constraint);
    }

    public static String dropTable(QualifiedName table) {
        return "DROP TABLE " + table.sql();
    }

    public static String attachPartition(QualifiedName parent, QualifiedName partition, String bound) {
        return "ALTER TABLE " + parent.sql() + " ATTACH PARTITION " + partition.sql() + " " + bound;
    }

    public static String detachPartition(QualifiedName parent, QualifiedName partition) {
        return "ALTER TABLE " + parent.sql() + " DETACH PARTITION " + partition.sql();
    }

    public static String setSchema(QualifiedName table, String schema) {
        return "ALTER TABLE " + table.sql() + " SET SCHEMA " + Sql.ident(schema);
    }

    public static String renameTable(QualifiedName table, String newName) {
        return "ALTER TABLE " + table.sql() + " RENAME TO " + Sql.ident(newName);
    }

    public static String renameIndex(QualifiedName index, String newName) {
        return "ALTER INDEX " + index.sql() + " RENAME TO " + Sql.ident(newName);
    }

    /**
     * Renames a primary key, unique or exclusion constraint of {@code table} through its index, which
     * bears the constraint's name: PostgreSQL renames the constraint with it, as RENAME CONSTRAINT
     * would, and Citus carries it to the shards, where it refuses RENAME CONSTRAINT on distributed tables.
     */
    public static String renameIndexBackedConstraint(QualifiedName table, String constraint, String newName) {
        return renameIndex(table.sibling(constraint), newName);
    }

    public static String dropConstraint(QualifiedName table, String constraint) {
        return "ALTER TABLE " + table.sql() + " DROP CONSTRAINT " + Sql.ident(constraint);
    }

    public static String addConstraint(QualifiedName table, String name, String definition) {
        return "ALTER TABLE " + table.sql() + " ADD CONSTRAINT " + Sql.ident(name) + " " + definition;
    }

    public static String addPrimaryKeyUsingIndex(QualifiedName table, String name, String index) {
        return "ALTER TABLE " + table.sql() + " ADD CONSTRAINT " + Sql.ident(name) + " PRIMARY KEY USING INDEX " + Sql.ident(index);
    }

    public static String validateConstraint(QualifiedName table, String constraint) {
        return "ALTER TABLE " + table.sql() + " VALIDATE CONSTRAINT " + Sql.ident(constraint);
    }

    public static String createIndex(QualifiedName table, String name, Index like) {
        return "CREATE " + (like.unique() ? "UNIQUE " : "") + "INDEX " + Sql.ident(name) + " ON " + table.sql()
                + " USING " + like.usingClause() + tablespace(like.tablespace());
    }

    /** The index on another table, named by the server as it names a partition's indexes (never a collision). */
    public static String createIndexNamedByServer(QualifiedName table, Index like) {
        return "CREATE " + (like.unique() ? "UNIQUE " : "") + "INDEX ON " + table.sql() + " USING " + like.usingClause()
                + tablespace(like.tablespace());
    }

    /** A constraint named by the server; for index-backed constraints, whose names share the schema's namespace. */
    public static String addConstraintNamedByServer(QualifiedName table, String definition) {
        return "ALTER TABLE " + table.sql() + " ADD " + definition;
    }

    /** An index like another table's, built without blocking writers. */
    public static String createIndexConcurrentlyLike(QualifiedName table, String name, Index like) {
        return "CREATE " + (like.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + Sql.ident(name) + " ON " + table.sql()
                + " USING " + like.usingClause() + tablespace(like.tablespace());
    }

    /** Takes {@code table} out of the inheritance set of {@code parent}; its rows stay where they are. */
    public static String noInherit(QualifiedName table, QualifiedName parent) {
        return "ALTER TABLE " + table.sql() + " NO INHERIT " + parent.sql();
    }

    public static String createIndexConcurrently(QualifiedName table, String name, List<String> columns) {
        return "CREATE INDEX CONCURRENTLY " + Sql.ident(name) + " ON " + table.sql() + " (" + Sql.idents(columns) + ")";
    }

    public static String createUniqueIndexConcurrently(QualifiedName table, String name, List<String> columns) {
        return "CREATE UNIQUE INDEX CONCURRENTLY " + Sql.ident(name) + " ON " + table.sql() + " (" + Sql.idents(columns) + ")";
    }

    public static String dropIndex(QualifiedName index) {
        return "DROP INDEX " + index.sql();
    }

    public static String dropFunction(QualifiedName function) {
        return "DROP FUNCTION " + function.sql() + "()";
    }

    public static String dropIndexConcurrently(QualifiedName index) {
        return "DROP INDEX CONCURRENTLY IF EXISTS " + index.sql();
    }

    public static String dropTrigger(QualifiedName table, String trigger) {
        return "DROP TRIGGER " + Sql.ident(trigger) + " ON " + table.sql();
    }

    static String createTrigger(QualifiedName table, Trigger trigger) {
        return trigger.head() + " ON " + table.sql() + " " + trigger.tail();
    }

    /** ALTER TABLE ... ENABLE/DISABLE TRIGGER for a trigger whose state is not the default one. */
    static String triggerState(QualifiedName table, Trigger trigger) {
        String action = switch (trigger.enabled()) {
            case 'D' -> "DISABLE TRIGGER ";
            case 'R' -> "ENABLE REPLICA TRIGGER ";
            case 'A' -> "ENABLE ALWAYS TRIGGER ";
            default -> null;
        };
        return action == null ? null : "ALTER TABLE " + table.sql() + " " + action + Sql.ident(trigger.name());
    }

    public static String rowSecurity(QualifiedName table, boolean enabled, boolean forced) {
        return "ALTER TABLE " + table.sql() + (enabled ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY, "
                + (forced ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY";
    }

    static String createPolicy(QualifiedName table, Policy policy) {
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(Sql.ident(policy.name())).append(" ON ")
                .append(table.sql()).append(policy.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE")
                .append(" FOR ").append(policy.command())
                .append(" TO ").append(policy.roles().stream().map(Ddl::role).collect(Collectors.joining(", ")));
        if (policy.using() != null) {
            sql.append(" USING (").append(policy.using()).append(')');
        }
        if (policy.withCheck() != null) {
            sql.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        }
        return sql.toString();
    }

    static String owner(QualifiedName table, String owner) {
        return "ALTER TABLE " + table.sql() + " OWNER TO " + Sql.ident(owner);
    }

    static String grant(QualifiedName table, Grant grant) {
        String privilege = grant.column() == null ? grant.privilege() : grant.privilege() + " (" + Sql.ident(grant.column()) + ")";
        return "GRANT " + privilege + " ON TABLE " + table.sql() + " TO " + role(grant.grantee())
                + (grant.grantable() ? " WITH GRANT OPTION" : "");
    }

    /** Takes every privilege on the table (and its columns) from the roles; nothing for an empty list. Null is PUBLIC. */
    public static List<String> revokeAll(QualifiedName table, List<String> roles) {
        return roles.isEmpty() ? List.of()
                : List.of("REVOKE ALL ON TABLE " + table.sql() + " FROM " + roles.stream().map(Ddl::role).collect(Collectors.joining(", ")));
    }

    static List<String> revokeAllOnFunction(QualifiedName function, List<String> roles) {
        return roles.isEmpty() ? List.of()
                : List.of("REVOKE ALL ON FUNCTION " + function.sql() + "() FROM " + roles.stream().map(Ddl::role).collect(Collectors.joining(", ")));
    }

    static List<String> revokeAllOnSequence(QualifiedName sequence, List<String> roles) {
        return roles.isEmpty() ? List.of()
                : List.of("REVOKE ALL ON SEQUENCE " + sequence.sql() + " FROM " + roles.stream().map(Ddl::role).collect(Collectors.joining(", ")));
    }

    /** The owner's own privileges it revoked from itself on the original, revoked again on the replacement. */
    static List<String> revokeFromOwner(QualifiedName table, List<String> privileges, String owner) {
        return privileges.isEmpty() ? List.of()
                : List.of("REVOKE " + String.join(", ", privileges) + " ON TABLE " + table.sql() + " FROM " + Sql.ident(owner));
    }

    static String grantOnSequence(QualifiedName sequence, Grant grant) {
        return "GRANT " + grant.privilege() + " ON SEQUENCE " + sequence.sql() + " TO " + role(grant.grantee())
                + (grant.grantable() ? " WITH GRANT OPTION" : "");
    }

    public static String dropPolicy(QualifiedName table, String policy) {
        return "DROP POLICY " + Sql.ident(policy) + " ON " + table.sql();
    }

    /** Fires whatever session_replication_role is: writes applied by logical replication are captured too. */
    static String enableAlwaysTrigger(QualifiedName table, String trigger) {
        return "ALTER TABLE " + table.sql() + " ENABLE ALWAYS TRIGGER " + Sql.ident(trigger);
    }

    static String commentOnFunction(QualifiedName function, String comment) {
        return "COMMENT ON FUNCTION " + function.sql() + "() IS " + Sql.literalOrNull(comment);
    }

    public static String commentOnTable(QualifiedName table, String comment) {
        return "COMMENT ON TABLE " + table.sql() + " IS " + Sql.literalOrNull(comment);
    }

    public static String commentOnColumn(QualifiedName table, String column, String comment) {
        return "COMMENT ON COLUMN " + table.sql() + "." + Sql.ident(column) + " IS " + Sql.literalOrNull(comment);
    }

    static String commentOnIndex(QualifiedName index, String comment) {
        return "COMMENT ON INDEX " + index.sql() + " IS " + Sql.literalOrNull(comment);
    }

    public static String commentOnConstraint(QualifiedName table, String constraint, String comment) {
        return "COMMENT ON CONSTRAINT " + Sql.ident(constraint) + " ON " + table.sql() + " IS " + Sql.literalOrNull(comment);
    }

    static String commentOnTrigger(QualifiedName table, String trigger, String comment) {
        return "COMMENT ON TRIGGER " + Sql.ident(trigger) + " ON " + table.sql() + " IS " + Sql.literalOrNull(comment);
    }

    static String commentOnPolicy(QualifiedName table, String policy, String comment) {
        return "COMMENT ON POLICY " + Sql.ident(policy) + " ON " + table.sql() + " IS " + Sql.literalOrNull(comment);
    }

    public static String replicaIdentity(QualifiedName table, char mode, String index) {
        String identity = switch (mode) {
            case 'f' -> "FULL";
            case 'n' -> "NOTHING";
            case 'i' -> "USING INDEX " + Sql.ident(index);
            default -> "DEFAULT";
        };
        return "ALTER TABLE " + table.sql() + " REPLICA IDENTITY " + identity;
    }

    static String addToPublication(PublicationMembership membership, QualifiedName table) {
        String columns = membership.columns().isEmpty() ? "" : " (" + Sql.idents(membership.columns()) + ")";
        String filter = membership.rowFilter() == null ? "" : " WHERE (" + membership.rowFilter() + ")";
        return "ALTER PUBLICATION " + Sql.ident(membership.publication()) + " ADD TABLE " + table.sql() + columns + filter;
    }

    static String dropFromPublication(String publication, QualifiedName table) {
        return "ALTER PUBLICATION " + Sql.ident(publication) + " DROP TABLE " + table.sql();
    }

    static String replaceView(QualifiedName view, List<String> options, String definition) {
        String with = options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")";
        String query = definition.strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        return "CREATE OR REPLACE VIEW " + view.sql() + with + " AS\n" + query;
    }

    static String sequenceOwnedBy(QualifiedName sequence, QualifiedName table, String column) {
        return "ALTER SEQUENCE " + sequence.sql() + " OWNED BY " + table.sql() + "." + Sql.ident(column);
    }

    public static String dropIdentity(QualifiedName table, String column) {
        return "ALTER TABLE " + table.sql() + " ALTER COLUMN " + Sql.ident(column) + " DROP IDENTITY";
    }

    static String analyze(QualifiedName table) {
        return "ANALYZE " + table.sql();
    }

    public static String withOptions(List<String> reloptions, List<String> toastReloptions) {
        List<String> all = new ArrayList<>(reloptions);
        toastReloptions.forEach(option -> all.add("toast." + option));
        return all.isEmpty() ? "" : " WITH (" + String.join(", ", all) + ")";
    }

    public static String tablespace(String tablespace) {
        return tablespace == null ? "" : " TABLESPACE " + Sql.ident(tablespace);
    }

    /** A role name, or PUBLIC for null. */
    static String role(String name) {
        return name == null ? "PUBLIC" : Sql.ident(name);
    }
}
