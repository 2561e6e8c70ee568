package io.partitionkit.core.catalog;

import java.util.List;

/**
 * What {@code ALTER DEFAULT PRIVILEGES} would add to the objects a run creates in a schema: the
 * roles (null for PUBLIC) to revoke from each new table and function of the creating role, and from
 * each identity sequence, which takes the default privileges of its table's owner. Nothing a run
 * creates may grant what the table it stands for did not.
 *
 * @param creator the role the run creates objects as (the connection's current_user)
 */
public record DefaultPrivileges(String creator, List<String> onTables, List<String> onFunctions, List<String> onIdentitySequences) {

    /** For a table that does not exist: nothing will be created. */
    public static DefaultPrivileges none() {
        return new DefaultPrivileges("", List.of(), List.of(), List.of());
    }
}
