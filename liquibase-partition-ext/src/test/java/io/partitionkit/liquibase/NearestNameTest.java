package io.partitionkit.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {

    private static final List<String> MAINTENANCE = List.of("archiveSchema", "batchSize", "column", "deleteExpiredRows",
            "deleteTimeBudget", "freezeAfter", "freezeColumns", "interval", "lockTimeout", "moveDefaultRows", "premake", "retention", "retentionMode",
            "schemaName", "tableName", "timeZone");

    @Test
    void aSlipOfTheKeyboardFindsTheNameItWasMeantToBe() {
        assertThat(NearestName.among("retentionMod", MAINTENANCE)).contains("retentionMode");
        assertThat(NearestName.among("retension", MAINTENANCE)).contains("retention");
        assertThat(NearestName.among("colum", MAINTENANCE)).contains("column");
        assertThat(NearestName.among("primake", MAINTENANCE)).contains("premake");
        assertThat(NearestName.among("retention_mode", MAINTENANCE)).contains("retentionMode");
        assertThat(NearestName.among("deleteExpiredRow", MAINTENANCE)).contains("deleteExpiredRows");
    }

    @Test
    void aDifferenceOfCaseAloneIsTheNearest() {
        assertThat(NearestName.among("tablename", MAINTENANCE)).contains("tableName");
        assertThat(NearestName.distance("TableName", "tableName")).isZero();
    }

    @Test
    void theNearestWinsOverOtherCloseNames() {
        assertThat(NearestName.among("retentionMod", List.of("retention", "retentionMode"))).contains("retentionMode");
    }

    @Test
    void equallyNearNamesGiveTheFirst() {
        assertThat(NearestName.among("bat", List.of("cat", "bag"))).contains("cat");
    }

    @Test
    void aNameThatIsNoSlipSuggestsNothing() {
        assertThat(NearestName.among("frobnicate", MAINTENANCE)).isEmpty();
        assertThat(NearestName.among("keyColumn", MAINTENANCE)).isEmpty();
        assertThat(NearestName.among("x", MAINTENANCE)).isEmpty();
        assertThat(NearestName.among("retentionMod", List.of())).isEmpty();
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestName.distance("", "")).isZero();
        assertThat(NearestName.distance("", "abc")).isEqualTo(3);
        assertThat(NearestName.distance("abc", "")).isEqualTo(3);
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.distance("premake", "premade")).isEqualTo(1);
        assertThat(NearestName.distance("retentionMode", "retentionMod")).isEqualTo(1);
    }
}
