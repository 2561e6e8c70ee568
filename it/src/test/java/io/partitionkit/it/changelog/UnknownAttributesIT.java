package io.partitionkit.it.changelog;

import static io.partitionkit.testing.TestClock.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.it.support.ChangelogFormat;
import io.partitionkit.it.support.LiquibaseRunner;
import io.partitionkit.it.support.PostgresExtension;
import io.partitionkit.it.support.SchemaState;
import io.partitionkit.it.support.TestDatabase;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A misspelt attribute on any partitionkit change stops update, update-sql and validate before any
 * SQL runs, in every changelog format, naming the attribute and the one it was meant to be; the
 * schema, its rows and DATABASECHANGELOG stay as they were. Without the check Liquibase passes over
 * an attribute it does not know: the misspelt retentionMode here would let maintenance drop the two
 * partitions it was meant to detach. (partition:maintain: MaintainGoalIT.)
 */
@ExtendWith(PostgresExtension.class)
class UnknownAttributesIT {

    private static final String SCHEMA = "unknown_attributes";
    /** Both day partitions lie more than 30 days back. */
    private static final Clock MARCH_2026 = at("2026-03-01T12:00:00Z");

    private static TestDatabase db;
    private static LiquibaseRunner liquibase;
    private static Map<String, Object> before;

    /** One misspelt attribute among the valid ones of a change that would otherwise run against the tables. */
    record Misspelling(String change, Map<String, String> attributes, String misspelt, String meant) {
        @Override
        public String toString() {
            return change + " " + misspelt;
        }
    }

    private static final Misspelling CONVERSION = new Misspelling("convertToRangePartitioned",
            attributes("tableName", "spend_logs", "column", "created_at", "interval", "day", "defaultParition", "false"),
            "defaultParition", "defaultPartition");
    private static final Misspelling MAINTENANCE = new Misspelling("ensurePartitions",
            attributes("tableName", "events", "column", "created_at", "interval", "day", "retention", "30 days", "retentionMod", "detach"),
            "retentionMod", "retentionMode");
    private static final Misspelling REVERT = new Misspelling("revertPartitioning",
            attributes("tableName", "events", "primaryKeys", "id"), "primaryKeys", "primaryKey");

    enum Command {
        UPDATE(LiquibaseRunner::update),
        UPDATE_SQL(LiquibaseRunner::updateSql),
        VALIDATE(LiquibaseRunner::validate);

        private final BiConsumer<LiquibaseRunner, String> run;

        Command(BiConsumer<LiquibaseRunner, String> run) {
            this.run = run;
        }
    }

    record Case(ChangelogFormat format, Misspelling misspelling, Command command) {
        @Override
        public String toString() {
            return command + " " + format + " " + misspelling;
        }
    }

