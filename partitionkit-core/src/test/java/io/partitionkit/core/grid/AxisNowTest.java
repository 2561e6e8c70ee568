package io.partitionkit.core.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.TestClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Now" on the key axis and the retention cutoff below it, as maintenance and status both judge them. */
class AxisNowTest {

    private static final Instant NOON = TestClock.NOON.instant();
    private static final long TOP = Long.MAX_VALUE;

    private static AxisNow integer(KeyType type, String retention, KeyHead head) {
        return AxisNow.of(PartitionGrid.of(type, PartitionInterval.parse("1000"), ZoneOffset.UTC),
                retention == null ? null : Retention.parse(retention), NOON, ZoneOffset.UTC, Optional.ofNullable(head));
    }

    private static AxisNow bigint(String retention, long head, Long next) {
        return integer(KeyType.BIGINT, retention, KeyHead.largest(head, Optional.ofNullable(next)));
    }

    @Test
    void keysAboveTheHeadMinusRetentionStay() {
        AxisNow now = bigint("3000", 8998, 8997L);

        assertThat(now.reference()).isEqualTo(Bound.of(8998));
        assertThat(now.referenceName()).isEqualTo("the largest key");
        assertThat(now.cutoff()).contains(Bound.of(5999));
        assertThat(now.withheld()).isEmpty();
    }

    @Test
    void aHeadAloneInItsWindowWithholdsRetentionAndCoverageFollowsTheKeyBelowIt() {
        AxisNow now = bigint("100000", TOP, 150_000L);

        assertThat(now.cutoff()).as("nothing expires").isEmpty();
        assertThat(now.reference()).isEqualTo(Bound.of(150_000));
        assertThat(now.referenceName()).isEqualTo("the largest key below the lone 9223372036854775807");
        AxisNow.WithheldRetention withheld = now.withheld().orElseThrow();
        assertThat(withheld.cutoff()).isEqualTo(Bound.of(TOP - 100_000 + 1));
        assertThat(withheld.explain(15)).isEqualTo("retention withheld: the largest key (9223372036854775807) has no other key "
                + "within 100000 below it (the next largest is 150000), so expiring keys before 9223372036854675808 would remove "
                + "15 partition(s) and every row but those of that key. If it is an outlier (a sentinel, an id a client chose), "
                + "delete or correct its row; if the keys really jumped, drop the old partitions by hand. Until then nothing is "
                + "dropped or deleted");
    }

    @Test
    void theWindowIsHeldOnlyWhileNoOtherKeyLiesInIt() {
        assertThat(bigint("100", 1000, 901L).withheld()).as("901 is the first key that stays").isEmpty();
        assertThat(bigint("100", 1000, 901L).cutoff()).contains(Bound.of(901));
        assertThat(bigint("100", 1000, 900L).withheld()).as("900 has expired: only the head would stay").isPresent();
    }

    @Test
    void aHeadWithNothingBelowItCostsNothingToCutUnder() {
        AxisNow now = bigint("100", 1000, null);

        assertThat(now.withheld()).isEmpty();
        assertThat(now.cutoff()).contains(Bound.of(901));
    }

    /** The documented limit: a second outlier within the window of the first makes them the head together. */
    @Test
    void twoOutliersWithinTheWindowOfEachOtherAreTheHead() {
        AxisNow now = bigint("100000", TOP, TOP - 1);

        assertThat(now.withheld()).isEmpty();
        assertThat(now.cutoff()).contains(Bound.of(TOP - 100_000 + 1));
    }

    @Test
    void withoutRetentionCoverageFollowsTheHeadWhateverLiesBelowIt() {
        AxisNow now = bigint(null, TOP, 150_000L);

        assertThat(now.reference()).isEqualTo(Bound.of(TOP));
        assertThat(now.cutoff()).isEmpty();
        assertThat(now.withheld()).isEmpty();
    }

    @Test
    void aCutoffAtOrBelowTheBottomOfTheTypeExpiresNothingAndWithholdsNothing() {
        AxisNow now = integer(KeyType.SMALLINT, "100", KeyHead.largest(-32_669, Optional.of(-32_768L)));

        assertThat(now.cutoff()).as("-32669 - 100 + 1 = -32768, the smallest smallint: no key lies below it").isEmpty();
        assertThat(now.withheld()).isEmpty();
    }

    @Test
    void withoutRowsCoverageStartsAtZero() {
        AxisNow now = integer(KeyType.INTEGER, "100", null);

        assertThat(now.reference()).isEqualTo(Bound.of(0));
        assertThat(now.cutoff()).isEmpty();
    }

    @Test
    void aHeadBoundedByASequenceSaysSo() {
        QualifiedName sequence = new QualifiedName("public", "ledger_id_seq");
        KeyHead head = new KeyHead(150_000, Optional.of(149_999L),
                Optional.of(new KeyHead.FeedingSequence(sequence, Optional.of(150_000L))));

        AxisNow now = integer(KeyType.BIGINT, "100000", head);

        assertThat(now.referenceName()).isEqualTo("the largest key up to the position of sequence \"public\".\"ledger_id_seq\"");
        assertThat(now.cutoff()).contains(Bound.of(50_001));
        assertThat(head.unreadableSequence()).isEmpty();
        KeyHead unreadable = new KeyHead(TOP, Optional.of(150_000L), Optional.of(new KeyHead.FeedingSequence(sequence, Optional.empty())));
        assertThat(unreadable.boundedBySequence()).isFalse();
        assertThat(unreadable.unreadableSequence()).contains(sequence);
        assertThat(unreadable.name()).isEqualTo("the largest key");
    }

    @Test
    void timeKeysFollowTheClockAndCutAtNowMinusThePeriod() {
        PartitionGrid days = PartitionGrid.of(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), ZoneOffset.UTC);

        AxisNow now = AxisNow.of(days, Retention.parse("30 days"), NOON, ZoneOffset.UTC, Optional.empty());

        assertThat(now.reference()).isEqualTo(days.now(NOON));
        assertThat(now.referenceName()).isEqualTo("now");
        assertThat(now.cutoff()).contains(days.now(Instant.parse("2026-10-22T12:00:00Z")));
        assertThat(now.withheld()).isEmpty();
    }

    @Test
    void aRetentionOfTheOtherKindCutsNothing() {
        PartitionGrid days = PartitionGrid.of(KeyType.TIMESTAMPTZ, PartitionInterval.parse("day"), ZoneOffset.UTC);

        assertThat(AxisNow.of(days, Retention.parse("1000"), NOON, ZoneOffset.UTC, Optional.empty()).cutoff()).isEmpty();
        assertThat(bigint("30 days", 8998, 8997L).cutoff()).isEmpty();
    }
}
