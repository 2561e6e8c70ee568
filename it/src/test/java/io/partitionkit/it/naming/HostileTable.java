package io.partitionkit.it.naming;

import io.partitionkit.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table whose every name tries to break the SQL built around it: double quotes, spaces, mixed
 * case, accented Latin, Japanese and emoji, line breaks, the words {@code ON} and {@code USING} that
 * naive parsing of {@code pg_get_indexdef} and {@code pg_get_triggerdef} splits on, text that reads
 * like partitionkit's own notices, and SQL-injection text aimed at the table {@value #VICTIM}. It has a primary key, a unique key with the partition
 * key (its replica identity), a CHECK, partial, expression and BRIN indexes, identity and serial
 * columns, a foreign key out and one in, a trigger, a policy for a role with grants, comments, a
 * publication and a view, all with such names.
 */
public final class HostileTable {

    static final String SCHEMA = "Schéma \"S\" ON x; DROP SCHEMA public CASCADE; --";
    static final String TABLE = "partitionkit: moved 9 rows; 9 remain \"O\" 注文";
    static final String KEY = "créé le \"at\" USING now()";
    static final String ID = "id\n(a), DEFERRABLE b USING c";
    static final String NOTE = "x\"; DROP TABLE victim; --";
    static final String AMOUNT = "'); DROP TABLE victim; --";
    static final String TENANT = "tenant ON \"t\"";
    static final String PARENT = "Tenants 'T' ON t USING u";
    static final String CHILD = "Notes \"N\"\r; DROP TABLE victim; --";
    static final String VIEW = "view \"V\" ON w USING v";
    static final String TRIGGER = "trg ON t USING u\n x";
    static final String POLICY = "pol'); DROP TABLE victim; --";
    static final String FOREIGN_KEY_IN = "fk\n; DROP TABLE victim; --";
    static final String ROLE = "app \"role\"; DROP TABLE victim; --";
    static final String VICTIM = "victim";
    static final int ROWS = 300;

    private static final List<String> ALL = List.of(SCHEMA, TABLE, KEY, ID, NOTE, AMOUNT, TENANT, PARENT, CHILD, VIEW,
            TRIGGER, POLICY, FOREIGN_KEY_IN, ROLE);

    private HostileTable() {
    }

    /** The table in its schema, quoted for SQL. */
    static String table() {
        return qualified(TABLE);
    }

    static String qualified(String name) {
        return ident(SCHEMA) + "." + ident(name);
    }

