package io.partitionkit.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import liquibase.Scope;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeMetaData;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import org.junit.jupiter.api.Test;

/**
 * Which names UnknownAttributes refuses, against the change metadata Liquibase itself builds (what
 * update, validate and partition:maintain then show: UnknownAttributesIT).
 */
class UnknownAttributesTest {

    private static final String MAINTENANCE_ATTRIBUTES = "archiveSchema, archiveTablespace, batchSize, column, deleteExpiredRows, "
            + "deleteTimeBudget, epoch, freezeAfter, freezeColumns, interval, keyEncoding, lockTimeout, moveDefaultRows, premake, retention, retentionMode, "
            + "schemaName, tableName, timeZone";

    private static ChangeMetaData metaData(String change) {
        ChangeFactory changes = Scope.getCurrentScope().getSingleton(ChangeFactory.class);
        return changes.getChangeMetaData(changes.create(change));
    }

    private static ParsedNode maintenance() throws ParsedNodeException {
        return new ParsedNode(null, "ensurePartitions").addChild(null, "tableName", "events").addChild(null, "column", "created_at")
                .addChild(null, "interval", "day");
    }

    @Test
    void everyAttributeOfTheChangeIsKnown() throws ParsedNodeException {
        ParsedNode node = new ParsedNode(null, "revertPartitioning");
        for (String attribute : new String[] {"schemaName", "tableName", "primaryKey", "batchSize", "legacyTableName", "lockTimeout"}) {
            node.addChild(null, attribute, "x");
        }

        assertThat(UnknownAttributes.find(node, metaData("revertPartitioning"))).isEmpty();
    }

    @Test
    void restorePartitionsKnowsItsAttributes() throws ParsedNodeException {
        ParsedNode node = new ParsedNode(null, "restorePartitions").addChild(null, "tableName", "events")
                .addChild(null, "tablespce", "cold");

        assertThat(UnknownAttributes.find(node, metaData("restorePartitions"))).containsExactly("unknown attribute 'tablespce'; did "
                + "you mean 'tablespace'? Known attributes: archiveSchema, column, from, interval, lockTimeout, schemaName, tableName, "
                + "tablespace, timeZone, to");
    }

    @Test
    void aMisspeltAttributeIsRefusedWithTheNearestKnownOneAndTheKnownOnesFromTheMetadata() throws ParsedNodeException {
        ParsedNode node = maintenance().addChild(null, "retentionMod", "detach");

        assertThat(UnknownAttributes.find(node, metaData("ensurePartitions"))).containsExactly(
                "unknown attribute 'retentionMod'; did you mean 'retentionMode'? Known attributes: " + MAINTENANCE_ATTRIBUTES);
    }

    @Test
    void anAttributeNearNoKnownOneIsRefusedWithoutAGuess() throws ParsedNodeException {
        ParsedNode node = maintenance().addChild(null, "frobnicate", "yes");

        assertThat(UnknownAttributes.find(node, metaData("ensurePartitions")))
                .containsExactly("unknown attribute 'frobnicate'; known attributes: " + MAINTENANCE_ATTRIBUTES);
    }

    @Test
    void attributesOfAnotherChangeAreUnknown() throws ParsedNodeException {
        ParsedNode node = new ParsedNode(null, "revertPartitioning").addChild(null, "tableName", "events")
                .addChild(null, "retention", "30 days");

        assertThat(UnknownAttributes.find(node, metaData("revertPartitioning"))).singleElement().asString()
                .startsWith("unknown attribute 'retention'; known attributes: batchSize, legacyTableName, lockTimeout, primaryKey, ");
    }

    @Test
    void anAttributeGivenTwiceIsReportedOnce() throws ParsedNodeException {
        ParsedNode node = maintenance().addChild(null, "retentionMod", "detach").addChild(null, "retentionMod", "archive");

        assertThat(UnknownAttributes.find(node, metaData("ensurePartitions"))).hasSize(1);
    }

    /** Liquibase's XML parser hands on xsi:schemaLocation on the change element as an attribute named schemaLocation. */
    @Test
    void schemaLocationHintsAreNoAttributesOfTheChange() throws ParsedNodeException {
        ParsedNode node = maintenance().addChild(null, "schemaLocation", "http://partitionkit.io/xml/ns/liquibase-partition "
                + "http://partitionkit.io/xml/ns/liquibase-partition/liquibase-partition-latest.xsd")
                .addChild(null, "noNamespaceSchemaLocation", "changes.xsd");

        assertThat(UnknownAttributes.find(node, metaData("ensurePartitions"))).isEmpty();
    }

    @Test
    void theChangeReportsTheUnknownAttributeWithItsOtherProblemsWhenValidated() throws ParsedNodeException {
        EnsurePartitionsChange change = new EnsurePartitionsChange();
        change.load(maintenance().addChild(null, "retentionMod", "detach").addChild(null, "premake", "seven"), null);

        assertThat(change.validate(null).getErrorMessages()).containsExactly(
                "ensurePartitions: unknown attribute 'retentionMod'; did you mean 'retentionMode'? Known attributes: " + MAINTENANCE_ATTRIBUTES,
                "ensurePartitions: premake 'seven' is not a whole number from 0 to 1000");
    }
}
