package io.partitionkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partitionkit.core.plan.PlanningException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What planning refused with. */
public final class Planning {

    private Planning() {
    }

    /** The problems {@code planning} refused with, one a line; fails the test when it planned instead. */
    public static List<String> refusal(ThrowingCallable planning) {
        PlanningException refused = catchThrowableOfType(PlanningException.class, planning);
        assertThat(refused).as("planning refused").isNotNull();
        return refused.problems();
    }
}
