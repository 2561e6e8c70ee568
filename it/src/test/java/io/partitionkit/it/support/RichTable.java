package io.partitionkit.it.support;

/**
 * A table carrying every property a conversion must keep: identity and serial columns, a collation,
 * a generated column, defaults, CHECKs (one NOT VALID), a primary key, unique constraints, partial,
 * expression and BRIN indexes, foreign keys out and in, row and statement triggers (one disabled),
 * row-level security with a policy, an owner, table and column grants, comments on everything,
 * storage parameters, replica identity, a publication and a view. On PostgreSQL 17+ also an
 * exclusion constraint.
 */
public final class RichTable {

    public static final String TABLE = "events";
    public static final String KEY = "created_at";
    public static final int ROWS = 3000;

    private RichTable() {
    }

    public static void create(TestDatabase db) {
        db.execute(
                role("pk_owner"), role("pk_app"), role("pk_reader"),
                "CREATE TABLE tenants (id int PRIMARY KEY)",
                "INSERT INTO tenants SELECT generate_series(1, 10)",
                """
                CREATE TABLE events (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    tenant_id int NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
                    amount numeric(12,2) NOT NULL DEFAULT 0 CONSTRAINT events_amount_nonnegative CHECK (amount >= 0),
                    note text COLLATE "C",
                    doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
                    seq_no bigserial,
                    code varchar(20) NOT NULL DEFAULT 'none',
                    payload jsonb,
                    CONSTRAINT events_id_created_key UNIQUE (id, created_at)
                ) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_enabled = false)""",
                "ALTER TABLE events ADD CONSTRAINT events_code_short CHECK (length(code) < 10) NOT VALID",
                "CREATE INDEX events_tenant_big_idx ON events (tenant_id) WHERE amount > 100",
                "CREATE INDEX events_note_lower_idx ON events (lower(note))",
                "CREATE INDEX events_created_brin ON events USING brin (created_at)",
                """
                CREATE TABLE event_notes (
                    id serial PRIMARY KEY,
                    event_id bigint NOT NULL,
                    event_created_at timestamptz NOT NULL,
                    CONSTRAINT event_notes_event_fk FOREIGN KEY (event_id, event_created_at) REFERENCES events (id, created_at)
                )""",
                """
                CREATE FUNCTION events_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.payload := coalesce(NEW.payload, '{}'::jsonb) || '{"stamped": true}'::jsonb; RETURN NEW; END $$""",
                "CREATE FUNCTION events_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
                "CREATE TRIGGER events_stamp BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_stamp()",
                "CREATE TRIGGER events_audit AFTER UPDATE OF note ON events FOR EACH STATEMENT EXECUTE FUNCTION events_audit()",
                "CREATE TRIGGER events_disabled BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_stamp()",
                "ALTER TABLE events DISABLE TRIGGER events_disabled",
                "ALTER TABLE events ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE events FORCE ROW LEVEL SECURITY",
                "CREATE POLICY events_tenant_policy ON events FOR SELECT TO pk_app USING (tenant_id < 100)",
                "ALTER TABLE events OWNER TO pk_owner",
                "GRANT SELECT, INSERT ON events TO pk_app",
                "GRANT UPDATE (note) ON events TO pk_app",
                "GRANT SELECT ON events TO pk_reader WITH GRANT OPTION",
                "COMMENT ON TABLE events IS 'every property'",
                "COMMENT ON COLUMN events.note IS 'free text'",
                "COMMENT ON CONSTRAINT events_pkey ON events IS 'the key'",
                "COMMENT ON CONSTRAINT events_id_created_key ON events IS 'referenced by notes'",
                "COMMENT ON INDEX events_note_lower_idx IS 'case-insensitive'",
                "COMMENT ON TRIGGER events_stamp ON events IS 'stamps'",
                "COMMENT ON POLICY events_tenant_policy ON events IS 'tenants'",
                "ALTER TABLE events REPLICA IDENTITY FULL",
                // PostgreSQL 18 refuses updates when replica identity FULL includes an unpublished generated column.
                db.server().majorVersion() >= 18
                        ? "CREATE PUBLICATION events_pub FOR TABLE events WITH (publish_generated_columns = stored)"
                        : "CREATE PUBLICATION events_pub FOR TABLE events",
                "CREATE VIEW recent_events AS SELECT id, tenant_id, amount FROM events WHERE created_at > now() - interval '1 day'",
                """
                INSERT INTO events (created_at, tenant_id, amount, note, code, payload)
                SELECT timestamptz '2026-11-21 12:00:00+00' - (i || ' minutes')::interval * 4, 1 + i % 10, (i % 500)::numeric,
                       CASE WHEN i % 3 = 0 THEN 'Note ' || i END, 'c' || (i % 7), jsonb_build_object('i', i)
                FROM generate_series(1, 3000) i""",
                "INSERT INTO event_notes (event_id, event_created_at) SELECT id, created_at FROM events WHERE id % 100 = 0");
        if (db.server().majorVersion() >= 17) {
            db.execute("ALTER TABLE events ADD CONSTRAINT events_no_twins EXCLUDE USING btree (id WITH =, created_at WITH =)");
        }
    }

    private static String role(String name) {
        return "DO $$ BEGIN CREATE ROLE " + name + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$";
    }
}
