package io.partitionkit.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.util.LiquibaseUtil;
import org.junit.jupiter.api.Test;

/** The suite runs against the Liquibase the build asked for (4.33.0 by default, 5.0.x with -Pliquibase-5). */
class LiquibaseVersionIT {

    @Test
    void runsTheRequestedLiquibase() {
        assertThat(LiquibaseUtil.getBuildVersion()).isEqualTo(System.getProperty("liquibase.test.version"));
    }
}
