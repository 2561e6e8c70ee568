package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.List;

/**
 * What the role running a change may do that the switch of a conversion or a revert needs, read
 * before anything changes: each is checked by PostgreSQL only when the switch runs, at its end.
 *
 * @param role                    the role the run connects as
 * @param superuser               whether it is a superuser (who may do all of this)
 * @param bypassesRowSecurity     whether row-level security policies never hide a row from it (superuser or BYPASSRLS)
 * @param actsAsOwner             whether it owns the table or is a member of its owner
 * @param createsInSchema         whether it may create tables in the table's schema
 * @param ownerCreatesInSchema    whether the table's owner may (a table can only be handed to a role that can)
 * @param viewsNotOwned           dependent views it does not own (the switch re-points them)
 * @param publicationsNotOwned    publications of the table it does not own (the switch moves the table in them)
 * @param referencingNotOwned     tables with a foreign key into the table it does not own (the switch re-points them)
 * @param referencedNotReferable  tables the table's foreign keys point at without REFERENCES for it
 * @param functionsNotExecutable  functions of the table's triggers it may not execute (the switch recreates the triggers)
 */
public record SwitchPrivileges(String role, boolean superuser, boolean bypassesRowSecurity, boolean actsAsOwner, boolean createsInSchema, boolean ownerCreatesInSchema,
                               List<QualifiedName> viewsNotOwned, List<String> publicationsNotOwned,
                               List<QualifiedName> referencingNotOwned, List<QualifiedName> referencedNotReferable,
                               List<QualifiedName> functionsNotExecutable) {
}
