package io.partitionkit.example.events;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Writes events. The table is partitioned by created_at; the application neither knows nor cares. */
@Service
public class EventLog {

    private final JdbcClient jdbc;

    public EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event and returns where PostgreSQL stored it. */
    public Recorded record(String kind, OffsetDateTime at) {
        return jdbc.sql("INSERT INTO events (created_at, kind) VALUES (:at, :kind) RETURNING id, tableoid::regclass::text AS partition")
                .param("at", at)
                .param("kind", kind)
                .query((row, n) -> new Recorded(row.getLong("id"), row.getString("partition")))
                .single();
    }

    /** An event's id, and the table or partition that holds it. */
    public record Recorded(long id, String partition) {
    }
}
