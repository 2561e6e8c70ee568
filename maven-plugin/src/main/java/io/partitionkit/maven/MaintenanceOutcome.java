package io.partitionkit.maven;

import java.util.List;

/**
 * What partition:maintain did (or, in a dry run, would do).
 *
 * @param succeeded    maintenance changesets that ran (in a dry run: could be planned), as path::id::author
 * @param failures     maintenance changesets that failed
 * @param otherPending pending changesets that are not maintenance, left to {@code liquibase update}
 */
record MaintenanceOutcome(List<String> succeeded, List<ChangeSetFailure> failures, List<String> otherPending) {

    MaintenanceOutcome {
        succeeded = List.copyOf(succeeded);
        failures = List.copyOf(failures);
        otherPending = List.copyOf(otherPending);
    }
}
