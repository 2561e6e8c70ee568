package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;

/**
 * A user trigger (internal foreign-key triggers are left out).
 *
 * @param head     what precedes {@code ON <table>}: {@code CREATE [CONSTRAINT ]TRIGGER name BEFORE INSERT OR ...}
 * @param tail     what follows {@code ON <table> }: {@code FOR EACH ROW [WHEN ...] EXECUTE FUNCTION ...}
 * @param enabled  {@code O} (origin, the default), {@code D} disabled, {@code R} replica, {@code A} always
 * @param function the function it runs
 * @param bare     whether it runs that function without arguments and without a WHEN condition
 */
public record Trigger(String name, String head, String tail, boolean row, boolean usesTransitionTables,
                      char enabled, String comment, QualifiedName function, boolean bare) {
}
