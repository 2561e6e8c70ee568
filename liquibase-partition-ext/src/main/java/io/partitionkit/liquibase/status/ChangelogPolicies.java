package io.partitionkit.liquibase.status;

import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.status.StatusPolicy;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

/**
 * The {@code ensurePartitions} changes of a changelog as status policies: each table's interval,
 * premake, retention and time zone. When a table has several, the last one in the changelog wins.
 */
public final class ChangelogPolicies {

    private ChangelogPolicies() {
    }

    /** {@code defaultSchema}: where a change without schemaName resolves, as it does when it runs on this connection. */
    public static Map<QualifiedName, StatusPolicy> of(DatabaseChangeLog changeLog, String defaultSchema) {
        Map<QualifiedName, StatusPolicy> policies = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            for (Change change : changeSet.getChanges()) {
                if (change instanceof EnsurePartitionsChange ensure) {
                    try {
                        StatusPolicy policy = StatusPolicy.of(ensure.options(), defaultSchema);
                        policies.put(policy.table(), policy);
                    } catch (InvalidOptionsException e) {
                        problems.add("changeset " + changeSet.toString(false) + ": " + String.join("; ", e.problems()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(List.of("invalid ensurePartitions changes in " + changeLog.getPhysicalFilePath() + ":\n  "
                    + String.join("\n  ", problems)));
        }
        return policies;
    }
}
