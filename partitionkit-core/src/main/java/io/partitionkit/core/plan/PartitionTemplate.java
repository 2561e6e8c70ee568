package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * What every partition partitionkit creates gets besides its bounds: its owner, storage parameters
 * and replica identity (PostgreSQL does not pass them down), and the access model of partitions.
 *
 * <p>Access goes through the partitioned table, whose privileges and row-level security policies
 * PostgreSQL applies to every row read or written through it. A partition therefore carries no
 * privilege beyond its owner's (what the creating role's default privileges would add is revoked),
 * and when the table has row-level security enabled, so does each partition, with no policy: a
 * privilege someone grants on a partition later still shows no row. Named directly, a partition
 * lets no role see a row the table's policies hide from it.
 *
 * @param owner                the table's owner, who owns every partition
 * @param rowSecurity          whether the table has row-level security enabled
 * @param revokeOnCreation     roles (null for PUBLIC) the creating role's default privileges grant on new tables
 * @param replicaIdentityIndex for replica identity {@code i}: the partitioned table's index, whose
 *                             partition on each new partition becomes that partition's identity
 */
public record PartitionTemplate(String owner, boolean rowSecurity, List<String> revokeOnCreation, List<String> reloptions,
                         List<String> toastReloptions, char replicaIdentity, QualifiedName replicaIdentityIndex) {

    /** The template of a plain table about to become partitioned (its storage parameters go to partitions). */
    public static PartitionTemplate of(TableSnapshot table, QualifiedName parent, List<String> revokeOnCreation) {
        return of(table, parent, revokeOnCreation, table.reloptions(), table.toastReloptions());
    }

    /** Owner, row-level security and replica identity from {@code table}; storage parameters as given. */
    public static PartitionTemplate of(TableSnapshot table, QualifiedName parent, List<String> revokeOnCreation, List<String> reloptions,
                                List<String> toastReloptions) {
        return new PartitionTemplate(table.owner(), table.rowSecurity(),
                revokeOnCreation.stream().filter(role -> !table.owner().equals(role)).toList(), reloptions, toastReloptions,
                table.replicaIdentity(), table.replicaIdentityIndex() == null ? null : parent.sibling(table.replicaIdentityIndex()));
    }

    /** Creates a range (or DEFAULT) partition inside a locked transaction, with every property. */
    public void create(LockedTransaction transaction, QualifiedName parent, QualifiedName partition, String bound) {
        transaction.sql("CREATE TABLE " + partition.sql() + " PARTITION OF " + parent.sql() + " " + bound
                + Ddl.withOptions(reloptions, toastReloptions));
        ownerAndAccess(transaction, partition);
        replicaIdentityOfNewPartition(transaction, partition);
    }

    /** For a table just created to become a partition: its owner, and access as every partition has it. */
    public void ownerAndAccess(LockedTransaction transaction, QualifiedName partition) {
        transaction.sql(Ddl.revokeAll(partition, revokeOnCreation));
        transaction.sql(Ddl.owner(partition, owner));
        if (rowSecurity) {
            transaction.sql(Ddl.rowSecurity(partition, true, false));
        }
    }

    /**
     * For a partition created before this model, or by hand, leaving the table (detached, archived)
     * or becoming one (the legacy partition): no privilege beyond its owner's, and row-level security
     * as the table has it, not forced (the owner's runs must reach its rows), with no policy.
     */
    public List<String> accessOfExistingPartition(QualifiedName partition, List<String> grantees, boolean partitionRowSecurity,
                                           boolean partitionForcesRowSecurity) {
        List<String> sql = new ArrayList<>(Ddl.revokeAll(partition, grantees));
        if (rowSecurity && (!partitionRowSecurity || partitionForcesRowSecurity)) {
            sql.add(Ddl.rowSecurity(partition, true, false));
        }
        return sql;
    }

    /** The same template for a partitioned table whose replica identity index has another name for now. */
    public PartitionTemplate withReplicaIdentityIndex(QualifiedName index) {
        return new PartitionTemplate(owner, rowSecurity, revokeOnCreation, reloptions, toastReloptions, replicaIdentity, index);
    }

    /** Replica identity is not inherited; a new partition needs its own. */
    public void replicaIdentityOfNewPartition(LockedTransaction transaction, QualifiedName partition) {
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

    public static String rangeBound(PartitionGrid grid, PartitionRange range) {
        return "FOR VALUES FROM (" + grid.literal(range.lower()) + ") TO (" + grid.literal(range.upper()) + ")" + grid.meaning(range);
    }
}
