package io.partitionkit.core.plan;

/**
 * The advisory lock that keeps two runs of a table's maintenance apart, and keeps maintenance away
 * from a revert's steps: its key is the table's OID under a namespace of partitionkit's own.
 */
public final class MaintenanceLock {

    /** High 32 bits of the key: "part". The low 32 bits are the table's OID. */
    private static final long NAMESPACE = 0x70617274L << 32;

    private MaintenanceLock() {
    }

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
}
