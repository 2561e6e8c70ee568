package io.partitionkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.TableNames;
import io.partitionkit.core.sql.Names;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionedTableReadTest {

    private static final List<String> TABLES = List.of("events", "a".repeat(63), "événements_".repeat(5), "日本語のテーブル".repeat(3),
            "spend_logs_with_a_rather_long_name_for_its_partitions_to_fit");
    /** The longest suffix of each grid: an hour repeated by a clock change, a negative bigint, MINVALUE. */
    private static final List<String> SUFFIXES = List.of("20261205", "20261025_02b", "m9223372036854775808", "min", "2026q4");

    @Test
    void everyNameAPartitionCanBeGivenLiesInTheRangeTheReadSelectsTakenNamesFrom() {
        for (String table : TABLES) {
            String kept = PartitionedTableRead.namePrefix(table);
            String past = PartitionedTableRead.pastPrefix(kept);
            assertThat(Names.byteLength(kept)).isLessThanOrEqualTo(23);
            for (String suffix : SUFFIXES) {
                String stem = TableNames.partition(table, suffix);
                for (String name : List.of(stem, Names.fit(stem, "_2"), Names.fit(stem, "_9999"))) {
                    assertThat(name).as("%s, suffix %s", table, suffix).startsWith(kept);
                    assertThat(Arrays.compareUnsigned(bytes(name), bytes(past))).as("%s sorts before %s", name, past).isNegative();
                    assertThat(Names.byteLength(name)).isLessThanOrEqualTo(Names.MAX_BYTES);
                }
            }
        }
    }

    @Test
    void theEndOfTheRangeIsTheFirstNameAfterEveryNameWithThePrefix() {
        assertThat(PartitionedTableRead.pastPrefix("events_001")).isEqualTo("events_002");
        assertThat(PartitionedTableRead.pastPrefix("spend_logs_")).isEqualTo("spend_logs`");
        assertThat(PartitionedTableRead.pastPrefix("tabelle_ü")).isEqualTo("tabelle_ý");
        assertThat(Arrays.compareUnsigned(bytes("events_001_p20261205"), bytes(PartitionedTableRead.pastPrefix("events_001")))).isNegative();
        assertThat(Arrays.compareUnsigned(bytes("events_001"), bytes("events_001_p20261205"))).isNegative();
    }

    private static byte[] bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }
}
