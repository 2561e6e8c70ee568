package io.partitionkit.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    private static final String SIXTY = "spend_logs_of_every_customer_and_every_model_in_each_region_";

    @Test
    void aNameThatFitsIsKeptAsItIs() {
        assertThat(Names.fit("events", "_p20261121")).isEqualTo("events_p20261121");
        String exactly63 = "x".repeat(53) + "_p20261121";
        assertThat(Names.fit("x".repeat(53), "_p20261121")).isEqualTo(exactly63);
        assertThat(Names.fit("注文".repeat(7), "_default")).isEqualTo("注文".repeat(7) + "_default");
    }

    @Test
    void aLongNameKeepsItsSuffixAndMostOfItsStemWithin63Bytes() {
        String name = Names.fit(SIXTY, "_p20261121");

        assertThat(Names.byteLength(name)).isEqualTo(63);
        assertThat(name).endsWith("_p20261121").startsWith(SIXTY.substring(0, 44)).matches(".*_[0-9a-f]{8}_p20261121");
    }

    @Test
    void namesDifferingOnlyWhereTheyAreCutStayDifferent() {
        assertThat(Names.fit(SIXTY + "1", "_default")).isNotEqualTo(Names.fit(SIXTY + "2", "_default"));
        assertThat(Names.fit(SIXTY + "1", "_p20261121")).isNotEqualTo(Names.fit(SIXTY + "1", "_p20261122"));
        assertThat(Names.fit("支出記録".repeat(5) + "一", "_legacy")).isNotEqualTo(Names.fit("支出記録".repeat(5) + "二", "_legacy"));
    }

    @Test
    void theSameNameIsFittedTheSameWayEveryTime() {
        assertThat(Names.fit(SIXTY + "1", "_unpartitioned")).isEqualTo(Names.fit(SIXTY + "1", "_unpartitioned"));
    }

    @Test
    void multibyteNamesAreCutBetweenCharactersNeverInside() {
        for (String stem : new String[] {"支出記録".repeat(5) + "一", "🚀".repeat(15) + "ab", "é".repeat(31) + "x"}) {
            for (String suffix : new String[] {"_default", "_legacy", "_p20261121", "_partition_bound"}) {
                String name = Names.fit(stem, suffix);
                assertThat(Names.byteLength(name)).as(name).isLessThanOrEqualTo(63).isGreaterThanOrEqualTo(60);
                assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE)).as("no half of an emoji in %s", name).isEmpty();
                assertThat(stem).startsWith(name.substring(0, name.length() - suffix.length() - 9));
            }
        }
    }

    @Test
    void firstFreeCountsUpPastTakenNamesAndTakesWhatItReturns() {
        Set<String> taken = new HashSet<>(Set.of("events_legacy"));

        assertThat(Names.firstFree("events_legacy", taken)).isEqualTo("events_legacy_2");
        assertThat(Names.firstFree("events_legacy", taken)).isEqualTo("events_legacy_3");
        assertThat(Names.firstFree("events_other", taken)).isEqualTo("events_other");
        assertThat(taken).contains("events_legacy_2", "events_legacy_3", "events_other");

        String first = Names.firstFree(SIXTY + "1", taken);
        String second = Names.firstFree(SIXTY + "1", taken);
        assertThat(second).isNotEqualTo(first).endsWith("_2");
        assertThat(Names.byteLength(second)).isLessThanOrEqualTo(63);
    }

    @Test
    void aSuffixThatLeavesNoRoomIsRefused() {
        assertThatThrownBy(() -> Names.fit("events", "_" + "s".repeat(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suffix too long");
    }
}
