package io.partitionkit.it.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.flyway.EnsurePartitions;
import io.partitionkit.flyway.MaintenanceCallback;
import io.partitionkit.flyway.Partitioning;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * partitionkit through Flyway's Java API, as an application migrates at start-up: a populated table
 * converted by a Java migration, rows inserted, maintenance by the callback after a later
 * {@code migrate} with nothing pending, the revert by a later migration; rows kept throughout. Bad
 * settings fail {@code migrate} before anything changes. Each test migrates a schema of its own.
 */
@ExtendWith(PostgresExtension.class)
class FlywayJavaApiIT {

    private static final String FIRST = "classpath:io/partitionkit/it/flyway/first";
    private static final String REVERT = "classpath:io/partitionkit/it/flyway/revert";
    private static final String BAD = "classpath:io/partitionkit/it/flyway/bad";

    private static EnsurePartitions events() {
        return Partitioning.ensurePartitions("events").column("created_at").interval("day").premake(7);
    }

    /** Flyway on {@code schema}, its default lock: a transaction held open for the whole migrate. */
    private static FluentConfiguration flyway(TestDatabase db, String schema, String... locations) {
        return Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).schemas(schema).defaultSchema(schema)
                .locations(locations);
    }

    /** Flyway as partitionkit needs it: a session lock, so that no transaction of Flyway's stays open while it migrates. */
    private static FluentConfiguration withSessionLock(FluentConfiguration configuration) {
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration;
    }

    @Test
    void convertMaintainAndRevertByMigrationsKeepingEveryRow(TestDatabase db) {
        withSessionLock(flyway(db, "shop", FIRST)).callbacks(new MaintenanceCallback(events())).load().migrate();

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'shop.events'::regclass")).isEqualTo("p");
        assertThat(db.longValue("SELECT count(*) FROM shop.events")).isEqualTo(5000);
        assertThat(db.value("SELECT obj_description('shop.events'::regclass, 'pg_class')"))
                .as("the callback ran after the migrations").startsWith("partitionkit: last successful maintenance ");
        db.execute("INSERT INTO shop.events SELECT 10000 + i, now() + i * interval '1 minute', 'after' FROM generate_series(1, 100) i",
                "COMMENT ON TABLE shop.events IS NULL");
        RowFingerprint converted = db.fingerprint("shop.events");

        MigrateResult nothingPending = withSessionLock(flyway(db, "shop", FIRST)).callbacks(new MaintenanceCallback(events())).load()
                .migrate();

        assertThat(nothingPending.migrationsExecuted).isZero();
        assertThat(db.value("SELECT obj_description('shop.events'::regclass, 'pg_class')"))
                .as("maintenance ran though nothing was pending").startsWith("partitionkit: last successful maintenance ");
        assertThat(db.fingerprint("shop.events")).isEqualTo(converted);

        Flyway reverting = withSessionLock(flyway(db, "shop", FIRST, REVERT)).load();
        MigrateResult reverted = reverting.migrate();

        assertThat(reverted.migrationsExecuted).isEqualTo(1);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'shop.events'::regclass")).isEqualTo("r");
        assertThat(db.fingerprint("shop.events")).isEqualTo(converted);
        assertThat(reverting.validateWithResult().validationSuccessful).as("checksums as recorded").isTrue();
    }

    /**
     * Flyway's default transactional lock keeps a transaction open for the whole migrate, which a
     * concurrent index build waits on for ever: the conversion refuses to start, saying what to set.
     */
    @Test
    void aConversionUnderFlywaysTransactionalLockRefusesToStart(TestDatabase db) {
        Flyway byDefault = flyway(db, "locked", FIRST).load();

        assertThatThrownBy(byDefault::migrate).isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("Set flyway.postgresql.transactional.lock=false")
                .hasStackTraceContaining("Nothing was changed.");
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'locked.events'::regclass")).isEqualTo("r");
        assertThat(db.longValue("SELECT count(*) FROM pg_indexes WHERE schemaname = 'locked' AND tablename = 'events'"))
                .as("no index built").isEqualTo(1);
    }

    /**
     * One table that cannot be maintained (not partitioned) does not stop the others: the callback
     * maintains the rest, then fails migrate naming the one that failed.
     */
    @Test
    void aTableThatCannotBeMaintainedDoesNotStopTheOthers(TestDatabase db) {
        withSessionLock(flyway(db, "fleet", FIRST)).load().migrate();
        db.execute("CREATE TABLE fleet.audit (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)");
        MaintenanceCallback both = new MaintenanceCallback(Partitioning.ensurePartitions("audit").column("created_at").interval("day"),
                events());

        assertThatThrownBy(() -> withSessionLock(flyway(db, "fleet", FIRST)).callbacks(both).load().migrate())
                .hasStackTraceContaining("partitionkit: maintenance failed for 1 of 2 table(s)")
                .hasStackTraceContaining("\"fleet\".\"audit\" is not partitioned");
        assertThat(db.value("SELECT obj_description('fleet.events'::regclass, 'pg_class')")).as("events was maintained all the same")
                .startsWith("partitionkit: last successful maintenance ");
    }

    /** A bad setting of the maintenance callback fails migrate before it runs any migration. */
    @Test
    void badCallbackSettingsFailMigrateBeforeAnyMigrationRuns(TestDatabase db) {
        MaintenanceCallback shredding = new MaintenanceCallback(events().retentionMode("shred"));

        assertThatThrownBy(() -> withSessionLock(flyway(db, "shredded", FIRST)).callbacks(shredding).load().migrate())
                .hasStackTraceContaining("retentionMode 'shred' is not one of drop, detach, archive");
        assertThat(db.value("SELECT to_regclass('shredded.events') IS NULL")).as("V1 did not run").isEqualTo("true");
    }

    @Test
    void badSettingsFailMigrateBeforeAnythingChanges(TestDatabase db) {
        db.execute("CREATE SCHEMA refused", "CREATE TABLE refused.audit (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)");
        Map<String, Object> before = SchemaState.of(db, "refused");

        assertThatThrownBy(() -> withSessionLock(flyway(db, "refused", BAD)).baselineOnMigrate(true).load().migrate())
                .isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("convertToRangePartitioned on audit: ")
                .hasStackTraceContaining("interval 'fortnight'")
                .hasStackTraceContaining("strategy 'move' is not one of attach, copy, empty");
        assertThat(SchemaState.of(db, "refused")).as("nothing changed").isEqualTo(before);
    }
}
