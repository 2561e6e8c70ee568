package io.partitionkit.core.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** convertToRangePartitioned and ensurePartitions read the attributes they share by one rule. */
class SharedAttributesTest {

    @Test
    void bothChangesReportBadSharedAttributesAlikeAndInAttributeOrder() {
        List<String> expected = List.of(
                "schemaName '' is not a PostgreSQL name: names have 1 to 63 bytes and no NUL character",
                "tableName is required",
                "column is required",
                "interval 'fortnight' is not " + PartitionInterval.ACCEPTED,
                "premake '1001' is not a whole number from 0 to 1000");

        assertThatThrownBy(() -> ConversionOptions.parse("", null, null, "fortnight", 1001, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems()).isEqualTo(expected));
        assertThatThrownBy(() -> MaintenanceOptions.parse("", null, null, "fortnight", 1001, null, null, null, null, null, null, null,
                null, null)).isInstanceOfSatisfying(InvalidOptionsException.class, e -> assertThat(e.problems()).isEqualTo(expected));
    }
}
