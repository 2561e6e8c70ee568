package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DependentView;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.Policy;
import io.partitionkit.core.catalog.PublicationMembership;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Statements that give a replacement table the properties {@code CREATE TABLE ... LIKE} does not
 * copy: triggers, row-level security, owner and grants, comments, replica identity, publication
 * membership, and the views that read it. Used in both directions (plain to partitioned and back).
 */
public final class CarriedProperties {

    private CarriedProperties() {
    }

    public static List<String> triggers(TableSnapshot source, QualifiedName target, Predicate<Trigger> which) {
        List<String> sql = new ArrayList<>();
        for (Trigger trigger : source.triggers().stream().filter(which).toList()) {
            sql.add(Ddl.createTrigger(target, trigger));
            String state = Ddl.triggerState(target, trigger);
            if (state != null) {
                sql.add(state);
            }
            if (trigger.comment() != null) {
                sql.add(Ddl.commentOnTrigger(target, trigger.name(), trigger.comment()));
            }
        }
        return sql;
    }

    /**
     * LIKE ... INCLUDING CONSTRAINTS recreates every CHECK as valid; a NOT VALID one (rows that break
     * it may exist) must stay NOT VALID, or ATTACH refuses it and copying old rows fails.
     */
    public static List<String> notValidChecks(TableSnapshot source, QualifiedName target, Predicate<Constraint> which) {
        return notValidChecks(source.constraints(), target, which);
    }

    /** The same, of {@code constraints} (those a table has, or its NOT VALID CHECKs alone). */
    public static List<String> notValidChecks(List<Constraint> constraints, QualifiedName target, Predicate<Constraint> which) {
        List<String> sql = new ArrayList<>();
        for (Constraint constraint : constraints) {
            if (constraint.isCheck() && !constraint.validated() && which.test(constraint)) {
                sql.add(Ddl.dropConstraint(target, constraint.name()));
                sql.add(Ddl.addConstraint(target, constraint.name(), constraint.definition()));
                if (constraint.comment() != null) {
                    sql.add(Ddl.commentOnConstraint(target, constraint.name(), constraint.comment()));
                }
            }
        }
        return sql;
    }

    /** The sequences of the source's identity columns, in column order. */
    public static List<OwnedSequence> identitySequences(TableSnapshot source) {
        return source.ownedSequences().stream().filter(OwnedSequence::identity).toList();
    }

    /**
     * Reads where each identity sequence stands into a variable of the transaction; run it while the
     * table is locked, before the sequences are dropped with the old table.
     */
    public static void readIdentityPositions(TableSnapshot source, LockedTransaction transaction) {
        List<OwnedSequence> identities = identitySequences(source);
        for (int i = 0; i < identities.size(); i++) {
            OwnedSequence sequence = identities.get(i);
            transaction.declare(identityPosition(i), DoBlock.BIGINT);
            transaction.plpgsql("SELECT CASE WHEN is_called THEN last_value + " + sequence.increment() + " ELSE last_value END INTO "
                    + identityPosition(i) + " FROM " + sequence.name().sql() + ";");
        }
    }

    /**
     * Makes each identity column of {@code target} an identity column again, with its sequence's name
     * and options, continuing where {@link #readIdentityPositions} found it: the original START stays START.
     */
    public static void addIdentities(TableSnapshot source, QualifiedName target, List<String> addedOnCreation, LockedTransaction transaction) {
        List<OwnedSequence> identities = identitySequences(source);
        for (int i = 0; i < identities.size(); i++) {
            OwnedSequence sequence = identities.get(i);
            transaction.plpgsql(addIdentity(source, sequence, target, identityPosition(i)).toArray(String[]::new));
            transaction.sql(Ddl.revokeAllOnSequence(sequence.name(), addedOnCreation.stream().filter(role -> !source.owner().equals(role)).toList()));
            sequence.grants().forEach(grant -> transaction.sql(Ddl.grantOnSequence(sequence.name(), grant)));
        }
    }

