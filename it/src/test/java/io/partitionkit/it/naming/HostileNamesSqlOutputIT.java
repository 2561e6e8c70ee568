package io.partitionkit.it.naming;

import static io.partitionkit.it.naming.HostileTable.KEY;
import static io.partitionkit.it.naming.HostileTable.SCHEMA;
import static io.partitionkit.it.naming.HostileTable.TABLE;
import static io.partitionkit.it.naming.HostileTable.TENANT;
import static io.partitionkit.it.naming.HostileTable.ident;
import static io.partitionkit.it.naming.HostileTable.table;
import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.it.support.CatalogDiff;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.PrintedSql;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What update-sql and rollback-sql print for the {@link HostileTable} runs as it is, statement by
 * statement, and does what update and rollback do; and a refusal names the table as it is.
 */
@ExtendWith(PostgresExtension.class)
class HostileNamesSqlOutputIT {

    private static final String CONVERSION = """
            <changeSet id="convert" author="test" runInTransaction="false">
              <partition:convertToRangePartitioned %s interval="day" premake="3"/>
            </changeSet>""".formatted(HostileTable.tableAttributes());

    @Test
    void thePrintedConversionAndRollbackRunAsTheyAreAndDoWhatUpdateAndRollbackDo(TestDatabase db) throws SQLException {
        HostileTable.create(db);
        TestDatabase twin = db.server().createDatabase(db.name() + "_twin");
        HostileTable.create(twin);
        Map<String, Object> original = CatalogDiff.properties(db, SCHEMA, TABLE);
        RowFingerprint rows = db.fingerprint(table());
        LiquibaseRunner liquibase = new LiquibaseRunner(db).withClock(NOON);
        String changelog = liquibase.xmlChangelog("hostile-sql.xml", CONVERSION);

        assertThat(PrintedSql.runAsPrinted(twin, liquibase.updateSql(changelog))).isNotEmpty();
        liquibase.update(changelog);

        assertThat(CatalogDiff.properties(twin, SCHEMA, TABLE)).isEqualTo(CatalogDiff.properties(db, SCHEMA, TABLE))
                .isNotEqualTo(original);
        assertThat(HostileTable.partitions(twin)).isEqualTo(HostileTable.partitions(db)).hasSize(4);
        assertThat(twin.fingerprint(table())).isEqualTo(db.fingerprint(table())).isEqualTo(rows);

        assertThat(PrintedSql.runAsPrinted(twin, liquibase.rollbackCountSql(changelog, 1))).isNotEmpty();
        liquibase.rollbackCount(changelog, 1);

        assertThat(CatalogDiff.properties(twin, SCHEMA, TABLE)).isEqualTo(CatalogDiff.properties(db, SCHEMA, TABLE))
                .isEqualTo(original);
        assertThat(twin.fingerprint(table())).isEqualTo(db.fingerprint(table())).isEqualTo(rows);
        assertThat(HostileTable.victimExists(db)).isTrue();
        assertThat(HostileTable.victimExists(twin)).isTrue();
    }

    @Test
    void rowsBeyondTheBoundaryStopTheConversionWithAMessageNamingTheTableAsItIs(TestDatabase db) {
        TestDatabase future = db.server().createDatabase(db.name() + "_future");
        HostileTable.create(future);
        future.execute("INSERT INTO " + table() + " (" + ident(KEY) + ", " + ident(TENANT) + ") VALUES ('2027-01-01 00:00+00', 1)");
        RowFingerprint rows = future.fingerprint(table());
        LiquibaseRunner liquibase = new LiquibaseRunner(future).withClock(NOON);

        assertThatThrownBy(() -> liquibase.update(liquibase.xmlChangelog("hostile-future.xml", CONVERSION)))
                .hasMessageContaining("partitionkit: " + new QualifiedName(SCHEMA, TABLE) + " has rows with " + KEY
                        + " up to 2027-01-01 00:00:00+00 at or beyond the conversion boundary '2026-11-23 00:00:00+00:00'");
        assertThat(future.value("SELECT relkind FROM pg_class WHERE oid = " + HostileTable.literal(table()) + "::regclass")).isEqualTo("r");
        assertThat(future.fingerprint(table())).isEqualTo(rows);
        assertThat(HostileTable.victimExists(future)).isTrue();
    }
}
