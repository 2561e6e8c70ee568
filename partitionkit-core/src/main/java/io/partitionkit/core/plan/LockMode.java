package io.partitionkit.core.plan;

/** PostgreSQL's table lock modes, weakest first. */
public enum LockMode {
    NONE,
    ACCESS_SHARE,
    ROW_SHARE,
    ROW_EXCLUSIVE,
    SHARE_UPDATE_EXCLUSIVE,
    SHARE,
    SHARE_ROW_EXCLUSIVE,
    EXCLUSIVE,
    ACCESS_EXCLUSIVE;

    /** Whether holding (or queueing for) this lock makes the application's reads or writes wait. */
    public boolean blocksApplication() {
        return compareTo(SHARE) >= 0;
    }

    /** The mode as LOCK TABLE spells it, e.g. {@code SHARE ROW EXCLUSIVE}. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