    private static String identityPosition(int index) {
        return "pkit_next_" + index;
    }

    /** Serial (not identity) sequences follow the table that now has the name. */
    public static List<String> serialSequencesOwnedBy(TableSnapshot source, QualifiedName target) {
        return source.ownedSequences().stream().filter(sequence -> !sequence.identity())
                .map(sequence -> Ddl.sequenceOwnedBy(sequence.name(), target, sequence.column())).toList();
    }

    /**
     * Foreign keys of other tables pointing at the source are recreated NOT VALID, so they point at
     * the table that now has the name without scanning anything; a later step validates them.
     */
    public static List<String> repointIncomingForeignKeys(TableSnapshot source) {
        List<String> sql = new ArrayList<>(dropIncomingForeignKeys(source));
        sql.addAll(addIncomingForeignKeysNotValid(source));
        return sql;
    }

    /**
     * Drops the foreign keys pointing at the source: PostgreSQL refuses to detach a partition whose
     * rows are referenced, and a revert detaches partitions whose rows stay in the table.
     */
    public static List<String> dropIncomingForeignKeys(TableSnapshot source) {
        return source.incomingForeignKeys().stream().map(foreignKey -> Ddl.dropConstraint(foreignKey.table(), foreignKey.name())).toList();
    }

    /** Adds them again NOT VALID, pointing at what has the source's name now: enforced for every write from here, no row scanned. */
    public static List<String> addIncomingForeignKeysNotValid(TableSnapshot source) {
        List<String> sql = new ArrayList<>();
        for (IncomingForeignKey foreignKey : source.incomingForeignKeys()) {
            sql.add(Ddl.addConstraint(foreignKey.table(), foreignKey.name(), foreignKey.definition() + " NOT VALID"));
            if (foreignKey.comment() != null) {
                sql.add(Ddl.commentOnConstraint(foreignKey.table(), foreignKey.name(), foreignKey.comment()));
            }
        }
        return sql;
    }

    private static List<String> addIdentity(TableSnapshot source, OwnedSequence sequence, QualifiedName target, String variable) {
        String generated = source.column(sequence.column()).orElseThrow().identity() == 'a' ? "ALWAYS" : "BY DEFAULT";
        String column = Sql.ident(sequence.column());
        String add = "ALTER TABLE " + target.sql() + " ALTER COLUMN " + column + " ADD GENERATED " + generated
                + " AS IDENTITY (SEQUENCE NAME " + sequence.name().sql() + " START WITH " + sequence.start() + " INCREMENT BY "
                + sequence.increment() + " MINVALUE " + sequence.min() + " MAXVALUE " + sequence.max() + " CACHE "
                + sequence.cache() + (sequence.cycle() ? " CYCLE" : " NO CYCLE") + ")";
        String restartPrefix = "ALTER TABLE " + target.sql() + " ALTER COLUMN " + column + " RESTART WITH ";
        return List.of("EXECUTE " + Sql.dollarQuoted(add) + ";",
                "EXECUTE pg_catalog.format(" + Sql.literal(restartPrefix.replace("%", "%%") + "%s") + ", " + variable + ");");
    }

    public static List<String> dropTriggers(TableSnapshot source, QualifiedName table, Predicate<Trigger> which) {
        return source.triggers().stream().filter(which).map(trigger -> Ddl.dropTrigger(table, trigger.name())).toList();
    }

    public static List<String> rowSecurity(TableSnapshot source, QualifiedName target) {
        List<String> sql = new ArrayList<>();
        if (source.rowSecurity() || source.forceRowSecurity()) {
            sql.add(Ddl.rowSecurity(target, source.rowSecurity(), source.forceRowSecurity()));
        }
        sql.addAll(policies(source, target));
        return sql;
    }

