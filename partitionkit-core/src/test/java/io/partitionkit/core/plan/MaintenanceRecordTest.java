package io.partitionkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The note of the last successful maintenance, as status reads it from a table's comment. */
class MaintenanceRecordTest {

    @Test
    void theNoteIsReadBelowTheUsersComment() {
        String comment = "Events of the shop.\npartitionkit: last successful maintenance 2026-11-21T12:00:00Z";

        assertThat(MaintenanceRecord.read(comment)).contains(Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(MaintenanceRecord.withoutNote(comment)).isEqualTo("Events of the shop.");
        assertThat(MaintenanceRecord.read("partitionkit: last successful maintenance 2026-11-21T12:00:00Z"))
                .contains(Instant.parse("2026-11-21T12:00:00Z"));
        assertThat(MaintenanceRecord.withoutNote("partitionkit: last successful maintenance 2026-11-21T12:00:00Z")).isNull();
    }

    @Test
    void noNoteOrAnUnreadableOneIsNoRecord() {
        assertThat(MaintenanceRecord.read(null)).isEmpty();
        assertThat(MaintenanceRecord.read("Events of the shop.")).isEmpty();
        assertThat(MaintenanceRecord.read("partitionkit: last successful maintenance yesterday")).isEmpty();
        assertThat(MaintenanceRecord.read("see partitionkit: last successful maintenance 2026-11-21T12:00:00Z")).isEmpty();
        assertThat(MaintenanceRecord.withoutNote("Events of the shop.")).isEqualTo("Events of the shop.");
    }
}
