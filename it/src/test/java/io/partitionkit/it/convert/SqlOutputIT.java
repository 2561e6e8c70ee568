package io.partitionkit.it.convert;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * update-sql and rollback-sql print exactly what update and rollback run, and producing them
 * changes nothing in the database (Liquibase generates statements several times per run).
 */
@ExtendWith(PostgresExtension.class)
class SqlOutputIT {

    @Test
    void updateSqlPrintsExactlyTheStatementsUpdateRunsAndChangesNothing(TestDatabase db) {
        db.execute("CREATE TABLE spend (id bigint PRIMARY KEY, \"startTime\" timestamp(3) NOT NULL, spend numeric)",
                "INSERT INTO spend SELECT i, timestamp '2026-11-01' + i * interval '1 minute', i FROM generate_series(1, 2000) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("sql.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned tableName="spend" column="startTime" interval="week" premake="2"/>
                </changeSet>""");
        Map<String, Object> before = CatalogDiff.properties(db, "public", "spend");

        List<String> printed = PrintedSql.partitionkitStatements(liquibase.updateSql(changelog));
        assertThat(CatalogDiff.properties(db, "public", "spend")).as("update-sql changed nothing").isEqualTo(before);
        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = 'spend'::regclass")).isEqualTo("r");

        List<String> ran = liquibase.updateRecordingSql(changelog).stream().filter(sql -> sql.startsWith("-- partitionkit: ")).toList();
        assertThat(ran).hasSize(6).isEqualTo(printed);
        assertThat(printed.get(0)).contains("CREATE UNIQUE INDEX CONCURRENTLY \"spend_partition_pkey\"");
        assertThat(printed.get(1)).contains("CREATE UNIQUE INDEX CONCURRENTLY \"spend_revert_pkey\"");
        assertThat(printed.get(4)).contains("ATTACH PARTITION \"public\".\"spend_legacy\" FOR VALUES FROM (MINVALUE) TO ('2026-11-23 00:00:00')");
    }

    @Test
    void rollbackSqlPrintsTheRevertAndChangesNothing(TestDatabase db) {
        db.execute("CREATE SCHEMA rb", "CREATE TABLE rb.spend (id bigint PRIMARY KEY, at timestamptz NOT NULL)",
                "INSERT INTO rb.spend SELECT i, timestamptz '2026-11-20 00:00+00' + i * interval '1 second' FROM generate_series(1, 500) i");
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("rollback-sql.xml", """
                <changeSet id="convert" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="rb" tableName="spend" column="at" interval="day"/>
                </changeSet>""");
        liquibase.update(changelog);
        Map<String, Object> partitioned = CatalogDiff.properties(db, "rb", "spend");

        String output = liquibase.rollbackCountSql(changelog, 1);

        assertThat(CatalogDiff.properties(db, "rb", "spend")).as("rollback-sql changed nothing").isEqualTo(partitioned);
        List<String> steps = PrintedSql.partitionkitStatements(output).stream().map(sql -> sql.lines().findFirst().orElseThrow()).toList();
        assertThat(steps).first().asString().startsWith("-- partitionkit: revert \"rb\".\"spend\" to a plain table in place: its legacy "
                + "partition \"rb\".\"spend_legacy\"");
        assertThat(steps).anyMatch(step -> step.startsWith("-- partitionkit: make \"rb\".\"spend_legacy\" the DEFAULT partition"))
                .anyMatch(step -> step.startsWith("-- partitionkit: move the rows of \"rb\".\"spend_p20261123\""))
                .anyMatch(step -> step.startsWith("-- partitionkit: switch \"rb\".\"spend\" back to a plain table"));
        assertThat(output).contains("DELETE FROM public.databasechangelog");
    }
}
