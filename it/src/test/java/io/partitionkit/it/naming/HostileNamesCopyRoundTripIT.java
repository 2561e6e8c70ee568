package io.partitionkit.it.naming;

import static io.partitionkit.it.naming.HostileTable.TABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile round trip with strategy copy: the shadow table, the range tables, the capture trigger
 * and log, and every step's progress messages carry the hostile names too.
 */
class HostileNamesCopyRoundTripIT extends HostileNamesRoundTripIT {

    @Override
    String strategy() {
        return "copy";
    }

    /** One partition per day from the oldest row (2026-11-01) through now (2026-11-21) + premake 3. */
    @Override
    List<String> expectedPartitions() {
        List<String> partitions = new ArrayList<>(List.of(TABLE + "_default DEFAULT"));
        for (LocalDate day = LocalDate.parse("2026-11-01"); day.isBefore(LocalDate.parse("2026-11-25")); day = day.plusDays(1)) {
            partitions.add(TABLE + "_p" + day.toString().replace("-", "") + " FOR VALUES FROM ('" + day + " 00:00:00+00') TO ('"
                    + day.plusDays(1) + " 00:00:00+00')");
        }
        return partitions;
    }
}
