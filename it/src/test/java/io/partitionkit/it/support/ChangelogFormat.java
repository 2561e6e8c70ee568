package io.partitionkit.it.support;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ways a user writes a changelog of one changeset holding one partitionkit change: XML whose
 * header names the partitionkit XSD, XML whose header names only Liquibase's (as many headers do),
 * YAML and JSON. Values are written as strings in every format.
 */
public enum ChangelogFormat {

    XML_WITH_PARTITIONKIT_XSD("xml"),
    XML_WITH_LIQUIBASE_XSD_ONLY("xml"),
    YAML("yaml"),
    JSON("json");

    private final String extension;

    ChangelogFormat(String extension) {
        this.extension = extension;
    }

    /** The file name for a changelog in this format. */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    /** The changelog, with the change's attributes in the map's order. */
    public String changelog(String id, boolean runAlways, String change, Map<String, String> attributes) {
        return switch (this) {
            case XML_WITH_PARTITIONKIT_XSD -> LiquibaseRunner.xmlChangelogText(xmlChangeSet(id, runAlways, change, attributes));
            case XML_WITH_LIQUIBASE_XSD_ONLY -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xmlns:partition="http://partitionkit.io/xml/ns/liquibase-partition"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    """ + xmlChangeSet(id, runAlways, change, attributes) + "\n</databaseChangeLog>\n";
            case YAML -> """
                    databaseChangeLog:
                      - changeSet:
                          id: %s
                          author: test
                          runAlways: %s
                          runInTransaction: false
                          changes:
                            - %s:
                    %s
                    """.formatted(id, runAlways, change, attributes.entrySet().stream()
                    .map(attribute -> "                " + attribute.getKey() + ": " + quoted(attribute.getValue()))
                    .collect(Collectors.joining("\n")));
            case JSON -> """
                    {"databaseChangeLog": [{"changeSet": {"id": %s, "author": "test", "runAlways": %s, "runInTransaction": false,
                      "changes": [{%s: {%s}}]}}]}
                    """.formatted(quoted(id), runAlways, quoted(change), attributes.entrySet().stream()
                    .map(attribute -> quoted(attribute.getKey()) + ": " + quoted(attribute.getValue()))
                    .collect(Collectors.joining(", ")));
        };
    }

    /**
     * What the user is shown for an attribute the change does not have: with the partitionkit XSD in
     * the header, the XML parser's schema error; otherwise the change's refusal with the nearest name.
     */
    public String refusal(String change, String unknown, String nearest) {
        return this == XML_WITH_PARTITIONKIT_XSD
                ? "Attribute '" + unknown + "' is not allowed to appear in element 'partition:" + change + "'"
                : change + ": unknown attribute '" + unknown + "'; did you mean '" + nearest + "'? Known attributes: ";
    }

    private static String xmlChangeSet(String id, boolean runAlways, String change, Map<String, String> attributes) {
        return """
                <changeSet id="%s" author="test" runAlways="%s" runInTransaction="false">
                  <partition:%s %s/>
                </changeSet>""".formatted(id, runAlways, change, attributes.entrySet().stream()
                .map(attribute -> attribute.getKey() + "=\"" + attribute.getValue() + '"').collect(Collectors.joining(" ")));
    }

    /** A string in double quotes, as both JSON and YAML read it (the values here need no escapes). */
    private static String quoted(String text) {
        return '"' + text + '"';
    }
}
