package io.partitionkit.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.sql.QualifiedName;
import org.junit.jupiter.api.Test;

class ArchiveMarkerTest {

    private static final QualifiedName EVENTS = new QualifiedName("public", "ev\"ents");
    private static final String BOUND = "FOR VALUES FROM ('2026-11-12 00:00:00+00') TO ('2026-11-13 00:00:00+00')";

    @Test
    void theNoteNamesTheTableAndTheBoundBelowTheUsersOwnComment() {
        String comment = ArchiveMarker.comment("kept for the audit\nof 2026", EVENTS, BOUND);

        assertThat(comment).isEqualTo("kept for the audit\nof 2026\npartitionkit: archived partition of \"public\".\"ev\"\"ents\" " + BOUND);
        ArchiveMarker.Parsed parsed = ArchiveMarker.parse(comment).orElseThrow();
        assertThat(parsed.of(EVENTS)).isTrue();
        assertThat(parsed.of(EVENTS.sibling("events"))).isFalse();
        assertThat(parsed.bound()).isEqualTo(BOUND);
        assertThat(parsed.originalComment()).isEqualTo("kept for the audit\nof 2026");
        assertThat(ArchiveMarker.parse(ArchiveMarker.comment(null, EVENTS, BOUND)).orElseThrow().originalComment()).isNull();
    }

    @Test
    void aCommentWithoutTheNoteOnALineOfItsOwnIsNone() {
        assertThat(ArchiveMarker.parse(null)).isEmpty();
        assertThat(ArchiveMarker.parse("about partitionkit: archived partition of \"public\".\"events\" " + BOUND)).isEmpty();
        assertThat(ArchiveMarker.parse("partitionkit: archived partition of \"public\".\"events\"")).isEmpty();
    }
}
