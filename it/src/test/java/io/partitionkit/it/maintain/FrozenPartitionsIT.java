package io.partitionkit.it.maintain;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.Step;
import io.partitionkit.core.plan.maintain.MaintenanceOptions;
import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.ReaderDuringLockedSteps;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * freezeColumns on a table partitioned by day and queried by its bigserial id: old partitions get a
 * validated CHECK on their ids, which the planner uses to skip them for a query by id; a row that
 * breaks a frozen bound is refused by PostgreSQL; unfreezing drops exactly partitionkit's
 * constraints; update-sql prints the steps; each step waits for its locks at most lock_timeout.
 *
 * <p>Table {@code t}: partitions {@code t_15} to {@code t_24} (a UTC day of November 2026 each) and
 * {@code t_default}; ten rows a day from the 15th to the 21st, so ids 1-10 are in t_15, 31-40 in t_18.
 * The clock is 2026-11-21 12:00 UTC; with premake 2 nothing is to be created.
 */
@ExtendWith(PostgresExtension.class)
class FrozenPartitionsIT {

    private static final String FROZEN = "freezeColumns=\"id\" freezeAfter=\"2\"";
    private static final Pattern SCANNED = Pattern.compile(" on (\\w+)");

    @Test
    void oldPartitionsGetAValidatedCheckThePlannerUsesAndWritesObey(TestDatabase db) {
        createTable(db, "t");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);

        MaintenanceReport report = Maintenance.update(liquibase, liquibase.xmlChangelog("freeze.xml", changeSet("freeze", "t", FROZEN)))
                .succeeded().report();

        assertThat(report.failed()).as(report.summary()).isFalse();
        assertThat(report.count(MaintenancePlan.Effect.FREEZE)).isEqualTo(5);
        assertThat(report.summary()).contains(", froze 5 partition(s)");
        assertThat(frozenChecks(db, "t")).containsExactly(
                "t_15 t_15_id_frozen CHECK (((id >= '1'::bigint) AND (id <= '10'::bigint))) validated",
                "t_16 t_16_id_frozen CHECK (((id >= '11'::bigint) AND (id <= '20'::bigint))) validated",
                "t_17 t_17_id_frozen CHECK (((id >= '21'::bigint) AND (id <= '30'::bigint))) validated",
                "t_18 t_18_id_frozen CHECK (((id >= '31'::bigint) AND (id <= '40'::bigint))) validated",
                "t_19 t_19_id_frozen CHECK (((id >= '41'::bigint) AND (id <= '50'::bigint))) validated");
        assertThat(db.value("SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conname = 't_18_id_frozen'"))
                .isEqualTo("partitionkit: frozen bounds of column id (ensurePartitions freezeColumns; dropped when the column is no "
                        + "longer listed)");

        // partition pruning cannot skip any partition for an id; the frozen bounds skip every old one but t_18
        assertThat(scanned(db, "SELECT * FROM t WHERE id = 35"))
                .containsExactlyInAnyOrder("t_18", "t_20", "t_21", "t_22", "t_23", "t_24", "t_default");
        assertThat(db.longValue("SELECT count(*) FROM t WHERE id = 35")).isEqualTo(1);

        assertThatThrownBy(() -> db.execute("INSERT INTO t (id, at) VALUES (1000, '2026-11-18 06:00+00')"))
                .hasMessageContaining("new row for relation \"t_18\" violates check constraint \"t_18_id_frozen\"");
        assertThatThrownBy(() -> db.execute("UPDATE t SET id = 1001 WHERE id = 35"))
                .hasMessageContaining("violates check constraint \"t_18_id_frozen\"");

