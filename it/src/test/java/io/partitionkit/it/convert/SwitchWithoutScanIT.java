package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attach strategy's one blocking transaction reads no rows: the CHECK validated beforehand
 * proves the old table fits below the boundary, so ATTACH skips its scan (PostgreSQL says so at
 * DEBUG1), and every other step that takes a lock the application would wait for is bounded by
 * lock_timeout.
 */
@ExtendWith(PostgresExtension.class)
class SwitchWithoutScanIT {

    @Test
    void attachProvesTheBoundFromTheCheckInsteadOfScanning(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE visits (id bigint PRIMARY KEY, seen_at timestamptz NOT NULL, path text)",
                "INSERT INTO visits SELECT i, timestamptz '2026-11-21 00:00+00' - i * interval '1 second', '/p' || i "
                        + "FROM generate_series(1, 20000) i");
        Plan plan = Plans.conversion(db, ConversionOptions.parse(null, "visits", "seen_at", "day", 1, null, null, null, null, null, null),
                NOON);
        Map<String, List<String>> byStep = Plans.debugMessagesByStep(db, plan);
        List<String> messages = byStep.values().stream().flatMap(List::stream).toList();
        List<String> switchMessages = byStep.entrySet().stream().filter(step -> step.getKey().startsWith("switch "))
                .flatMap(step -> step.getValue().stream()).toList();

        assertThat(switchMessages).contains("partition constraint for table \"visits_legacy\" is implied by existing constraints")
                .noneMatch(message -> message.startsWith("verifying table"))
                .noneMatch(message -> message.contains("on table \"visits_legacy\""));
        assertThat(messages).contains("building index \"visits_partition_pkey\" on table \"visits\" serially", "verifying table \"visits\"");
        assertThat(plan.steps()).filteredOn(step -> step.lock().blocksApplication()).allMatch(Step::boundedByLockTimeout)
                .extracting(Step::lock).containsOnly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(plan.steps()).filteredOn(step -> !step.boundedByLockTimeout())
                .extracting(Step::lock).containsOnly(LockMode.SHARE_UPDATE_EXCLUSIVE);
    }

    /**
     * The heavy steps of attach, the concurrent builds of the unique indexes on primary key plus
     * partition key and on the original key, can be done by the operator beforehand (in a quiet hour):
     * the conversion takes those indexes as they are, and builds no other.
     */
    @Test
    void attachTakesTheUniqueIndexBuiltBeforehandInsteadOfBuildingOne(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE views (id bigint PRIMARY KEY, seen_at timestamptz NOT NULL, path text)",
                "INSERT INTO views SELECT i, timestamptz '2026-11-21 00:00+00' - i * interval '1 second', '/p' || i "
                        + "FROM generate_series(1, 20000) i",
                "CREATE UNIQUE INDEX CONCURRENTLY views_partition_pkey ON views (id, seen_at)",
                "CREATE UNIQUE INDEX CONCURRENTLY views_revert_pkey ON views (id)");
        String builtBeforehand = db.value("SELECT 'views_partition_pkey'::regclass::oid::text");
        RowFingerprint before = db.fingerprint("views");
        Plan plan = Plans.conversion(db, ConversionOptions.parse(null, "views", "seen_at", "day", 1, null, null, null, null, null, null),
                NOON);
        List<String> messages = Plans.debugMessagesByStep(db, plan).values().stream().flatMap(List::stream).toList();

        assertThat(plan.steps()).extracting(Step::description).noneMatch(description -> description.startsWith("build "));
        assertThat(messages).as("no index built on the table's rows (the new, empty partitions get theirs)")
                .noneMatch(message -> message.matches("building index .* on table \"views(_legacy)?\".*"));
        assertThat(db.value("SELECT conindid::text FROM pg_constraint WHERE conrelid = 'views_legacy'::regclass AND contype = 'p'"))
                .as("the legacy partition's primary key is the index built beforehand").isEqualTo(builtBeforehand);
        assertThat(db.fingerprint("views")).isEqualTo(before);
    }

    @Test
    void copyAttachesEveryLoadedRangeWithoutScanningOrBuildingAnIndex(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE clicks (id bigint PRIMARY KEY, seen_at timestamptz NOT NULL, path text)",
                "CREATE INDEX clicks_path_idx ON clicks (path)",
                "INSERT INTO clicks SELECT i, timestamptz '2026-11-21 00:00+00' - i * interval '10 seconds', '/p' || i "
                        + "FROM generate_series(1, 20000) i");
        Plan plan = Plans.conversion(db, ConversionOptions.parse(null, "clicks", "seen_at", "day", 1, "copy", null, null, null, null, null),
                NOON);
        Map<String, List<String>> attachMessages = new TreeMap<>();
        Plans.debugMessagesByStep(db, plan).forEach((step, messages) -> {
            if (step.startsWith("attach ")) {
                attachMessages.computeIfAbsent(step.split(" ")[1], k -> new ArrayList<>()).addAll(messages);
            }
        });

        // PostgreSQL also checks the DEFAULT partition on each ATTACH: it is empty until the replay fills it.
        assertThat(attachMessages).hasSize(5);
        attachMessages.forEach((partition, messages) -> {
            String table = partition.substring(partition.indexOf('.') + 1);
            assertThat(messages).as(partition)
                    .contains("partition constraint for table " + table + " is implied by existing constraints")
                    .doesNotContain("verifying table " + table)
                    .noneMatch(message -> message.startsWith("building index"));
        });
        assertThat(db.longValue("SELECT count(*) FROM clicks")).isEqualTo(20000);
    }

}
