package io.partitionkit.liquibase.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.liquibase.EnsurePartitionsChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import org.junit.jupiter.api.Test;

class MaintenanceChangeSetsTest {

    private static ChangeSet changeSet(liquibase.change.Change... changes) {
        ChangeSet changeSet = new ChangeSet("id", "ops", true, false, "db/changelog.xml", null, null, new DatabaseChangeLog("db/changelog.xml"));
        for (liquibase.change.Change change : changes) {
            changeSet.addChange(change);
        }
        return changeSet;
    }

    @Test
    void onlyChangeSetsMadeOfEnsurePartitionsAloneAreMaintenance() {
        ChangeSet maintenance = changeSet(new EnsurePartitionsChange(), new EnsurePartitionsChange());
        ChangeSet mixed = changeSet(new EnsurePartitionsChange(), new CreateTableChange());
        ChangeSet empty = changeSet();

        assertThat(MaintenanceChangeSets.isMaintenance(maintenance)).isTrue();
        assertThat(MaintenanceChangeSets.isMaintenance(mixed)).isFalse();
        assertThat(MaintenanceChangeSets.isMaintenance(empty)).isFalse();
        assertThat(MaintenanceChangeSets.only().accepts(maintenance).isAccepted()).isTrue();
        assertThat(MaintenanceChangeSets.only().accepts(mixed).isAccepted()).isFalse();
        assertThat(MaintenanceChangeSets.others().accepts(mixed).isAccepted()).isTrue();
        assertThat(MaintenanceChangeSets.others().accepts(maintenance).isAccepted()).isFalse();
    }
}
