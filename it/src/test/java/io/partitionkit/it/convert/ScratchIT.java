package io.partitionkit.it.convert;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ScratchIT {
    @Test
    void scratch(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), payload text)",
                "CREATE INDEX events_created_idx ON events (created_at)",
                "CREATE VIEW recent_events AS SELECT id, payload FROM events WHERE created_at > now() - interval '1 day'",
                "INSERT INTO events (created_at, payload) SELECT now() - (i || ' minutes')::interval, 'x' || i FROM generate_series(1, 5000) i");
        var before = db.fingerprint("events");
        System.out.println(before);
        LiquibaseRunner lb = new LiquibaseRunner(db);
        String cl = lb.xmlChangelog("c.xml", """
            <changeSet id="1" author="t" runInTransaction="false">
              <partition:convertToRangePartitioned tableName="events" column="created_at" interval="day" premake="3"/>
            </changeSet>""");
        System.out.println(lb.updateSql(cl));
        lb.update(cl);
        System.out.println(db.fingerprint("events"));
        db.execute("INSERT INTO events (payload) VALUES ('new')");
        System.out.println(db.rows("SELECT tableoid::regclass, id FROM events WHERE payload = 'new'"));
        System.out.println(lb.rollbackCountSql(cl, 1));
        lb.rollbackCount(cl, 1);
        System.out.println(db.fingerprint("events"));
        System.out.println(db.rows("SELECT relname, relkind FROM pg_class WHERE relnamespace = 'public'::regnamespace ORDER BY 1"));
        db.execute("INSERT INTO events (payload) VALUES ('new2')");
        System.out.println(db.rows("SELECT id, payload FROM events WHERE payload like 'new%'"));
        System.out.println(db.rows("SELECT count(*) FROM recent_events"));
    }
}
