package io.partitionkit.liquibase.maintain;

import io.partitionkit.liquibase.EnsurePartitionsChange;
import java.util.List;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.filter.ChangeSetFilter;
import liquibase.changelog.filter.ChangeSetFilterResult;

/**
 * Which changesets are maintenance: those made only of {@code ensurePartitions} changes.
 * partition:maintain runs these and leaves every other changeset to {@code liquibase update}.
 */
final class MaintenanceChangeSets {

    private MaintenanceChangeSets() {
    }

    static boolean isMaintenance(ChangeSet changeSet) {
        List<Change> changes = changeSet.getChanges();
        return !changes.isEmpty() && changes.stream().allMatch(EnsurePartitionsChange.class::isInstance);
    }

    /** Accepts maintenance changesets only. */
    static ChangeSetFilter only() {
        return new Filter(true);
    }

    /** Accepts every changeset but maintenance ones. */
    static ChangeSetFilter others() {
        return new Filter(false);
    }

    private static final class Filter implements ChangeSetFilter {

        private final boolean maintenance;

        private Filter(boolean maintenance) {
            this.maintenance = maintenance;
        }

        @Override
        public ChangeSetFilterResult accepts(ChangeSet changeSet) {
            boolean isMaintenance = isMaintenance(changeSet);
            return new ChangeSetFilterResult(isMaintenance == maintenance,
                    isMaintenance ? "made only of ensurePartitions changes" : "not made only of ensurePartitions changes", getClass());
        }
    }
}
