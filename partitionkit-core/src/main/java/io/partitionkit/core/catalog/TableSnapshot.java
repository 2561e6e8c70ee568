package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything partitionkit needs to know about one table, read in one go from pg_catalog.
 * Definitions are fully schema-qualified (read with an empty search_path). A snapshot read for
 * maintenance ({@link PartitionedTableRead}) leaves out what maintenance never looks at; those
 * components are null, and their accessors throw rather than answer "none".
 *
 * @param relkind              {@code r} plain table, {@code p} partitioned table
 * @param persistence          {@code p} permanent, {@code u} unlogged, {@code t} temporary
 * @param reloptions           storage parameters such as {@code fillfactor=70}
 * @param toastReloptions      storage parameters of its TOAST table, without the {@code toast.} prefix
 * @param replicaIdentity      {@code d} default, {@code f} full, {@code n} nothing, {@code i} index
 * @param replicaIdentityIndex the index of replica identity {@code i}
 * @param aclIsDefault         whether the table has never had GRANT/REVOKE (relacl is null)
 * @param grants               table and column privileges granted to roles other than the owner
 * @param revokedFromOwner     table privileges the owner revoked from itself ({@code TRUNCATE}, ...)
 * @param unsupportedDependants objects that depend on the table and would keep pointing at the old
 *                             one after a swap (materialized views, rules, functions with SQL-standard
 *                             bodies, uses of the row type), described by {@code pg_describe_object}
 * @param parentTable          the partitioned table it is a partition of, if any
 * @param inheritance          whether it takes part in (non-partition) table inheritance
 * @param typed                whether it is a typed table ({@code CREATE TABLE ... OF type})
 * @param partitioning         for a partitioned table, its key and partitions
 * @param schemaRelationNames  names of every relation in the table's schema, to avoid collisions (read
 *                             for maintenance: those a partition of the table could be given)
 */
public record TableSnapshot(
        long oid,
        QualifiedName name,
        char relkind,
        char persistence,
        String owner,
        String tablespace,
        String comment,
        List<String> reloptions,
        List<String> toastReloptions,
        char replicaIdentity,
        String replicaIdentityIndex,
        boolean rowSecurity,
        boolean forceRowSecurity,
        long estimatedRows,
        List<Column> columns,
        List<Constraint> constraints,
        List<Index> indexes,
        List<IncomingForeignKey> incomingForeignKeys,
        List<Trigger> triggers,
        List<Policy> policies,
        boolean aclIsDefault,
        List<Grant> grants,
        List<String> revokedFromOwner,
        List<PublicationMembership> publications,
        List<DependentView> dependentViews,
        List<OwnedSequence> ownedSequences,
        List<String> unsupportedDependants,
        QualifiedName parentTable,
        boolean inheritance,
        boolean typed,
        Partitioning partitioning,
        Set<String> schemaRelationNames,
        int serverVersionNum) {

    /** The same table with these partitions. */
    TableSnapshot withPartitioning(Partitioning partitions) {
        return withDetails(constraints, indexes, incomingForeignKeys, triggers, policies, grants, revokedFromOwner, publications,
                dependentViews, ownedSequences, unsupportedDependants, partitions);
    }

    /** The same table with everything a full read adds to the relation and its columns. */
    TableSnapshot withDetails(List<Constraint> constraints, List<Index> indexes, List<IncomingForeignKey> incomingForeignKeys,
                              List<Trigger> triggers, List<Policy> policies, List<Grant> grants, List<String> revokedFromOwner,
                              List<PublicationMembership> publications, List<DependentView> dependentViews, List<OwnedSequence> ownedSequences,
                              List<String> unsupportedDependants, Partitioning partitioning) {
        return new TableSnapshot(oid, name, relkind, persistence, owner, tablespace, comment, reloptions, toastReloptions, replicaIdentity,
                replicaIdentityIndex, rowSecurity, forceRowSecurity, estimatedRows, columns, constraints, indexes, incomingForeignKeys,
                triggers, policies, aclIsDefault, grants, revokedFromOwner, publications, dependentViews, ownedSequences,
                unsupportedDependants, parentTable, inheritance, typed, partitioning, schemaRelationNames, serverVersionNum);
    }

    public List<Constraint> constraints() {
        return read(constraints, "constraints");
    }

    public List<Index> indexes() {
        return read(indexes, "indexes");
    }

    public List<IncomingForeignKey> incomingForeignKeys() {
        return read(incomingForeignKeys, "incoming foreign keys");
    }

    public List<Trigger> triggers() {
        return read(triggers, "triggers");
    }

    public List<Policy> policies() {
        return read(policies, "policies");
    }

    public List<Grant> grants() {
        return read(grants, "grants");
    }

    public List<String> revokedFromOwner() {
        return read(revokedFromOwner, "privileges revoked from the owner");
    }

    public List<PublicationMembership> publications() {
        return read(publications, "publications");
    }

    public List<DependentView> dependentViews() {
        return read(dependentViews, "dependent views");
    }

    public List<OwnedSequence> ownedSequences() {
        return read(ownedSequences, "owned sequences");
    }

    public List<String> unsupportedDependants() {
        return read(unsupportedDependants, "dependants");
    }

    private <T> List<T> read(List<T> component, String what) {
        if (component == null) {
            throw new IllegalStateException("the snapshot of " + name + " was read for maintenance and holds no " + what);
        }
        return component;
    }

    public boolean isPartitioned() {
        return relkind == 'p';
    }

    public int serverMajorVersion() {
        return serverVersionNum / 10000;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(Constraint::isPrimaryKey).findFirst();
    }

    public Optional<Constraint> constraint(String constraintName) {
        return constraints.stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    /** The roles (null for PUBLIC) holding a privilege on the table or one of its columns, its owner aside. */
    public List<String> grantees() {
        return grants().stream().map(Grant::grantee).distinct().toList();
    }

    public Optional<Trigger> trigger(String triggerName) {
        return triggers.stream().filter(t -> t.name().equals(triggerName)).findFirst();
    }
}
