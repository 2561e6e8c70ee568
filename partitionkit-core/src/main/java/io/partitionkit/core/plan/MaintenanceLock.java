package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;

/**
 * The advisory lock that keeps two runs of a table's maintenance apart, and keeps maintenance away
 * from a revert's steps: its key is the table's OID under a namespace of partitionkit's own.
 */
public final class MaintenanceLock {

    /** High 32 bits of the key: "part". The low 32 bits are the table's OID. */
    private static final long NAMESPACE = 0x70617274L << 32;

    private MaintenanceLock() {
    }

    /** How the record of a run with nothing to do says that another run holds the lock, and this one skipped the table. */
    private static final String HELD_ELSEWHERE = "partitionkit: another run holds the maintenance lock of ";

    public static long key(long tableOid) {
        return NAMESPACE | tableOid;
    }

    /**
     * PL/pgSQL for a transaction that must not overlap a maintenance run of the table: waits for the
     * lock like for any other, so under lock_timeout, and holds it until the transaction ends.
     */
    public static String heldForTransaction(long tableOid) {
        return "PERFORM pg_catalog.pg_advisory_xact_lock(" + key(tableOid) + ");";
    }

    /**
     * PL/pgSQL that leaves the transaction, saying so in a NOTICE, when another run holds the lock of
     * {@code table}; otherwise holds it until the transaction ends.
     */
    public static String skipWhenHeld(long tableOid, QualifiedName table) {
        return "IF NOT pg_catalog.pg_try_advisory_xact_lock(" + key(tableOid) + ") THEN RAISE NOTICE '%', "
                + Sql.literal(HELD_ELSEWHERE + table) + "; RETURN; END IF;";
    }

    /** Whether a server message is the NOTICE {@link #skipWhenHeld} raises. */
    public static boolean saysHeldElsewhere(String message) {
        return message.contains(HELD_ELSEWHERE);
    }
}
