package io.partitionkit.it.bench;

import io.partitionkit.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Retention as LiteLLM ran it before partitioning: delete the expired rows a batch at a time, by
 * primary key, each batch committed on its own (so no transaction holds back VACUUM or blocks
 * writers for long), until none is left; then a plain VACUUM makes the space reusable.
 */
final class BatchedDelete {

    private final TestDatabase db;
    private final String table;
    private final int batchSize;

    BatchedDelete(TestDatabase db, String table, int batchSize) {
        this.db = db;
        this.table = table;
        this.batchSize = batchSize;
    }

    /** Deletes every row whose start_time is before {@code time}; returns how many there were. */
    long deleteBefore(String time) {
        String batch = "DELETE FROM " + table + " WHERE request_id IN (SELECT request_id FROM " + table
                + " WHERE start_time < " + time + " LIMIT " + batchSize + ")";
        long deleted = 0;
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (int rows = statement.executeUpdate(batch); rows > 0; rows = statement.executeUpdate(batch)) {
                deleted += rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return deleted;
    }

    /** A plain VACUUM, as autovacuum would run it: the dead rows' space becomes reusable, little of it returns to the system. */
    void vacuum() {
        db.execute("VACUUM " + table);
    }
}
