package io.partitionkit.it.security;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.convert.ConversionFacts;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.convert.ConversionPlanner;
import io.partitionkit.core.plan.maintain.MaintenanceFacts;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.plan.maintain.MaintenancePlanner;
import io.partitionkit.core.plan.revert.RevertFacts;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.core.plan.revert.RevertPlanner;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.MaintenanceRunner;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The migrator's session lists a schema another role can create objects in before pg_catalog, and
 * that role planted there operators and functions named like every built-in one partitionkit's SQL
 * could use. Planning, every step of a copy conversion, a revert and maintenance (with rows to move
 * out of DEFAULT, rows and partitions to expire), and the retry of a lock-bounded step run in that
 * session: none of the planted objects runs, so none runs with the migrator's rights.
 */
@ExtendWith(PostgresExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPathIT {

    private static final String HOSTILE_PATH = "public, pg_catalog";

    @BeforeAll
    void plant(TestDatabase db) {
        db.execute("CREATE TABLE public.events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, created_at timestamptz NOT NULL, "
                        + "tenant text NOT NULL, payload text)",
                "INSERT INTO public.events (created_at, tenant, payload) SELECT timestamptz '2026-11-21 12:00+00' - i * interval '9 minutes', "
                        + "'t' || i % 3, 'row ' || i FROM generate_series(1, 3000) i");
        PlantedObjects.plant(db, "public");
    }

    @Test
    void plantedObjectsRunInANaiveSessionOnThatPath(TestDatabase db) throws SQLException {
        try (Connection victim = victim(db)) {
            query(victim, "SELECT 2 ^ 3, clock_timestamp(), round(2.5), 'x'::text");

            assertThat(PlantedObjects.callsBy(db, "public", pid(victim))).as("the planting works: a bare name runs the planted one")
                    .anySatisfy(call -> assertThat(call).startsWith("integer ^ integer"))
                    .anySatisfy(call -> assertThat(call).startsWith("clock_timestamp"))
                    .anySatisfy(call -> assertThat(call).startsWith("domain text"));
        }
    }

    @Test
    void noPlantedObjectRunsInAConversionARevertOrMaintenanceOrARetry(TestDatabase db) throws SQLException {
        RowFingerprint rows = db.fingerprint("public.events");
        ConversionOptions conversion = ConversionOptions.parse("public", "events", "created_at", "day", 2, "copy", null, null, null,
                "200ms", 500);
        try (Connection victim = victim(db); Connection holder = db.connect()) {
            int pid = pid(victim);
            Plan plan = ConversionPlanner.plan(ConversionFacts.read(new CatalogReader(victim), conversion), conversion, NOON);
            holdUntilFirstRetry(holder, victim, plan, "switch ");
            assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'public.events'::regclass")).isEqualTo("p");

            db.execute("INSERT INTO public.events (created_at, tenant, payload) VALUES ('2026-12-05 10:00+00', 't1', 'for DEFAULT')");
            MaintenanceOptions maintenance = MaintenanceOptions.parse("public", "events", "created_at", "day", 2, "14 days", null, null,
                    null, null, 100, null, "200ms", null);
            Clock later = Clock.offset(NOON, java.time.Duration.ofDays(14));
            MaintenancePlan maintain = MaintenancePlanner.plan(MaintenanceFacts.read(new CatalogReader(victim), maintenance), maintenance,
                    later);
            MaintenanceReport report = new MaintenanceRunner(victim, outcome -> { }).run(maintain);
            assertThat(report.failed()).as(report.summary()).isFalse();
            assertThat(report.rowsMoved()).isEqualTo(1);
            assertThat(report.rowsDeleted()).isPositive();

            RowFingerprint afterMaintenance = db.fingerprint("public.events");
            RevertOptions revert = RevertOptions.parse("public", "events", null, 500, null, "200ms");
            Plan back = RevertPlanner.plan(RevertFacts.read(new CatalogReader(victim), revert), revert);
            holdUntilFirstRetry(holder, victim, back, "switch ");

            assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'public.events'::regclass")).isEqualTo("r");
            assertThat(db.fingerprint("public.events")).isEqualTo(afterMaintenance);
            assertThat(afterMaintenance.rows()).isLessThan(rows.rows());
            assertThat(PlantedObjects.callsBy(db, "public", pid)).as("planted objects run by the migrator's session").isEmpty();
        }
    }

    /**
     * Runs the plan in the victim's session while another session holds a lock on the table from the
     * step whose description starts with {@code lockedStep} until that step reports its first retry:
     * the retry's own code runs in the hostile session too.
     */
    private static void holdUntilFirstRetry(Connection holder, Connection victim, Plan plan, String lockedStep) throws SQLException {
        AtomicBoolean retried = new AtomicBoolean();
        List<String> problems = new ArrayList<>();
        new PlanExecutor(victim, new PlanExecutor.Listener() {
            @Override
            public void stepStarted(int index, Step step) {
                if (step.description().startsWith(lockedStep)) {
                    try {
                        holder.setAutoCommit(false);
                        query(holder, "SELECT count(*) FROM public.events");
                    } catch (SQLException e) {
                        problems.add(e.getMessage());
                    }
                }
            }

            @Override
            public void serverMessage(Step step, String message) {
                if (message.contains("attempt 1 waited longer than lock_timeout") && retried.compareAndSet(false, true)) {
                    try {
                        holder.commit();
                    } catch (SQLException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }).execute(plan);
        assertThat(problems).isEmpty();
        assertThat(retried).as("the step waited for the lock and retried").isTrue();
        holder.setAutoCommit(true);
    }

    private static Connection victim(TestDatabase db) throws SQLException {
        Connection connection = db.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = " + HOSTILE_PATH);
        }
        return connection;
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT pg_catalog.pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery(sql).close();
        }
    }
}
