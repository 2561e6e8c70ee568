package io.partitionkit.core.plan.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.InheritanceChild;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.Tables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The plan for an inheritance set: a parent with a routing trigger and two daily children, 20 and 21
 * November (the second's CHECK added NOT VALID), converted by day at noon on 21 November.
 */
class InheritancePlannerTest {

    private static final Tables PARENT = Tables.plain("events").column("id", "bigint").column("created_at", "timestamptz")
            .primaryKey("id").inheriting().rowTrigger("insert_event_trigger", "BEFORE INSERT", "event_insert_trigger", 'O');

    private static Tables child(String name) {
        return Tables.plain(name).column("id", "bigint").column("created_at", "timestamptz").inheriting();
    }

    private static InheritanceChild member(String name, String day, String nextDay, boolean validated) {
        return new InheritanceChild(new QualifiedName("public", name), "postgres", 0, List.of(new InheritanceChild.Check(name + "_check",
                "CHECK (((created_at >= '" + day + " 00:00:00+00'::timestamp with time zone) AND (created_at < '" + nextDay
                        + " 00:00:00+00'::timestamp with time zone)))", validated)), false);
    }

    private static Convert conversion(Tables second) {
        Map<QualifiedName, TableSnapshot> tables = new LinkedHashMap<>();
        tables.put(new QualifiedName("public", "events_20261120"), child("events_20261120").snapshot());
        tables.put(new QualifiedName("public", "events_20261121"), second.snapshot());
        InheritanceFacts facts = new InheritanceFacts(List.of(member("events_20261120", "2026-11-20", "2026-11-21", true),
                member("events_20261121", "2026-11-21", "2026-11-22", false)), tables, List.of(), List.of("insert_event_trigger"),
                Optional.empty(), false, 0);
        return Convert.table(PARENT).inheritance(facts);
    }

    @Test
    void childrenGetTheirIndexesAndValidationOnlineThenOneSwitchAttachesThem() {
        Plan plan = conversion(child("events_20261121").notValidCheck("events_20261121_check", "created_at",
                "created_at >= '2026-11-21 00:00:00+00'::timestamp with time zone")).plan(NOON);

        assertThat(plan.steps()).extracting(Step::description).containsExactly(
                "build the unique index on [id, created_at], its primary key as a partition, on \"public\".\"events_20261120\" "
                        + "concurrently (writes continue)",
                "build the unique index on [id, created_at], its primary key as a partition, on \"public\".\"events_20261121\" "
                        + "concurrently (writes continue)",
                "validate CHECK events_20261121_check on \"public\".\"events_20261121\" (reads every row; writes continue), so that "
                        + "attaching it scans nothing",
                "switch \"public\".\"events\" to a range-partitioned table, its inheritance children becoming its partitions");
        String switchSql = plan.steps().get(3).sql();
        assertThat(switchSql).contains("ALTER TABLE \"public\".\"events_20261120\" NO INHERIT \"public\".\"events_legacy\"",
                "ALTER TABLE \"public\".\"events_20261121\" ADD CONSTRAINT \"events_20261121_partition_pkey\" PRIMARY KEY USING INDEX "
                        + "\"events_20261121_partition_pkey\"",
                "\"public\".\"events_p20261122\"", "\"public\".\"events_p20261123\"", "DROP TABLE \"public\".\"events_legacy\"",
                "partitionkit: dropped the routing trigger % of %; its function % is left alone")
                .doesNotContain("CREATE TRIGGER", "events_p20261120", "events_p20261121");
        assertThat(plan.summary()).contains("its 2 child table(s) become partitions, 2 new partition(s) and a DEFAULT partition",
                "the routing trigger insert_event_trigger goes, its function");
    }

    @Test
    void aChildOfAnotherOwnerIsRefused() {
        assertThat(conversion(child("events_20261121").ownedBy("intruder")).refusal(NOON)).anySatisfy(problem -> assertThat(problem)
                .startsWith("\"public\".\"events_20261121\" is owned by intruder, not by"));
    }
}