    /** The source's policies, with their comments, on a target that has none. */
    public static List<String> policies(TableSnapshot source, QualifiedName target) {
        List<String> sql = new ArrayList<>();
        for (Policy policy : source.policies()) {
            sql.add(Ddl.createPolicy(target, policy));
            if (policy.comment() != null) {
                sql.add(Ddl.commentOnPolicy(target, policy.name(), policy.comment()));
            }
        }
        return sql;
    }

    /**
     * Inside a switch, once {@code target} has the source's name and the source's incoming foreign
     * keys are dropped: the target's owner, then what pointed at the source (views, serial sequences,
     * incoming foreign keys, added again NOT VALID) points at the target.
     */
    public static List<String> takeOverDependants(TableSnapshot source, QualifiedName target) {
        List<String> sql = new ArrayList<>();
        sql.add(owner(source, target));
        sql.addAll(views(source));
        sql.addAll(serialSequencesOwnedBy(source, target));
        sql.addAll(addIncomingForeignKeysNotValid(source));
        return sql;
    }

    /** The owner goes first: sequences can only be attached to a table of their own owner. */
    public static String owner(TableSnapshot source, QualifiedName target) {
        return Ddl.owner(target, source.owner());
    }

    /**
     * The target gets exactly the source's privileges: what the creating role's default privileges
     * added to it is revoked (never from the owner), the source's grants are made, and what the owner
     * had revoked from itself is revoked again. (Every grant is made by the owner: who granted what
     * to whom with a grant option is not kept.)
     */
    public static List<String> privileges(TableSnapshot source, QualifiedName target, List<String> addedOnCreation) {
        List<String> sql = new ArrayList<>(Ddl.revokeAll(target, addedOnCreation.stream().filter(role -> !source.owner().equals(role)).toList()));
        source.grants().forEach(grant -> sql.add(Ddl.grant(target, grant)));
        sql.addAll(Ddl.revokeFromOwner(target, source.revokedFromOwner(), source.owner()));
        return sql;
    }

    /**
     * The table comment and comments on index-backed constraints and indexes. Column and CHECK
     * comments travel with {@code LIKE ... INCLUDING COMMENTS}; the primary key's comment is the
     * caller's, since a conversion may annotate it.
     */
    public static List<String> comments(TableSnapshot source, QualifiedName target, String primaryKeyComment) {
        List<String> sql = new ArrayList<>();
        // The note of the last successful maintenance stays behind: it speaks of the table it was written on.
        String tableComment = MaintenanceRecord.withoutNote(source.comment());
        if (tableComment != null) {
            sql.add(Ddl.commentOnTable(target, tableComment));
        }
        for (Constraint constraint : source.constraints()) {
            String comment = constraint.isPrimaryKey() ? primaryKeyComment : constraint.comment();
            if (comment != null && !constraint.isCheck()) {
                sql.add(Ddl.commentOnConstraint(target, constraint.name(), comment));
            }
        }
        for (Index index : source.indexes()) {
            if (index.comment() != null) {
                sql.add(Ddl.commentOnIndex(target.sibling(index.name()), index.comment()));
            }
        }
        return sql;
    }

    public static List<String> replicaIdentity(TableSnapshot source, QualifiedName target) {
        return source.replicaIdentity() == 'd' ? List.of()
                : List.of(Ddl.replicaIdentity(target, source.replicaIdentity(), source.replicaIdentityIndex()));
    }

    public static List<String> movePublications(TableSnapshot source, QualifiedName from, QualifiedName to) {
        List<String> sql = new ArrayList<>();
        for (PublicationMembership membership : source.publications()) {
            sql.add(Ddl.dropFromPublication(membership.publication(), from));
            sql.add(Ddl.addToPublication(membership, to));
        }
        return sql;
    }

    /** Recreates every view over whatever the table's name now resolves to. */
    public static List<String> views(TableSnapshot source) {
        return source.dependentViews().stream().map(CarriedProperties::view).toList();
    }

    private static String view(DependentView view) {
        return Ddl.replaceView(view.name(), view.options(), view.definition());
    }
}
