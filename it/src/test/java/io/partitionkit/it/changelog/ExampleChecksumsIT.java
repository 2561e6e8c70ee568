package io.partitionkit.it.changelog;

import static io.partitionkit.it.changelog.Changelogs.CONVERSION_CHANGESET;
import static io.partitionkit.it.changelog.Changelogs.TAG_CHANGESET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import liquibase.changelog.DatabaseChangeLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExampleChecksumsIT {

    /*
     * Users who ran the example have these checksums in DATABASECHANGELOG. If a release added an
     * attribute to the change, renamed one, or otherwise changed what goes into the checksum, their
     * next update would stop with a checksum mismatch on a changeset they never edited. The values are
     * the same on Liquibase 4.33 and 5.0; change them only on purpose, and say so in the release notes.
     */
    private static final String TAG_CHECKSUM = "9:59b54ca7b8716474a8ec57bd41573e65";
    private static final String CONVERSION_CHECKSUM = "9:59578535ecaa3e5489b37bc03d78a7c9";

    private static final String EXAMPLE = Changelogs.text(Changelogs.XML);
    private static final String CONVERSION_END = "premake=\"7\"/>";

    @ParameterizedTest
    @ValueSource(strings = {Changelogs.XML, Changelogs.YAML, Changelogs.JSON})
    void exampleChangesetsKeepTheirChecksums(String example) {
        DatabaseChangeLog changeLog = Changelogs.parse(example);

        assertThat(Changelogs.checkSum(Changelogs.changeSet(changeLog, TAG_CHANGESET))).isEqualTo(TAG_CHECKSUM);
        assertThat(Changelogs.checkSum(Changelogs.changeSet(changeLog, CONVERSION_CHANGESET))).isEqualTo(CONVERSION_CHECKSUM);
    }

    /** lockTimeout only says how long to wait for locks, so tuning it on a ran changeset must not break it. */
    @Test
    void editingLockTimeoutKeepsTheChecksum(@TempDir Path directory) {
        String edited = Changelogs.edit(EXAMPLE, CONVERSION_END, "premake=\"7\" lockTimeout=\"30s\"/>");

        assertThat(conversionCheckSum(directory, edited)).isEqualTo(CONVERSION_CHECKSUM);
    }

    /** A different interval is a different table layout: Liquibase must notice the edit. */
    @Test
    void editingIntervalChangesTheChecksum(@TempDir Path directory) {
        String edited = Changelogs.edit(EXAMPLE, "interval=\"day\"", "interval=\"week\"");

        assertThat(conversionCheckSum(directory, edited)).isNotEqualTo(CONVERSION_CHECKSUM);
    }

    private static String conversionCheckSum(Path directory, String changelog) {
        return Changelogs.checkSum(Changelogs.changeSet(Changelogs.parse(directory, "edited.xml", changelog), CONVERSION_CHANGESET));
    }
}
