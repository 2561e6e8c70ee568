package io.partitionkit.core.catalog;

import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A plain table that is no partition, found by the note in its comment: what retention archived, or
 * might have.
 *
 * @param tablespace        where the table lives (the database's default tablespace by name, never null)
 * @param indexTablespaces  where each of its indexes lives, likewise
 * @param totalBytes        its size with indexes and TOAST
 * @param grantees          roles other than its owner holding a privilege on it or a column (null for PUBLIC)
 */
public record ArchivedTable(QualifiedName name, String owner, String comment, String tablespace, List<String> indexTablespaces,
                            long totalBytes, List<String> grantees, boolean rowSecurity, boolean forceRowSecurity) {

    public ArchivedTable {
        indexTablespaces = List.copyOf(indexTablespaces);
        grantees = Collections.unmodifiableList(new ArrayList<>(grantees));
    }

    /** Whether the table and every index of it live in {@code tablespace}. */
    public boolean livesIn(String tablespace) {
        return this.tablespace.equals(tablespace) && indexTablespaces.stream().allMatch(tablespace::equals);
    }
}