        // a second run finds nothing to do but note its success
        MaintenanceReport again = Maintenance.update(liquibase, liquibase.xmlChangelog("freeze.xml", changeSet("freeze", "t", FROZEN)))
                .succeeded().report();
        assertThat(again.outcomes()).extracting(outcome -> outcome.unit().effect()).containsExactly(MaintenancePlan.Effect.RECORD);
    }

    @Test
    void unfreezingDropsExactlyTheConstraintsPartitionkitAdded(TestDatabase db) {
        createTable(db, "u");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        Maintenance.update(liquibase, liquibase.xmlChangelog("freeze.xml", changeSet("freeze", "u", FROZEN))).succeeded();
        db.execute("ALTER TABLE u_16 ADD CONSTRAINT u_16_id_positive CHECK (id > 0)",
                // the user's own, under partitionkit's name pattern on a partition it did not freeze
                "ALTER TABLE u_20 ADD CONSTRAINT u_20_id_frozen CHECK (id BETWEEN 51 AND 60)");

        MaintenanceReport report = Maintenance.update(liquibase, liquibase.xmlChangelog("unfreeze.xml", changeSet("unfreeze", "u", "")))
                .succeeded().report();

        assertThat(report.count(MaintenancePlan.Effect.UNFREEZE)).as(report.summary()).isEqualTo(5);
        assertThat(db.column("SELECT conrelid::regclass || ' ' || conname FROM pg_constraint WHERE contype = 'c' "
                + "AND conrelid::regclass::text LIKE 'u\\_%' ORDER BY 1")).containsExactly("u_16 u_16_id_positive", "u_20 u_20_id_frozen");
        db.execute("INSERT INTO u (id, at) VALUES (1000, '2026-11-18 06:00+00')");
    }

    @Test
    void columnsThatCannotBeFrozenAreRefusedBeforeAnyStatement(TestDatabase db) {
        createTable(db, "v");
        db.execute("ALTER TABLE v ADD COLUMN doc jsonb");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        List<String> partitions = Partitions.described(db, "v");

        Maintenance.Run run = Maintenance.update(liquibase, liquibase.xmlChangelog("refused.xml",
                changeSet("refused", "v", "premake=\"5\" freezeColumns=\"id,doc,shipped_at\"")));

        assertThat(run.failure()).isNotNull()
                .hasStackTraceContaining("freezeColumns names column 'doc' of type jsonb, whose values have no order a range can bound; freeze columns "
                        + "of type smallint, integer, bigint")
                .hasStackTraceContaining("freezeColumns names column 'shipped_at', which \"public\".\"v\" does not have; its columns are [id, at, note, "
                        + "doc] (names are case-sensitive)");
        assertThat(Partitions.described(db, "v")).as("premake 5 created nothing").isEqualTo(partitions);
        assertThat(frozenChecks(db, "v")).isEmpty();
    }

    @Test
    void updateSqlPrintsTheStepsAndChangesNothing(TestDatabase db) throws SQLException {
        createTable(db, "s");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("sql.xml", changeSet("freeze", "s", FROZEN));

        List<String> printed = PrintedSql.partitionkitStatements(liquibase.updateSql(changelog));

        assertThat(frozenChecks(db, "s")).isEmpty();
        assertThat(printed).isEqualTo(Maintenance.plan(db, options("s", null), NOON).steps().stream().map(Step::statement).toList());
        assertThat(String.join("\n", printed))
                .contains("-- partitionkit: add the frozen bounds of \"public\".\"s_18\" on id (NOT VALID)")
                .contains("ALTER TABLE \"public\".\"s_18\" ADD CONSTRAINT \"s_18_id_frozen\" CHECK (\"id\" >= '31'::bigint AND \"id\" <= "
                        + "'40'::bigint) NOT VALID")
                .contains("-- partitionkit: validate the frozen bounds of \"public\".\"s_18\" on id (scans it)")
                .contains("ALTER TABLE \"public\".\"s_18\" VALIDATE CONSTRAINT \"s_18_id_frozen\"");
    }

    /**
     * Adding a CHECK NOT VALID takes ACCESS EXCLUSIVE on the partition alone, and validating it SHARE
     * UPDATE EXCLUSIVE on the partition alone: the partitioned table and the other partitions are not
     * locked. Each step runs here in a transaction of its own, whose locks pg_locks lists before it ends.
     */
    @Test
    void eachStepLocksOnlyItsPartition(TestDatabase db) throws SQLException {
        createTable(db, "l");
        MaintenancePlan plan = Maintenance.plan(db, options("l", null), NOON);
        MaintenancePlan.Unit unit = plan.units().stream().filter(u -> u.name().contains("\"l_18\"")).findFirst().orElseThrow();

        assertThat(relationLocks(db, unit.steps().get(0), true)).contains("l_18 AccessExclusiveLock").allMatch(lock -> lock.startsWith("l_18 "));
        assertThat(relationLocks(db, unit.steps().get(1), false)).contains("l_18 ShareUpdateExclusiveLock")
                .allMatch(lock -> lock.startsWith("l_18 ")).doesNotContain("l_18 AccessExclusiveLock", "l_18 ShareLock",
                        "l_18 ShareRowExclusiveLock", "l_18 ExclusiveLock");
    }

    /**
     * A transaction that has read an old partition is open when the step adding its frozen bound
     * starts: the step gives up after lock_timeout and retries until the reader commits, and the
     * partition ends frozen. The plan runs as update-sql prints it.
     */
    @Test
    void aReaderOfThePartitionDelaysTheStepWithinLockTimeout(TestDatabase db) {
        createTable(db, "r");
        MaintenancePlan plan = Maintenance.plan(db, options("r", "200ms"), NOON);
        assertThat(plan.steps()).filteredOn(step -> step.lock().blocksApplication()).allMatch(Step::boundedByLockTimeout);

        Set<String> retried = ReaderDuringLockedSteps.runHeldUp(db, new Plan(plan.summary(), plan.steps(), plan.notes()), "r_18");

        assertThat(retried).containsExactly("add the frozen bounds of \"public\".\"r_18\" on id (NOT VALID)");
        assertThat(frozenChecks(db, "r")).hasSize(5).allMatch(check -> check.endsWith(" validated"));
    }

    private static MaintenanceOptions options(String table, String lockTimeout) {
        return MaintenanceOptions.parse(null, table, "at", "day", 2, null, null, null, null, null, null, null, lockTimeout, null, "id", 2, null, null, null);
    }

    /** ensurePartitions of the table, daily, premake 2 unless the attributes say otherwise. */
    private static String changeSet(String id, String table, String attributes) {
        String premake = attributes.contains("premake=") ? "" : "premake=\"2\" ";
        return Maintenance.changeSet(id, "tableName=\"" + table + "\" column=\"at\" interval=\"day\" " + premake + attributes);
    }

    /** Partitions {@code <table>_15} to {@code <table>_24} and DEFAULT; ten rows a day from the 15th to the 21st. */
    private static void createTable(TestDatabase db, String table) {
        db.execute("CREATE TABLE " + table + " (id bigserial NOT NULL, at timestamptz NOT NULL, note text) PARTITION BY RANGE (at)");
        Partitions.createDailyInNovember(db, table, 15, 24);
        db.execute("INSERT INTO " + table + " (at) SELECT timestamptz '2026-11-15 00:00+00' + i * interval '144 minutes' "
                + "FROM generate_series(0, 69) i ORDER BY i");
    }

    /** Each partition's own CHECK constraints: partition, name, definition, and whether it is validated. */
    private static List<String> frozenChecks(TestDatabase db, String table) {
        return db.column("SELECT k.conrelid::regclass || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) || ' ' "
                + "|| CASE WHEN k.convalidated THEN 'validated' ELSE 'not valid' END FROM pg_constraint k "
                + "JOIN pg_inherits i ON i.inhrelid = k.conrelid WHERE i.inhparent = '" + table + "'::regclass AND k.contype = 'c' ORDER BY 1");
    }

    /** The partitions EXPLAIN shows a query scanning. */
    private static Set<String> scanned(TestDatabase db, String query) {
        Set<String> partitions = new TreeSet<>();
        for (String line : db.column("EXPLAIN (COSTS OFF) " + query)) {
            Matcher matcher = SCANNED.matcher(line);
            if (matcher.find()) {
                partitions.add(matcher.group(1));
            }
        }
        return partitions;
    }

    /** The relation locks a step holds when it is done, inside a transaction that is then committed or rolled back. */
    private static List<String> relationLocks(TestDatabase db, Step step, boolean commit) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(step.statement());
            List<String> locks = new ArrayList<>();
            try (var rows = statement.executeQuery("SELECT c.relname || ' ' || l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                    + "WHERE l.pid = pg_backend_pid() AND c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace ORDER BY 1")) {
                while (rows.next()) {
                    locks.add(rows.getString(1));
                }
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return locks;
        }
    }
}