    /** A plain table with rows to convert, and a day-partitioned one with rows to maintain and revert. */
    @BeforeAll
    static void createTables(TestDatabase database) {
        db = database;
        liquibase = new LiquibaseRunner(database).withClock(MARCH_2026);
        db.execute("CREATE SCHEMA " + SCHEMA,
                "CREATE TABLE unknown_attributes.spend_logs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "created_at timestamptz NOT NULL, amount int)",
                "INSERT INTO unknown_attributes.spend_logs (created_at, amount) "
                        + "SELECT timestamptz '2026-01-01 00:00+00' + i * interval '1 hour', i FROM generate_series(1, 100) i",
                "CREATE TABLE unknown_attributes.events (id bigint NOT NULL, created_at timestamptz NOT NULL, PRIMARY KEY (id, created_at)) "
                        + "PARTITION BY RANGE (created_at)",
                "CREATE TABLE unknown_attributes.events_p20260101 PARTITION OF unknown_attributes.events "
                        + "FOR VALUES FROM ('2026-01-01 00:00+00') TO ('2026-01-02 00:00+00')",
                "CREATE TABLE unknown_attributes.events_p20260102 PARTITION OF unknown_attributes.events "
                        + "FOR VALUES FROM ('2026-01-02 00:00+00') TO ('2026-01-03 00:00+00')",
                "CREATE TABLE unknown_attributes.events_default PARTITION OF unknown_attributes.events DEFAULT",
                "INSERT INTO unknown_attributes.events SELECT i, timestamptz '2026-01-01 00:00+00' + i * interval '7 minutes' "
                        + "FROM generate_series(0, 500) i");
        before = SchemaState.of(db, SCHEMA);
    }

    static Stream<Case> cases() {
        return Stream.of(Command.values()).flatMap(command -> Stream.of(ChangelogFormat.values()).flatMap(format ->
                Stream.of(CONVERSION, MAINTENANCE, REVERT).map(misspelling -> new Case(format, misspelling, command))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aMisspeltAttributeIsRefusedBeforeAnySqlRuns(Case refused) {
        Misspelling misspelling = refused.misspelling();
        String changelog = liquibase.changelog(refused.format().fileName(refused.toString().replace(' ', '-').toLowerCase(Locale.ROOT)),
                refused.format().changelog("misspelt", misspelling.change().equals("ensurePartitions"), misspelling.change(),
                        misspelling.attributes()));

        assertThatThrownBy(() -> refused.command().run.accept(liquibase, changelog))
                .hasMessageContaining(refused.format().refusal(misspelling.change(), misspelling.misspelt(), misspelling.meant()));
        assertThat(SchemaState.of(db, SCHEMA)).isEqualTo(before);
        assertThat(LiquibaseRunner.recorded(db, changelog)).isEmpty();
    }

    /** The message lists what the change accepts, from Liquibase's own metadata of the change. */
    @Test
    void theRefusalListsTheKnownAttributes() {
        String changelog = liquibase.changelog("known.yaml", ChangelogFormat.YAML.changelog("known", false, REVERT.change(),
                REVERT.attributes()));

        assertThatThrownBy(() -> liquibase.validate(changelog)).hasMessageContaining("revertPartitioning: unknown attribute "
                + "'primaryKeys'; did you mean 'primaryKey'? Known attributes: batchSize, legacyTableName, lockTimeout, primaryKey, "
                + "schemaName, tableName");
    }

    @Test
    void anAttributeNearNoKnownOneIsRefusedWithoutAGuess() {
        String changelog = liquibase.changelog("unrelated.json", ChangelogFormat.JSON.changelog("unrelated", true, "ensurePartitions",
                attributes("tableName", "events", "column", "created_at", "interval", "day", "frobnicate", "yes")));

        assertThatThrownBy(() -> liquibase.validate(changelog))
                .hasMessageContaining("ensurePartitions: unknown attribute 'frobnicate'; known attributes: archiveSchema, ")
                .hasMessageNotContaining("did you mean");
    }

    /** Every attribute of every change, spelt right, passes in every format (and the XSD agrees). */
    @ParameterizedTest
    @EnumSource(ChangelogFormat.class)
    void everyKnownAttributeIsAccepted(ChangelogFormat format) {
        Map<String, Map<String, String>> everyAttribute = Map.of(
                "convertToRangePartitioned", attributes("tableName", "spend_logs", "column", "created_at",
                        "interval", "day", "premake", "7", "strategy", "copy", "legacyTableName", "spend_logs_old", "defaultPartition",
                        "false", "batchSize", "5000", "timeZone", "UTC", "lockTimeout", "5s", "epoch", "milliseconds"),
                "revertPartitioning", attributes("tableName", "events", "primaryKey", "id, created_at",
                        "batchSize", "5000", "legacyTableName", "events_old", "lockTimeout", "5s"),
                "ensurePartitions", attributes("tableName", "events", "column", "created_at", "interval", "day",
                        "premake", "3", "retention", "30 days", "retentionMode", "archive", "archiveSchema", "attic",
                        "moveDefaultRows", "true", "deleteExpiredRows", "false", "batchSize", "5000", "deleteTimeBudget", "1min",
                        "freezeColumns", "id", "freezeAfter", "2", "lockTimeout", "5s", "timeZone", "UTC", "epoch", "seconds"));

        everyAttribute.forEach((change, attributes) -> liquibase.validate(liquibase.changelog(
                format.fileName("every-attribute-" + change + "-" + format.name().toLowerCase(Locale.ROOT)),
                format.changelog("every-attribute", false, change, attributes))));
    }

    /**
     * The namespace and the schema location given on the change itself rather than in the header:
     * Liquibase's XML parser hands xsi:schemaLocation on as if it were an attribute of the change.
     */
    @Test
    void aSchemaLocationOnTheChangeItselfIsNoUnknownAttribute() {
        String changelog = liquibase.changelog("namespace-on-the-change.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                  <changeSet id="namespace-on-the-change" author="test" runAlways="true" runInTransaction="false">
                    <pk:ensurePartitions xmlns:pk="http://partitionkit.io/xml/ns/liquibase-partition"
                        xsi:schemaLocation="http://partitionkit.io/xml/ns/liquibase-partition http://partitionkit.io/xml/ns/liquibase-partition/liquibase-partition-latest.xsd"
                        schemaName="unknown_attributes" tableName="events" column="created_at" interval="day"/>
                  </changeSet>
                </databaseChangeLog>
                """);

        liquibase.validate(changelog);
    }

    /** schemaName, then the alternating names and values, kept in order. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("schemaName", SCHEMA);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }
}
