package io.partitionkit.liquibase.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.liquibase.ConvertToRangePartitionedChange;
import io.partitionkit.liquibase.EnsurePartitionsChange;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.ObjectQuotingStrategy;
import org.junit.jupiter.api.Test;

/** Changesets Liquibase generates carry the attributes their partitionkit changes need; changesets read from changelogs are untouched. */
class GeneratedChangeSetTest {

    private static ChangeSet generated() {
        return new GeneratedChangeSetService().createChangeSet("1", "me", false, false, "changelog.xml", null, null, null, null, true,
                ObjectQuotingStrategy.LEGACY, null);
    }

    @Test
    void aConversionRunsOutsideATransactionOnce() {
        ChangeSet changeSet = generated();
        changeSet.addChange(new ConvertToRangePartitionedChange());

        assertThat(changeSet.isRunInTransaction()).isFalse();
        assertThat(changeSet.isAlwaysRun()).isFalse();
        assertThat(changeSet.getSerializableFieldValue("runInTransaction")).isEqualTo(false);
        assertThat(changeSet.getSerializableFieldValue("runAlways")).isNull();
    }

    @Test
    void maintenanceRunsOutsideATransactionEveryTime() {
        ChangeSet changeSet = generated();
        changeSet.addChange(new EnsurePartitionsChange());

        assertThat(changeSet.isRunInTransaction()).isFalse();
        assertThat(changeSet.isAlwaysRun()).isTrue();
        assertThat(changeSet.shouldAlwaysRun()).isTrue();
        assertThat(changeSet.getSerializableFieldValue("runAlways")).isEqualTo(true);
    }

    @Test
    void otherGeneratedChangeSetsAreAsLiquibaseMakesThem() {
        ChangeSet empty = generated();
        ChangeSet createTable = generated();
        createTable.addChange(new CreateTableChange());

        assertThat(empty.isRunInTransaction()).isTrue();
        assertThat(empty.isAlwaysRun()).isFalse();
        assertThat(createTable.isRunInTransaction()).isTrue();
        assertThat(createTable.isAlwaysRun()).isFalse();
    }

    @Test
    void aChangeSetReadFromAChangelogKeepsWhatItsAuthorWrote() {
        ChangeSet changeSet = new GeneratedChangeSetService().createChangeSet("1", "me", false, false, "changelog.xml", null, null, null,
                null, true, ObjectQuotingStrategy.LEGACY, new DatabaseChangeLog("changelog.xml"));
        changeSet.addChange(new EnsurePartitionsChange());

        assertThat(changeSet.getClass()).isEqualTo(ChangeSet.class);
        assertThat(changeSet.isRunInTransaction()).as("validation then asks for runInTransaction=\"false\"").isTrue();
        assertThat(changeSet.isAlwaysRun()).isFalse();
    }
}
