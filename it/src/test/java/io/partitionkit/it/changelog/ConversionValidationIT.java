package io.partitionkit.it.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A misconfigured conversion stops `update` with an explanation before it touches the table. */
@ExtendWith(PostgresExtension.class)
class ConversionValidationIT {

    private final TestDatabase db;
    private final LiquibaseRunner liquibase;

    ConversionValidationIT(TestDatabase db) {
        this.db = db;
        this.liquibase = new LiquibaseRunner(db);
    }

    @Test
    void conversionInsideTheChangesetTransactionIsRefused() {
        String schema = spendLogsIn("in_transaction");
        TableState before = state(schema);
        String changelog = liquibase.xmlChangelog("in-transaction.xml", """
                <changeSet id="partition-in-transaction" author="test">
                    <partition:convertToRangePartitioned schemaName="%s" tableName="spend_logs" column="startTime"
                        interval="day" premake="7"/>
                </changeSet>""".formatted(schema));

        assertThatThrownBy(() -> liquibase.update(changelog))
                .hasMessageContaining("runInTransaction=\"false\"")
                .hasMessageContaining("partition-in-transaction");
        assertUnchanged(schema, before);
    }

    @Test
    void unknownIntervalIsRefusedNamingWhatIsAccepted() {
        String schema = spendLogsIn("fortnight");
        TableState before = state(schema);
        String changelog = liquibase.xmlChangelog("fortnight.xml", """
                <changeSet id="partition-by-fortnight" author="test" runInTransaction="false">
                    <partition:convertToRangePartitioned schemaName="%s" tableName="spend_logs" column="startTime"
                        interval="fortnight" premake="7"/>
                </changeSet>""".formatted(schema));

        assertThatThrownBy(() -> liquibase.update(changelog))
                .hasMessageContaining("interval 'fortnight'")
                .hasMessageContaining("hour, day, week, month, quarter, year")
                .hasMessageContaining("positive whole number");
        assertUnchanged(schema, before);
    }

    /** A spend log with about two weeks of rows, in a schema of its own so the tests cannot see each other's tables. */
    private String spendLogsIn(String schema) {
        db.execute("CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".spend_logs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "\"startTime\" timestamptz NOT NULL, spend numeric(12, 4) NOT NULL)",
                "CREATE INDEX ON " + schema + ".spend_logs (\"startTime\")",
                "INSERT INTO " + schema + ".spend_logs (\"startTime\", spend) "
                        + "SELECT timestamptz '2026-01-01 00:00+00' + i * interval '20 minutes', i / 100.0 "
                        + "FROM generate_series(1, 1000) i");
        return schema;
    }

    private void assertUnchanged(String schema, TableState before) {
        TableState after = state(schema);
        assertThat(after.kind()).as("relkind of " + schema + ".spend_logs: still a plain table").isEqualTo("r");
        assertThat(after).isEqualTo(before);
    }

    /** The table's kind (r = plain, p = partitioned), every relation in its schema, and its rows. */
    private TableState state(String schema) {
        return new TableState(
                db.value("SELECT relkind FROM pg_class WHERE oid = '" + schema + ".spend_logs'::regclass"),
                db.column("SELECT relname || ':' || relkind::text FROM pg_class WHERE relnamespace = '" + schema
                        + "'::regnamespace ORDER BY relname"),
                db.fingerprint(schema + ".spend_logs"));
    }

    private record TableState(String kind, List<String> relations, RowFingerprint rows) {
    }
}