    /** A double-quoted identifier, written here independently of the product's own quoting. */
    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Text for an XML attribute value in double quotes, line breaks kept. */
    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;");
    }

    /** The attributes naming the table and its key, as a changeset writes them. */
    public static String tableAttributes() {
        return "schemaName=\"" + xml(SCHEMA) + "\" tableName=\"" + xml(TABLE) + "\" column=\"" + xml(KEY) + "\"";
    }

    /**
     * Creates the table with {@value #ROWS} rows from 2026-11-01 to 2026-11-21 (UTC), the table it
     * references and the one referencing it, and the table the injections aim at.
     */
    public static void create(TestDatabase db) {
        ALL.forEach(name -> {
            if (name.getBytes(StandardCharsets.UTF_8).length > 63) {
                throw new IllegalStateException("not a PostgreSQL name: " + name);
            }
        });
        String t = table();
        String key = ident(KEY);
        String id = ident(ID);
        String note = ident(NOTE);
        String amount = ident(AMOUNT);
        String tenant = ident(TENANT);
        db.execute(
                "CREATE TABLE " + VICTIM + " (id int)",
                "DO $$ BEGIN CREATE ROLE " + ident(ROLE) + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "CREATE SCHEMA " + ident(SCHEMA),
                "CREATE TABLE " + qualified(PARENT) + " (" + tenant + " int PRIMARY KEY)",
                "INSERT INTO " + qualified(PARENT) + " SELECT generate_series(1, 5)",
                "CREATE TABLE " + t + " ("
                        + id + " bigint GENERATED ALWAYS AS IDENTITY, "
                        + key + " timestamptz NOT NULL, "
                        + tenant + " int NOT NULL, "
                        + amount + " numeric(12,2) NOT NULL DEFAULT 0, "
                        + note + " text, "
                        + ident("n° ON s USING q") + " bigserial, "
                        + "CONSTRAINT " + ident("pk \"名前\" ON p USING q") + " PRIMARY KEY (" + id + "), "
                        + "CONSTRAINT " + ident("u ON v USING w \"q\"") + " UNIQUE (" + id + ", " + key + "), "
                        + "CONSTRAINT " + ident("chk 'USING' ON (amount >= 0)") + " CHECK (" + amount + " >= 0), "
                        + "CONSTRAINT " + ident("fk ON \"tenants\" USING x") + " FOREIGN KEY (" + tenant + ") REFERENCES "
                        + qualified(PARENT) + " (" + tenant + "))",
                "CREATE INDEX " + ident("x ON y USING z") + " ON " + t + " (" + amount + ") WHERE " + note + " <> ' ON a USING b'",
                "CREATE INDEX " + ident("idx\r; DROP TABLE victim; --") + " ON " + t + " (lower(" + note + "))",
                "CREATE INDEX " + ident("brin USING \"k\" ON") + " ON " + t + " USING brin (" + key + ")",
                "CREATE TABLE " + qualified(CHILD) + " (" + ident("n id") + " serial PRIMARY KEY, " + ident("order id") + " bigint NOT NULL, "
                        + ident("order at") + " timestamptz NOT NULL, CONSTRAINT " + ident(FOREIGN_KEY_IN) + " FOREIGN KEY ("
                        + ident("order id") + ", " + ident("order at") + ") REFERENCES " + t + " (" + id + ", " + key + "))",
                "CREATE FUNCTION " + qualified("fn \"trg\"(); DROP TABLE victim; --") + "() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        + "BEGIN NEW." + note + " := coalesce(NEW." + note + ", 'stamped ON x USING y'); RETURN NEW; END $$",
                "CREATE TRIGGER " + ident(TRIGGER) + " BEFORE INSERT ON " + t + " FOR EACH ROW EXECUTE FUNCTION "
                        + qualified("fn \"trg\"(); DROP TABLE victim; --") + "()",
                "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY " + ident(POLICY) + " ON " + t + " FOR SELECT TO " + ident(ROLE) + " USING (" + tenant + " < 100)",
                "GRANT SELECT, INSERT ON " + t + " TO " + ident(ROLE),
                "GRANT UPDATE (" + note + ") ON " + t + " TO " + ident(ROLE),
                "COMMENT ON TABLE " + t + " IS '''); DROP TABLE victim; --'",
                "COMMENT ON COLUMN " + t + "." + note + " IS 'a USING b ON c'",
                "COMMENT ON CONSTRAINT " + ident("u ON v USING w \"q\"") + " ON " + t + " IS '$$; DROP TABLE victim; --'",
                "ALTER TABLE " + t + " REPLICA IDENTITY USING INDEX " + ident("u ON v USING w \"q\""),
                "CREATE PUBLICATION " + ident("pub \"P\" ON t; --") + " FOR TABLE " + t,
                "COMMENT ON INDEX " + qualified("x ON y USING z") + " IS 'USING ON'",
                "CREATE VIEW " + qualified(VIEW) + " AS SELECT " + id + ", " + key + ", " + amount + " FROM " + t,
                "INSERT INTO " + t + " (" + key + ", " + tenant + ", " + amount + ", " + note + ") "
                        + "SELECT timestamptz '2026-11-21 06:00:00+00' - i * interval '97 minutes', 1 + i % 5, i % 50, "
                        + "CASE WHEN i % 3 = 0 THEN 'note ' || i END FROM generate_series(1, " + ROWS + ") i",
                "INSERT INTO " + qualified(CHILD) + " (" + ident("order id") + ", " + ident("order at") + ") SELECT " + id + ", " + key
                        + " FROM " + t + " WHERE " + id + " % 10 = 0");
    }

    /** Name and bound of each partition of the table, by name. */
    static List<String> partitions(TestDatabase db) {
        return db.column("SELECT c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i "
                + "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = " + literal(table()) + "::regclass ORDER BY 1");
    }

    /** A string literal, written here independently of the product's own quoting. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Whether the table the injections aim at is still there. */
    static boolean victimExists(TestDatabase db) {
        return db.value("SELECT to_regclass('public." + VICTIM + "') IS NOT NULL").equals("true");
    }
}
