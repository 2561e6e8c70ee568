package io.partitionkit.it.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.LockMode;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.run.StepExecution;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A step's NOTICEs reach the listener while the step still runs, which is what makes a copy's
 * progress visible during hours of copying rather than at the end.
 */
@ExtendWith(PostgresExtension.class)
class LiveServerMessagesIT {

    @Test
    void aNoticeArrivesBeforeTheStepThatRaisedItEnds(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE heard (at timestamptz)");
        // The step ends only once the test has recorded, from another session, that it heard the notice.
        Step step = Step.online("wait until the notice was heard", """
                DO $$
                BEGIN
                  RAISE NOTICE 'partitionkit: still running';
                  FOR attempt IN 1..600 LOOP
                    EXIT WHEN EXISTS (SELECT 1 FROM heard);
                    PERFORM pg_sleep(0.1);
                  END LOOP;
                  IF NOT EXISTS (SELECT 1 FROM heard) THEN
                    RAISE EXCEPTION 'the notice was not passed on while the step ran';
                  END IF;
                  RAISE NOTICE 'partitionkit: done';
                END
                $$""", LockMode.NONE);
        List<String> messages = Collections.synchronizedList(new ArrayList<>());

        try (Connection connection = db.connect()) {
            StepExecution.execute(connection, step, message -> {
                messages.add(message);
                if (message.equals("partitionkit: still running")) {
                    db.execute("INSERT INTO heard VALUES (now())");
                }
            });
        }

        assertThat(messages).containsExactly("partitionkit: still running", "partitionkit: done");
    }
}
