package io.partitionkit.it.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attribute of every change type given values that cannot work: `update` stops with a message
 * naming the attribute, the value and what would be accepted, before the first statement runs; the
 * schema, its rows and DATABASECHANGELOG are exactly as they were. Values are written into XML
 * changelogs as users write them, and into YAML where Liquibase itself would read the value as a
 * number or boolean.
 *
 * <p>Values that are wrong whatever the database holds fail Liquibase's validation, which reports
 * every changeset's problems at once: those cases share one update per format, each finding the
 * lines of its own changeset in the message. Values that only the catalog shows to be wrong (no such
 * table, an interval the key or the existing partitions do not fit) stop the update when the change
 * is planned, so each of those runs an update of its own.
 */
@ExtendWith(PostgresExtension.class)
class AttributeValuesIT {

    private static final String SCHEMA = "bad_input";
    /** 32 characters, 64 bytes: one byte more than a PostgreSQL name holds. */
    private static final String TOO_LONG = "é".repeat(32);

    private static final Map<String, String> CONVERSION = Map.of(
            "schemaName", SCHEMA, "tableName", "spend_logs", "column", "created_at", "interval", "day");
    private static final Map<String, String> MAINTENANCE = Map.of(
            "schemaName", SCHEMA, "tableName", "events", "column", "created_at", "interval", "day");
    private static final Map<String, String> REVERT = Map.of("schemaName", SCHEMA, "tableName", "events");

    private static final List<Case> VALIDATED = validated().toList();
    private static final String XML_BATCH = "validated.xml";
    private static final String YAML_BATCH = "validated.yaml";

    private static TestDatabase db;
    private static LiquibaseRunner liquibase;
    private static Map<String, Object> before;
    private static String xmlBatchFailure;
    private static String yamlBatchFailure;

