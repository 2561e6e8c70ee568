package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Grant;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;

/**
 * What every partition a tool creates gets besides its bounds, since PostgreSQL does not pass it down
 * from the partitioned table: owner, table grants, storage parameters and replica identity.
 *
 * @param replicaIdentityIndex for replica identity {@code i}: the partitioned table's index, whose
 *                             partition on each new partition becomes that partition's identity
 */
record PartitionTemplate(String owner, List<Grant> grants, List<String> reloptions, List<String> toastReloptions,
                         char replicaIdentity, QualifiedName replicaIdentityIndex) {

    /** The template of a plain table about to become partitioned (its storage parameters go to partitions). */
    static PartitionTemplate of(TableSnapshot table, QualifiedName parent) {
        return of(table, parent, table.reloptions(), table.toastReloptions());
    }

    /** Owner, table grants and replica identity from {@code table}; storage parameters as given. */
    static PartitionTemplate of(TableSnapshot table, QualifiedName parent, List<String> reloptions, List<String> toastReloptions) {
        return new PartitionTemplate(table.owner(), table.grants().stream().filter(g -> g.column() == null).toList(),
                reloptions, toastReloptions, table.replicaIdentity(),
                table.replicaIdentityIndex() == null ? null : parent.sibling(table.replicaIdentityIndex()));
    }

    /** Creates a range (or DEFAULT) partition inside a locked transaction, with every property. */
    void create(LockedTransaction transaction, QualifiedName parent, QualifiedName partition, String bound) {
        transaction.sql("CREATE TABLE " + partition.sql() + " PARTITION OF " + parent.sql() + " " + bound
                + Ddl.withOptions(reloptions, toastReloptions));
        ownerAndGrants(transaction, partition);
        replicaIdentityOfNewPartition(transaction, partition);
    }

    void ownerAndGrants(LockedTransaction transaction, QualifiedName partition) {
        transaction.sql(Ddl.owner(partition, owner));
        grants.forEach(grant -> transaction.sql(Ddl.grant(partition, grant)));
    }

    /** The same template for a partitioned table whose replica identity index has another name for now. */
    PartitionTemplate withReplicaIdentityIndex(QualifiedName index) {
        return new PartitionTemplate(owner, grants, reloptions, toastReloptions, replicaIdentity, index);
    }

    /** Replica identity is not inherited; a new partition needs its own. */
    void replicaIdentityOfNewPartition(LockedTransaction transaction, QualifiedName partition) {
        if (replicaIdentity == 'f' || replicaIdentity == 'n') {
            transaction.sql(Ddl.replicaIdentity(partition, replicaIdentity, null));
        } else if (replicaIdentity == 'i') {
            transaction.plpgsql("EXECUTE pg_catalog.format('ALTER TABLE %s REPLICA IDENTITY USING INDEX %I', "
                    + Sql.literal(partition.sql()) + ", (SELECT c.relname FROM pg_catalog.pg_inherits i "
                    + "JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid JOIN pg_catalog.pg_index x ON x.indexrelid = c.oid "
                    + "WHERE i.inhparent = " + replicaIdentityIndex.regclassLiteral() + "::regclass AND x.indrelid = "
                    + partition.regclassLiteral() + "::regclass));");
        }
    }

    static String rangeBound(PartitionGrid grid, PartitionRange range) {
        return "FOR VALUES FROM (" + grid.literal(range.lower()) + ") TO (" + grid.literal(range.upper()) + ")";
    }
}
