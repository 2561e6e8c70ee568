package io.partitionkit.it.changelog;

import static io.partitionkit.it.changelog.Changelogs.CONVERSION_CHANGESET;
import static io.partitionkit.it.changelog.Changelogs.TAG_CHANGESET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.partitionkit.liquibase.ConvertToRangePartitionedChange;
import java.util.List;
import liquibase.change.core.TagDatabaseChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The XML, YAML and JSON examples are one migration: users may copy whichever format they use. */
class ExampleChangelogFormatsIT {

    @ParameterizedTest
    @ValueSource(strings = {Changelogs.XML, Changelogs.YAML, Changelogs.JSON})
    void tagsThenConvertsTheSpendLogByDay(String example) {
        DatabaseChangeLog changeLog = Changelogs.parse(example);

        assertThat(changeLog.getChangeSets())
                .extracting(ChangeSet::getId, ChangeSet::getAuthor)
                .containsExactly(tuple(TAG_CHANGESET, "ops"), tuple(CONVERSION_CHANGESET, "ops"));

        ChangeSet tag = Changelogs.changeSet(changeLog, TAG_CHANGESET);
        assertThat(tag.getChanges()).singleElement()
                .isInstanceOfSatisfying(TagDatabaseChange.class,
                        change -> assertThat(change.getTag()).isEqualTo("before-spend-logs-partitioning"));

        ChangeSet conversion = Changelogs.changeSet(changeLog, CONVERSION_CHANGESET);
        assertThat(conversion.isRunInTransaction()).as("runInTransaction of " + CONVERSION_CHANGESET).isFalse();
        assertThat(conversion.getChanges()).singleElement()
                .isInstanceOfSatisfying(ConvertToRangePartitionedChange.class, change -> {
                    assertThat(change.getTableName()).isEqualTo("LiteLLM_SpendLogs");
                    assertThat(change.getColumn()).isEqualTo("startTime");
                    assertThat(change.getInterval()).isEqualTo("day");
                    assertThat(change.getPremake()).isEqualTo(7);
                    // Everything else is left to the defaults, in every format.
                    assertThat(change.getSchemaName()).isNull();
                    assertThat(change.getStrategy()).isNull();
                    assertThat(change.getLegacyTableName()).isNull();
                    assertThat(change.getDefaultPartition()).isNull();
                    assertThat(change.getTimeZone()).isNull();
                    assertThat(change.getLockTimeout()).isNull();
                });
    }

    @Test
    void allFormatsHaveTheSameChecksumsAndComments() {
        DatabaseChangeLog xml = Changelogs.parse(Changelogs.XML);

        for (String other : List.of(Changelogs.YAML, Changelogs.JSON)) {
            DatabaseChangeLog changeLog = Changelogs.parse(other);
            assertThat(checkSums(changeLog)).as(other).isEqualTo(checkSums(xml));
            assertThat(comments(changeLog)).as(other).isEqualTo(comments(xml));
        }
    }

    private static List<String> checkSums(DatabaseChangeLog changeLog) {
        return changeLog.getChangeSets().stream().map(Changelogs::checkSum).toList();
    }

    private static List<String> comments(DatabaseChangeLog changeLog) {
        return changeLog.getChangeSets().stream().map(ChangeSet::getComments).toList();
    }
}