    /**
     * A plain table to convert and a day-partitioned one to maintain and revert, both holding rows,
     * and tables partitioned by 500 ids and by text; then the updates of every changeset validation
     * refuses.
     */
    @BeforeAll
    static void createTablesAndRunTheRefusedValidations(TestDatabase database) {
        db = database;
        liquibase = new LiquibaseRunner(database);
        db.execute("CREATE SCHEMA " + SCHEMA,
                "CREATE TABLE bad_input.spend_logs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "created_at timestamptz NOT NULL, amount int)",
                "INSERT INTO bad_input.spend_logs (created_at, amount) "
                        + "SELECT timestamptz '2026-01-01 00:00+00' + i * interval '1 hour', i FROM generate_series(1, 500) i",
                "CREATE TABLE bad_input.events (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) "
                        + "PARTITION BY RANGE (created_at)",
                "CREATE TABLE bad_input.events_p20260101 PARTITION OF bad_input.events "
                        + "FOR VALUES FROM ('2026-01-01 00:00+00') TO ('2026-01-02 00:00+00')",
                "CREATE TABLE bad_input.events_p20260102 PARTITION OF bad_input.events "
                        + "FOR VALUES FROM ('2026-01-02 00:00+00') TO ('2026-01-03 00:00+00')",
                "CREATE TABLE bad_input.events_default PARTITION OF bad_input.events DEFAULT",
                "INSERT INTO bad_input.events SELECT i, timestamptz '2026-01-01 00:00+00' + i * interval '7 minutes' "
                        + "FROM generate_series(0, 700) i",
                "CREATE TABLE bad_input.readings (id bigint PRIMARY KEY) PARTITION BY RANGE (id)",
                "CREATE TABLE bad_input.readings_0 PARTITION OF bad_input.readings FOR VALUES FROM (0) TO (500)",
                "CREATE TABLE bad_input.readings_500 PARTITION OF bad_input.readings FOR VALUES FROM (500) TO (1000)",
                "INSERT INTO bad_input.readings SELECT generate_series(0, 999)",
                "CREATE TABLE bad_input.labels (name text NOT NULL) PARTITION BY RANGE (name)",
                "CREATE TABLE bad_input.labels_a_m PARTITION OF bad_input.labels FOR VALUES FROM ('a') TO ('m')");
        before = SchemaState.of(db, SCHEMA);
        liquibase.xmlChangelog(XML_BATCH, VALIDATED.stream().filter(bad -> !bad.yaml()).map(bad -> xml(id(bad), bad))
                .collect(Collectors.joining("\n")));
        liquibase.changelog(YAML_BATCH, "databaseChangeLog:\n" + VALIDATED.stream().filter(Case::yaml).map(bad -> yaml(id(bad), bad))
                .collect(Collectors.joining()));
        xmlBatchFailure = refusedUpdate(XML_BATCH);
        yamlBatchFailure = refusedUpdate(YAML_BATCH);
    }

    /**
     * One refused change.
     *
     * @param attributes as written in the changelog; in YAML the value's text is YAML (so {@code 7.5} is a number)
     * @param message    what the error must say
     */
    record Case(String change, Map<String, String> attributes, boolean yaml, List<String> message) {
        @Override
        public String toString() {
            return (yaml ? "yaml " : "") + change + " " + attributes.entrySet().stream()
                    .filter(attribute -> !attribute.getKey().equals("schemaName") || !attribute.getValue().equals(SCHEMA))
                    .map(attribute -> attribute.getKey() + "=\"" + attribute.getValue() + '"').collect(Collectors.joining(" "));
        }

        Case inYaml() {
            return new Case(change, attributes, true, message);
        }
    }

    /** The values validation refuses. */
    static Stream<Case> validated() {
        return Stream.of(
                // convertToRangePartitioned
                convert("schemaName", "", "schemaName '' is not a PostgreSQL name: names have 1 to 63 bytes and no NUL character"),
                convert("schemaName", TOO_LONG, "schemaName '" + TOO_LONG + "' is not a PostgreSQL name: names have 1 to 63 bytes"),
                convert("tableName", "", "tableName '' is not a PostgreSQL name: names have 1 to 63 bytes"),
                convert("tableName", TOO_LONG, "tableName '" + TOO_LONG + "' is not a PostgreSQL name"),
                convert("column", "", "column '' is not a PostgreSQL name"),
                convert("column", TOO_LONG, "column '" + TOO_LONG + "' is not a PostgreSQL name"),
                convert("interval", "fortnight", "interval 'fortnight' is not one of hour, day, week, month, quarter, year (for date "
                        + "and timestamp keys) or a positive whole number (for smallint, integer and bigint keys)"),
                convert("interval", "", "interval '' is not one of hour, day"),
                convert("interval", "0", "interval '0' is not one of hour, day"),
                convert("interval", "-7", "interval '-7' is not one of hour, day"),
                convert("interval", "1.5", "interval '1.5' is not one of hour, day"),
                convert("interval", "99999999999999999999", "interval '99999999999999999999' is not one of hour, day"),
                convert("premake", "seven", "premake 'seven' is not a whole number from 0 to 1000"),
                convert("premake", "-1", "premake '-1' is not a whole number from 0 to 1000"),
                convert("premake", "1001", "premake '1001' is not a whole number from 0 to 1000"),
                convert("premake", "99999999999", "premake '99999999999' is not a whole number from 0 to 1000"),
                convert("premake", "", "premake '' is not a whole number from 0 to 1000"),
                convert("premake", "${premake}", "premake '${premake}' is not a whole number from 0 to 1000"),
                convert("strategy", "move", "strategy 'move' is not one of attach, copy, empty"),
                convert("strategy", "", "strategy '' is not one of attach, copy, empty"),
                convert("legacyTableName", "spend_logs", "legacyTableName 'spend_logs' must differ from tableName"),
                convert("legacyTableName", "", "legacyTableName '' is not a PostgreSQL name"),
                convert("legacyTableName", TOO_LONG, "legacyTableName '" + TOO_LONG + "' is not a PostgreSQL name"),
                convert("defaultPartition", "maybe", "defaultPartition 'maybe' is not true or false"),
                convert("defaultPartition", "1", "defaultPartition '1' is not true or false"),
                convert("defaultPartition", "", "defaultPartition '' is not true or false"),
                convert("batchSize", "lots", "batchSize 'lots' is not a whole number from 1 to 1000000"),
                convert("batchSize", "0", "batchSize '0' is not a whole number from 1 to 1000000"),
                convert("timeZone", "Mars/Olympus_Mons", "timeZone 'Mars/Olympus_Mons' is not a time zone name; use an IANA name "
                        + "such as UTC, Europe/Berlin or America/New_York, or an offset such as +05:30"),
                convert("timeZone", "+25:00", "timeZone '+25:00' is not a time zone name"),
                convert("timeZone", "", "timeZone '' is not a time zone name"),
                convert("lockTimeout", "3 fortnights", "lockTimeout '3 fortnights' is not a positive whole number with unit ms, s, "
                        + "min or h, at most 596h, such as 5s, 500ms or 1min"),
                convert("lockTimeout", "-5s", "lockTimeout '-5s' is not a positive whole number with unit ms, s, min or h"),
                convert("lockTimeout", "0", "lockTimeout '0' is zero; use a positive whole number with unit ms, s, min or h"),
                convert("lockTimeout", "597h", "lockTimeout '597h' is too long; use a positive whole number with unit ms, s, min or "
                        + "h, at most 596h"),
                convert("lockTimeout", "", "lockTimeout '' is not a positive whole number"),
                convert("epoch", "ms", "epoch 'ms' is not one of seconds, milliseconds, microseconds, nanoseconds"),
                convert("epoch", "", "epoch '' is not one of seconds, milliseconds, microseconds, nanoseconds"),
                bad("convertToRangePartitioned", CONVERSION, Map.of("premake", "seven", "strategy", "move", "lockTimeout", "soon"),
                        "premake 'seven' is not", "strategy 'move' is not", "lockTimeout 'soon' is not"),
                // ensurePartitions
                maintain("column", "", "column '' is not a PostgreSQL name"),
                maintain("interval", "fortnight", "interval 'fortnight' is not one of hour, day"),
                maintain("premake", "-1", "premake '-1' is not a whole number from 0 to 1000"),
                maintain("premake", "seven", "premake 'seven' is not a whole number from 0 to 1000"),
                maintain("retention", "3 fortnights", "retention '3 fortnights' is not a positive whole number followed by hours, "
                        + "days, weeks, months or years, at most 1000 years (such as 30 days), or a positive whole number for "
                        + "integer keys"),
                maintain("retention", "0 days", "retention '0 days' is not a positive whole number followed by hours"),
                maintain("retention", "-5 days", "retention '-5 days' is not a positive whole number followed by hours"),
                maintain("retention", "1001 years", "retention '1001 years' is not a positive whole number followed by hours"),
                maintain("retention", "", "retention '' is not a positive whole number followed by hours"),
                maintain("retention", "5000000", "retention '5000000' does not fit interval 'day': use a period such as 30 days "
                        + "with calendar intervals, a whole number with integer intervals"),
                maintain(Map.of("tableName", "readings", "column", "id", "interval", "500", "retention", "30 days"),
                        "retention '30 days' does not fit interval '500'"),
                maintain("retentionMode", "purge", "retentionMode 'purge' is not one of drop, detach, archive"),
                maintain("retentionMode", "", "retentionMode '' is not one of drop, detach, archive"),
                maintain("retentionMode", "archive", "retentionMode 'archive' needs archiveSchema"),
                maintain("archiveSchema", "attic", "archiveSchema 'attic' is only used with retentionMode archive, not drop"),
                maintain(Map.of("retentionMode", "archive", "archiveSchema", TOO_LONG),
                        "archiveSchema '" + TOO_LONG + "' is not a PostgreSQL name"),
                maintain("moveDefaultRows", "maybe", "moveDefaultRows 'maybe' is not true or false"),
                maintain("deleteExpiredRows", "sometimes", "deleteExpiredRows 'sometimes' is not true or false"),
                maintain("batchSize", "ten", "batchSize 'ten' is not a whole number from 1 to 1000000"),
                maintain("batchSize", "0", "batchSize '0' is not a whole number from 1 to 1000000"),
                maintain("deleteTimeBudget", "5 parsecs", "deleteTimeBudget '5 parsecs' is not a positive whole number with unit "
                        + "ms, s, min or h, at most 596h"),
                maintain("deleteTimeBudget", "0min", "deleteTimeBudget '0min' is zero"),
                maintain("deleteTimeBudget", "", "deleteTimeBudget '' is not a positive whole number"),
                maintain("lockTimeout", "5 parsecs", "lockTimeout '5 parsecs' is not a positive whole number"),
                maintain("timeZone", "Europe/Atlantis", "timeZone 'Europe/Atlantis' is not a time zone name"),
                maintain("freezeColumns", "", "freezeColumns '' is not a comma-separated list of distinct column names"),
                maintain("freezeColumns", "id,id", "freezeColumns 'id,id' is not a comma-separated list of distinct column names"),
                maintain("freezeColumns", "created_at", "freezeColumns 'created_at' names the partition key 'created_at', which the "
                        + "partitions' bounds already limit"),
                maintain(Map.of("freezeColumns", "id", "freezeAfter", "0"), "freezeAfter '0' is not a whole number from 1 to 1000"),
                maintain("freezeAfter", "three", "freezeAfter 'three' is not a whole number from 1 to 1000"),
                maintain("freezeAfter", "2", "freezeAfter '2' is only used with freezeColumns"),
                maintain(Map.of("column", "created_ms", "interval", "86400000", "epoch", "milliseconds"),
                        "interval '86400000' does not fit epoch 'milliseconds': the key holds time, so the interval is a calendar unit, one of "
                                + "hour, day, week, month, quarter, year"),
                maintain(Map.of("epoch", "seconds", "retention", "5000000"), "retention '5000000' does not fit interval 'day'"),
                // revertPartitioning
                revert("tableName", "", "tableName '' is not a PostgreSQL name"),
                revert("primaryKey", "", "primaryKey '' is not a comma-separated list of distinct column names"),
                revert("primaryKey", "id,,created_at",
                        "primaryKey 'id,,created_at' is not a comma-separated list of distinct column names"),
                revert("primaryKey", "id, id", "primaryKey 'id, id' is not a comma-separated list of distinct column names"),
                revert("batchSize", "ten", "batchSize 'ten' is not a whole number from 1 to 1000000"),
                revert("batchSize", "-1", "batchSize '-1' is not a whole number from 1 to 1000000"),
                revert("batchSize", "1000001", "batchSize '1000001' is not a whole number from 1 to 1000000"),
                revert("legacyTableName", "", "legacyTableName '' is not a PostgreSQL name"),
                revert("legacyTableName", TOO_LONG, "legacyTableName '" + TOO_LONG + "' is not a PostgreSQL name"),
                revert("lockTimeout", "1 fortnight", "lockTimeout '1 fortnight' is not a positive whole number"),
                // YAML: values Liquibase itself would read as numbers or booleans; attributes the XSD would require
                convert("premake", "seven", "premake 'seven' is not a whole number from 0 to 1000").inYaml(),
                convert("premake", "7.5", "premake '7.5' is not a whole number from 0 to 1000").inYaml(),
                convert("defaultPartition", "maybe", "defaultPartition 'maybe' is not true or false").inYaml(),
                maintain("batchSize", "99999999999", "batchSize '99999999999' is not a whole number from 1 to 1000000").inYaml(),
                maintain("column", null, "column is required").inYaml(),
                maintain("interval", null, "interval is required: one of hour, day").inYaml());
    }

    /** The values only the catalog shows to be wrong. */
    static Stream<Case> planned() {
        return Stream.of(
                convert("schemaName", "no_such_schema", "tableName 'spend_logs' names no table in schemaName 'no_such_schema'",
                        "give an existing schema and table"),
                convert("tableName", "Spend_Logs", "tableName 'Spend_Logs' names no table in schemaName 'bad_input'",
                        "case-sensitive"),
                convert("column", "createdAt", "column 'createdAt' does not exist", "its columns are [id, created_at, amount]"),
                convert("interval", "1000", "interval '1000' does not fit column 'created_at' of type timestamp with time zone; "
                        + "use hour, day, week, month, quarter or year"),
                convert("legacyTableName", "events", "legacyTableName 'events' is already taken in schema"),
                maintain("schemaName", "no_such_schema", "tableName 'events' names no table in schemaName 'no_such_schema'"),
                maintain("tableName", "no_such_table", "tableName 'no_such_table' names no table in schemaName 'bad_input'"),
                maintain("tableName", "spend_logs", "\"bad_input\".\"spend_logs\" is not partitioned; convert it first"),
                maintain("column", "id", "is not range-partitioned on column 'id' alone (its partition key is [created_at])"),
                maintain("interval", "1000", "interval '1000' does not fit column 'created_at' of type timestamp with time zone; "
                        + "use hour, day, week, month, quarter or year"),
                maintain("interval", "month", "partitions do not align with interval 'month'",
                        "events_p20260102\" (FOR VALUES FROM ('2026-01-02 00:00:00+00') TO ('2026-01-03 00:00:00+00'))",
                        "choose the interval they were made with"),
                maintain(Map.of("retentionMode", "archive", "archiveSchema", "no_such_schema"),
                        "archiveSchema 'no_such_schema' does not exist; create it first"),
                maintain(Map.of("tableName", "readings", "column", "id", "interval", "1000"),
                        "partitions do not align with interval '1000'", "readings_500\" (FOR VALUES FROM ('500') TO ('1000'))"),
                maintain(Map.of("tableName", "readings", "column", "id", "interval", "day"),
                        "interval 'day' does not fit column 'id' of type bigint; use a whole number from 1 to 9223372036854775807"),
                maintain("freezeColumns", "id,placed_at", "freezeColumns names column 'placed_at', which \"bad_input\".\"events\" does "
                        + "not have; its columns are [id, created_at] (names are case-sensitive)"),
                maintain(Map.of("tableName", "labels", "column", "name", "interval", "day"),
                        "column 'name' has type text; ensurePartitions maintains keys of type date, timestamp, timestamptz, smallint, "
                                + "integer, bigint, or uuid holding UUIDv7 (keyEncoding uuidv7)"),
                revert("schemaName", "no_such_schema", "tableName 'events' names no table in schemaName 'no_such_schema'"),
                revert("tableName", "no_such_table", "tableName 'no_such_table' names no table in schemaName 'bad_input'"),
                revert("primaryKey", "uuid", "primaryKey names column 'uuid', which \"bad_input\".\"events\" does not have; its "
                        + "columns are [id, created_at]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validated")
    void validationRefusesNamingTheAttributeTheValueAndWhatIsAccepted(Case bad) {
        String failure = bad.yaml() ? yamlBatchFailure : xmlBatchFailure;

        String lines = failure.lines().filter(line -> line.endsWith("::" + id(bad) + "::test")).collect(Collectors.joining("\n"));

        assertThat(lines).as("the lines of changeset %s in:%n%s", id(bad), failure).isNotEmpty();
        bad.message().forEach(expected -> assertThat(lines).contains(expected));
    }

    @Test
    void theRefusedValidationsChangedNothing() {
        assertThat(SchemaState.of(db, SCHEMA)).isEqualTo(before);
        assertThat(LiquibaseRunner.recorded(db, XML_BATCH)).isEmpty();
        assertThat(LiquibaseRunner.recorded(db, YAML_BATCH)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planned")
    void planningRefusesNamingTheAttributeTheValueAndWhatIsAccepted(Case bad) {
        String changelog = liquibase.xmlChangelog("planned-" + Math.abs(bad.toString().hashCode()) + ".xml", xml("planned", bad));

        var failure = assertThatThrownBy(() -> liquibase.update(changelog));

        bad.message().forEach(failure::hasMessageContaining);
        assertThat(SchemaState.of(db, SCHEMA)).isEqualTo(before);
        assertThat(LiquibaseRunner.recorded(db, changelog)).isEmpty();
    }

    private static Case convert(String attribute, String value, String... message) {
        return bad("convertToRangePartitioned", CONVERSION, Collections.singletonMap(attribute, value), message);
    }

    private static Case maintain(String attribute, String value, String... message) {
        return maintain(Collections.singletonMap(attribute, value), message);
    }

    private static Case maintain(Map<String, String> changed, String... message) {
        return bad("ensurePartitions", MAINTENANCE, changed, message);
    }

    private static Case revert(String attribute, String value, String... message) {
        return bad("revertPartitioning", REVERT, Collections.singletonMap(attribute, value), message);
    }

    /** The change's valid attributes with {@code changed} put in (a null value leaves the attribute out). */
    private static Case bad(String change, Map<String, String> valid, Map<String, String> changed, String... message) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Stream.of("schemaName", "tableName", "column", "interval").filter(valid::containsKey)
                .forEach(name -> attributes.put(name, valid.get(name)));
        attributes.putAll(changed);
        attributes.values().removeIf(value -> value == null);
        return new Case(change, attributes, false, List.of(message));
    }

    /** The changeset id of a case validation refuses. */
    private static String id(Case bad) {
        return "v" + VALIDATED.indexOf(bad);
    }

    /** Runs update on a changelog whose changesets are all refused and returns the failure's message. */
    private static String refusedUpdate(String changelog) {
        try {
            liquibase.update(changelog);
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("update of " + changelog + " did not fail");
    }

    private static String xml(String id, Case bad) {
        return """
                <changeSet id="%s" author="test" runInTransaction="false">
                  <partition:%s %s/>
                </changeSet>""".formatted(id, bad.change(), bad.attributes().entrySet().stream()
                .map(attribute -> attribute.getKey() + "=\"" + attribute.getValue() + '"').collect(Collectors.joining(" ")));
    }

    private static String yaml(String id, Case bad) {
        return """
                  - changeSet:
                      id: %s
                      author: test
                      runInTransaction: false
                      changes:
                        - %s:
                %s
                """.formatted(id, bad.change(), bad.attributes().entrySet().stream()
                .map(attribute -> "            " + attribute.getKey() + ": " + attribute.getValue())
                .collect(Collectors.joining("\n")));
    }
}
