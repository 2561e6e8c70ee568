package io.partitionkit.it.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables that cannot be converted as asked: each is refused before any DDL, with a message naming
 * the object and what would be accepted, and the schema is left exactly as it was.
 */
@ExtendWith(PostgresExtension.class)
class ConversionRefusalsIT {

    private static final String PLAIN = "CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, amount int)";

    /** One refused conversion: the schema it starts from, the change's attributes, what the message must say. */
    record Case(String name, List<String> setup, String attributes, List<String> message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> refusals() {
        return Stream.of(
                new Case("missing table", List.of(), "tableName=\"nope\" column=\"created_at\" interval=\"day\"",
                        List.of("tableName 'nope' names no table in schemaName '", "names are case-sensitive")),
                new Case("missing column", List.of(PLAIN), "tableName=\"t\" column=\"createdAt\" interval=\"day\"",
                        List.of("column 'createdAt' does not exist", "[id, created_at, amount]")),
                new Case("key of an unsupported type", List.of("CREATE TABLE t (id bigint PRIMARY KEY, k text NOT NULL)"),
                        "tableName=\"t\" column=\"k\" interval=\"day\"",
                        List.of("column 'k' has type text", "date, timestamp, timestamptz, smallint, integer, bigint, "
                                + "or uuid holding UUIDv7 (keyEncoding uuidv7)")),
                new Case("key of type numeric", List.of("CREATE TABLE t (id bigint PRIMARY KEY, k numeric(12, 2) NOT NULL)"),
                        "tableName=\"t\" column=\"k\" interval=\"1000\"",
                        List.of("column 'k' has type numeric(12,2)", "date, timestamp, timestamptz, smallint, integer, bigint, "
                                + "or uuid holding UUIDv7 (keyEncoding uuidv7)")),
                new Case("key of type uuid", List.of("CREATE TABLE t (id uuid PRIMARY KEY)"),
                        "tableName=\"t\" column=\"id\" interval=\"day\"",
                        List.of("column 'id' has type uuid: partitionkit cuts a uuid key only by the time UUIDv7 keys hold",
                                "set keyEncoding 'uuidv7' if its values are UUIDv7")),
                new Case("a whole number on a timestamp", List.of(PLAIN),
                        "tableName=\"t\" column=\"created_at\" interval=\"1000\"",
                        List.of("interval '1000' does not fit column 'created_at' of type timestamp with time zone",
                                "hour, day, week, month, quarter or year")),
                new Case("a width beyond a smallint", List.of("CREATE TABLE t (id smallint PRIMARY KEY)"),
                        "tableName=\"t\" column=\"id\" interval=\"40000\"",
                        List.of("interval '40000' does not fit column 'id' of type smallint", "a whole number from 1 to 32767")),
                new Case("hourly partitions of a date", List.of("CREATE TABLE t (id bigint PRIMARY KEY, d date NOT NULL)"),
                        "tableName=\"t\" column=\"d\" interval=\"hour\"",
                        List.of("interval 'hour' does not fit column 'd' of type date", "day, week, month, quarter or year")),
                new Case("calendar partitions of an integer", List.of("CREATE TABLE t (id bigint PRIMARY KEY)"),
                        "tableName=\"t\" column=\"id\" interval=\"day\"",
                        List.of("interval 'day' does not fit column 'id' of type bigint", "a whole number from 1 to")),
                new Case("key holding NULLs", List.of("CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz)",
                        "INSERT INTO t VALUES (1, NULL), (2, now())"), "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("column 'created_at' holds NULLs", "declare the column NOT NULL")),
                new Case("nullable key without NULLs", List.of("CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz)",
                        "INSERT INTO t VALUES (1, now())"), "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("column 'created_at' is nullable; declare it NOT NULL first", "VALIDATE CONSTRAINT", "SET NOT NULL")),
                new Case("no primary key", List.of("CREATE TABLE t (id bigint, created_at timestamptz NOT NULL)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("\"public\".\"t\" has no primary key; add one first")),
                new Case("deferrable primary key", List.of(
                        "CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY DEFERRABLE, created_at timestamptz NOT NULL)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("primary key t_pkey is DEFERRABLE")),
                new Case("unique constraint without the key", List.of(PLAIN, "ALTER TABLE t ADD CONSTRAINT t_amount_key UNIQUE (amount)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("unique constraint t_amount_key on [amount] does not include the partition key 'created_at'",
                                "Add 'created_at' to it or drop it first")),
                new Case("unique index without the key", List.of(PLAIN, "CREATE UNIQUE INDEX t_amount_uq ON t (amount)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("unique index t_amount_uq does not include the partition key 'created_at'")),
                new Case("foreign key into the table without the key", List.of(PLAIN,
                        "CREATE TABLE child (id int PRIMARY KEY, t_id bigint REFERENCES t (id))"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("foreign key child_t_id_fkey of \"public\".\"child\" references [id]",
                                "must reference a unique key that includes the partition key")),
                new Case("foreign key into the table with strategy empty", List.of(PLAIN,
                        "ALTER TABLE t ADD CONSTRAINT t_id_created_key UNIQUE (id, created_at)",
                        "CREATE TABLE child (id int PRIMARY KEY, t_id bigint, t_at timestamptz, FOREIGN KEY (t_id, t_at) REFERENCES t (id, created_at))"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\" strategy=\"empty\"",
                        List.of("with strategy empty the referenced rows stay in the legacy table", "Use strategy attach")),
                new Case("foreign key out of the table not yet valid", List.of("CREATE TABLE parent (id int PRIMARY KEY)", PLAIN,
                        "ALTER TABLE t ADD CONSTRAINT t_parent_fk FOREIGN KEY (amount) REFERENCES parent (id) NOT VALID"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("foreign key t_parent_fk is NOT VALID", "VALIDATE CONSTRAINT \"t_parent_fk\"")),
                new Case("row trigger with transition tables", List.of(PLAIN,
                        "CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
                        "CREATE TRIGGER t_noop AFTER INSERT ON t REFERENCING NEW TABLE AS added FOR EACH ROW EXECUTE FUNCTION noop()"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("trigger t_noop is a row-level trigger with transition tables")),
                new Case("materialized view over the table", List.of(PLAIN, "CREATE MATERIALIZED VIEW t_totals AS SELECT count(*) FROM t"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("materialized view ", ".t_totals depends on \"public\".\"t\"", "drop it before converting")),
                new Case("function with an SQL-standard body reading the table", List.of(PLAIN,
                        "CREATE FUNCTION t_total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(amount) FROM t; END"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("function ", "t_total() depends on \"public\".\"t\"")),
                new Case("the row type used elsewhere", List.of(PLAIN, "CREATE TABLE t_archive (item t)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("column item of table ", "t_archive depends on \"public\".\"t\"")),
                new Case("rule on the table", List.of(PLAIN, "CREATE RULE t_quiet AS ON DELETE TO t DO INSTEAD NOTHING"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("rule t_quiet on the table depends on \"public\".\"t\"")),
                new Case("invalid index", List.of(PLAIN, "CREATE INDEX t_amount_idx ON t (amount)",
                        // What an interrupted CREATE INDEX CONCURRENTLY leaves behind.
                        "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 't_amount_idx'::regclass"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("index t_amount_idx is invalid", "drop it or REINDEX it first")),
                new Case("typed table", List.of("CREATE TYPE t_row AS (id bigint, created_at timestamptz)",
                        "CREATE TABLE t OF t_row (PRIMARY KEY (id), created_at WITH OPTIONS NOT NULL)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("is a typed table", "ALTER TABLE ... NOT OF")),
                new Case("inheritance child", List.of("CREATE TABLE base (id bigint, created_at timestamptz NOT NULL)",
                        "CREATE TABLE t (PRIMARY KEY (id)) INHERITS (base)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("takes part in table inheritance (INHERITS)")),
                new Case("inheritance set: a child off the grid, overlapping children, a child without a range", List.of("CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                        "CREATE TABLE t_1 (CHECK (created_at >= '2026-11-01 00:00+00' AND created_at < '2026-11-02 00:00+00')) INHERITS (t)",
                        "CREATE TABLE t_2 (CHECK (created_at >= '2026-11-01 12:00+00' AND created_at < '2026-11-02 12:00+00')) INHERITS (t)",
                        "CREATE TABLE t_3 (CHECK (created_at >= '2026-11-01 00:00+00' AND created_at < '2026-11-03 00:00+00')) INHERITS (t)",
                        "CREATE TABLE t_4 () INHERITS (t)",
                        "CREATE TABLE t_5 (CHECK (created_at >= '2026-11-01 00:00+00' AND created_at < '2026-11-02 00:00+00')) INHERITS (t)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("\"public\".\"t_2\" holds \"created_at\" to ['2026-11-01 12:00:00+00:00', '2026-11-02 12:00:00+00:00'), which does "
                                        + "not start and end on day boundaries",
                                "\"public\".\"t_3\" holds \"created_at\" to ['2026-11-01 00:00:00+00:00', '2026-11-03 00:00:00+00:00'), which is "
                                        + "not one day",
                                "\"public\".\"t_4\" has no CHECK holding \"created_at\" to one range",
                                "\"public\".\"t_1\" and \"public\".\"t_5\" overlap")),
                new Case("inheritance set: a child with a column of its own and another owner", List.of("CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                        "CREATE TABLE t_1 (CHECK (created_at >= '2026-11-01 00:00+00' AND created_at < '2026-11-02 00:00+00')) INHERITS (t)",
                        "DO $$BEGIN CREATE ROLE refusals_other; EXCEPTION WHEN duplicate_object THEN NULL; END$$", "CREATE TABLE t_2 (note text, CHECK (created_at >= '2026-11-02 00:00+00' "
                                + "AND created_at < '2026-11-03 00:00+00')) INHERITS (t)",
                        "ALTER TABLE t_2 OWNER TO refusals_other"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("\"public\".\"t_2\" has column note, which \"public\".\"t\" lacks",
                                "\"public\".\"t_2\" is owned by refusals_other, not by")),
                new Case("inheritance set: strategy copy, and a foreign key of the parent", List.of("CREATE TABLE account (id int PRIMARY KEY)",
                        "CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                        "CREATE TABLE t_1 (CHECK (created_at >= '2026-11-01 00:00+00' AND created_at < '2026-11-02 00:00+00')) INHERITS (t)", "ALTER TABLE t ADD COLUMN account int REFERENCES account"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\" strategy=\"copy\"",
                        List.of("strategy 'copy' does not apply to \"public\".\"t\", the parent of an inheritance set",
                                "foreign key t_account_fkey of \"public\".\"t\" binds the parent's own rows only")),
                new Case("inheritance set: more rows in the parent itself than a batch, that no child holds", List.of("CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)",
                        "CREATE TABLE t_1 (CHECK (created_at >= '2026-11-01 00:00+00' AND created_at < '2026-11-02 00:00+00')) INHERITS (t)",
                        "INSERT INTO t SELECT i, timestamptz '2026-10-01 00:00+00' + i * interval '1 minute' FROM generate_series(1, 30) i"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\" batchSize=\"20\"",
                        List.of("\"public\".\"t\" itself stores more than 20 rows (batchSize) whose created_at no child holds")),
                new Case("unlogged table", List.of("CREATE UNLOGGED TABLE t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("is UNLOGGED; make it LOGGED first")),
                new Case("a view, not a table", List.of(PLAIN, "CREATE VIEW v AS SELECT * FROM t"),
                        "tableName=\"v\" column=\"created_at\" interval=\"day\"",
                        List.of("\"public\".\"v\" is not a plain table")),
                new Case("partitioned on another column", List.of(
                        "CREATE TABLE t (id bigint, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) PARTITION BY RANGE (id)"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("is already partitioned, but not by range on column 'created_at'")),
                new Case("names the conversion would give are taken", List.of(PLAIN, "CREATE TABLE t_legacy (x int)",
                        "CREATE VIEW t_default AS SELECT 1 AS x", "CREATE SEQUENCE t_partition_pkey"),
                        "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("legacyTableName 't_legacy' is already taken", "the DEFAULT partition would be named 't_default'",
                                "the unique index on the primary key plus the partition key would be named 't_partition_pkey'")),
                new Case("an index in the partition key index's name, on other columns", List.of(PLAIN,
                        "CREATE UNIQUE INDEX t_partition_pkey ON t (created_at, id)"), "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("index t_partition_pkey would become the primary key of the legacy partition, but it is UNIQUE btree "
                                + "(created_at, id); it must be a plain UNIQUE btree on (id, created_at)",
                                "CREATE UNIQUE INDEX CONCURRENTLY \"t_partition_pkey\" ON \"public\".\"t\" (\"id\", \"created_at\")")),
                new Case("an index in the partition key index's name, descending", List.of(PLAIN,
                        "CREATE UNIQUE INDEX t_partition_pkey ON t (id, created_at DESC)"), "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("but it is UNIQUE btree (id, created_at DESC); it must be a plain UNIQUE btree on (id, created_at)")),
                new Case("an index in the partition key index's name, not unique", List.of(PLAIN,
                        "CREATE INDEX t_partition_pkey ON t (id, created_at)"), "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("but it is not unique: btree (id, created_at)")),
                new Case("several problems at once", List.of("CREATE TABLE t (id bigint, created_at timestamptz)",
                        "CREATE UNIQUE INDEX t_id_uq ON t (id)"), "tableName=\"t\" column=\"created_at\" interval=\"day\"",
                        List.of("is nullable", "has no primary key", "unique index t_id_uq")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedBeforeAnythingChanges(Case refusal, TestDatabase db) {
        String schema = "refusal_" + Math.abs(refusal.name().hashCode());
        db.execute("CREATE SCHEMA " + schema, "SET search_path TO " + schema);
        for (String statement : refusal.setup()) {
            db.execute("SET search_path TO " + schema + "; " + statement);
        }
        Map<String, Object> before = SchemaState.of(db, schema);
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("refused.xml", """
                <changeSet id="refused" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="%s" %s/>
                </changeSet>""".formatted(schema, refusal.attributes()));

        var failure = assertThatThrownBy(() -> liquibase.update(changelog));
        for (String expected : refusal.message()) {
            failure.hasMessageContaining(expected.replace("\"public\"", '"' + schema + '"'));
        }
        assertThat(SchemaState.of(db, schema)).isEqualTo(before);
    }

    @Test
    void exclusionConstraintsAreRefusedWherePartitionedTablesCannotHaveThem(TestDatabase db) {
        db.execute("CREATE SCHEMA exclusion", "SET search_path TO exclusion",
                "CREATE TABLE exclusion.t (id bigint PRIMARY KEY, created_at timestamptz NOT NULL, amount int NOT NULL)",
                "ALTER TABLE exclusion.t ADD CONSTRAINT t_amount_excl EXCLUDE USING btree (amount WITH =)");
        Map<String, Object> before = SchemaState.of(db, "exclusion");
        LiquibaseRunner liquibase = new LiquibaseRunner(db);
        String changelog = liquibase.xmlChangelog("exclusion.xml", """
                <changeSet id="exclusion" author="test" runInTransaction="false">
                  <partition:convertToRangePartitioned schemaName="exclusion" tableName="t" column="created_at" interval="day"/>
                </changeSet>""");
        String expected = db.server().majorVersion() < 17
                ? "exclusion constraint t_amount_excl cannot exist on a partitioned table before PostgreSQL 17"
                : "exclusion constraint t_amount_excl must compare the partition key 'created_at' with =";
        assertThatThrownBy(() -> liquibase.update(changelog)).hasMessageContaining(expected);
        assertThat(SchemaState.of(db, "exclusion")).isEqualTo(before);
    }
}
