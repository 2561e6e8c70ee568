package io.partitionkit.it.flyway.first;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** The application's events table before partitioning: ten days of rows up to now. */
public class V1__Create_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, payload text)");
            statement.execute("INSERT INTO events SELECT i, now() - i * interval '10 days' / 5000, md5(i::text) "
                    + "FROM generate_series(1, 5000) i");
        }
    }
}
