package io.partitionkit.it.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A conversion in a changeset that runs in a transaction stops `update` with an explanation before
 * it touches the table. (Bad attribute values: {@link AttributeValuesIT}; unknown attributes: {@link UnknownAttributesIT}.)
 */
@ExtendWith(PostgresExtension.class)
class ConversionValidationIT {

    @Test
    void conversionInsideTheChangesetTransactionIsRefused(TestDatabase db) {
        db.execute("CREATE SCHEMA in_transaction",
                "CREATE TABLE in_transaction.spend_logs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "\"startTime\" timestamptz NOT NULL, spend numeric(12, 4) NOT NULL)",
                "INSERT INTO in_transaction.spend_logs (\"startTime\", spend) "
                        + "SELECT timestamptz '2026-01-01 00:00+00' + i * interval '20 minutes', i / 100.0 "
                        + "FROM generate_series(1, 1000) i");
        Map<String, Object> before = SchemaState.of(db, "in_transaction");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("in-transaction.xml", """
                <changeSet id="partition-in-transaction" author="test">
                    <partition:convertToRangePartitioned schemaName="in_transaction" tableName="spend_logs" column="startTime"
                        interval="day" premake="7"/>
                </changeSet>""");

        assertThatThrownBy(() -> liquibase.update(changelog))
                .hasMessageContaining("runInTransaction=\"false\"")
                .hasMessageContaining("partition-in-transaction");
        assertThat(SchemaState.of(db, "in_transaction")).isEqualTo(before);
        assertThat(LiquibaseRunner.recorded(db, changelog)).isEmpty();
    }
}
