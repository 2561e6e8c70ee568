package io.partitionkit.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import org.junit.jupiter.api.Test;

/** Liquibase's own scopes, opened the way {@code ChangeSet.execute} and {@code addSqlMdc} open them. */
class PlanOnceTest {

    private final Change change = new EnsurePartitionsChange();
    private final PlanOnce<String> planOnce = new PlanOnce<>();
    private final AtomicInteger plans = new AtomicInteger();

    private String plan() {
        return "plan " + plans.incrementAndGet();
    }

    /** What a run of the changeset asks: first inside the log-context scope, then in the changeset's own. */
    private String[] runOfTheChangeSet() throws Exception {
        String[] asked = new String[2];
        Scope.child(Map.of("changeSetRun", new Object()), () -> {
            Scope.child(Map.of(ChangeSet.CHANGE_KEY, change, Change.SHOULD_EXECUTE, false), () -> asked[0] = planOnce.get(change, this::plan));
            asked[1] = planOnce.get(change, this::plan);
        });
        return asked;
    }

    @Test
    void theRunOfAChangeSetPlansOnceAndItsTwoCallsGetTheSamePlan() throws Exception {
        String[] asked = runOfTheChangeSet();

        assertThat(plans).hasValue(1);
        assertThat(asked[1]).isSameAs(asked[0]);
    }

    @Test
    void everyRunOfTheChangeSetPlansAnew() throws Exception {
        String[] first = runOfTheChangeSet();
        String[] second = runOfTheChangeSet();

        assertThat(plans).hasValue(2);
        assertThat(second[0]).isEqualTo("plan 2").isNotEqualTo(first[0]);
    }

    @Test
    void aPlanIsHandedOnOnceOnly() throws Exception {
        Scope.child(Map.of("changeSetRun", new Object()), () -> {
            Scope.child(Map.of(ChangeSet.CHANGE_KEY, change), () -> planOnce.get(change, this::plan));
            planOnce.get(change, this::plan);
            planOnce.get(change, this::plan);
        });

        assertThat(plans).hasValue(2);
    }
}
