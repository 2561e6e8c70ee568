package io.partitionkit.it.naming;

import static io.partitionkit.testing.TestClock.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.convert.ConversionOptions;
import io.partitionkit.core.plan.revert.RevertOptions;
import io.partitionkit.it.support.PlanExecutor;
import io.partitionkit.it.support.Plans;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.RowFingerprint;
import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Names with a backslash before a quote, and a percent sign, in a session with
 * standard_conforming_strings off, where a backslash in an ordinary literal escapes the quote after
 * it: a copy conversion and its revert run, every row kept, and the names reach the server's
 * messages as they are.
 */
@ExtendWith(PostgresExtension.class)
class BackslashNamesIT {

    private static final String SCHEMA = "back\\'slash";
    private static final String TABLE = "it's 100% \\'done";
    private static final String KEY = "at\\'";

    @Test
    void aCopyAndItsRevertRunWithStandardConformingStringsOff(TestDatabase db) throws SQLException {
        String table = HostileTable.ident(SCHEMA) + "." + HostileTable.ident(TABLE);
        db.execute("CREATE SCHEMA " + HostileTable.ident(SCHEMA),
                "CREATE TABLE " + table + " (id bigint PRIMARY KEY, " + HostileTable.ident(KEY) + " timestamptz NOT NULL)",
                "INSERT INTO " + table + " SELECT i, timestamptz '2026-11-21 12:00+00' - i * interval '1 hour' FROM generate_series(1, 200) i");
        RowFingerprint rows = db.fingerprint(table);
        List<String> messages = new ArrayList<>();

        try (Connection connection = db.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET standard_conforming_strings = off");
                statement.execute("SET escape_string_warning = off");
            }
            Plan conversion = Plans.conversion(db, ConversionOptions.parse(SCHEMA, TABLE, KEY, "day", 1, "copy", null, null, null, null,
                    50), NOON);
            new PlanExecutor(connection, listener(messages)).execute(conversion);
            assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = " + HostileTable.literal(table) + "::regclass")).isEqualTo("p");
            assertThat(db.fingerprint(table)).isEqualTo(rows);

            Plan revert = Plans.revert(db, RevertOptions.parse(SCHEMA, TABLE, null, 50, null, null));
            new PlanExecutor(connection, listener(messages)).execute(revert);
        }

        assertThat(db.value("SELECT relkind FROM pg_class WHERE oid = " + HostileTable.literal(table) + "::regclass")).isEqualTo("r");
        assertThat(db.fingerprint(table)).isEqualTo(rows);
        assertThat(messages).anySatisfy(message -> assertThat(message).startsWith("partitionkit: copied 200 rows of " + table + " in "));
    }

    private static PlanExecutor.Listener listener(List<String> messages) {
        return new PlanExecutor.Listener() {
            @Override
            public void serverMessage(io.partitionkit.core.plan.Step step, String message) {
                messages.add(message);
            }
        };
    }
}
