package io.partitionkit.liquibase.snapshot;

import io.partitionkit.liquibase.AbstractPartitionChange;
import liquibase.parser.LiquibaseParser;
import liquibase.parser.NamespaceDetails;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.serializer.LiquibaseSerializer;
import liquibase.serializer.core.xml.XMLChangeLogSerializer;

/**
 * How XML changelogs Liquibase writes name partitionkit's namespace: the prefix {@code partition}
 * and the XSD location the example changelogs use (the XSD ships in the jar, where Liquibase
 * resolves it), so that a generated changelog is read back and validated like a hand-written one.
 * Without it Liquibase would write the changes with its generic {@code ext} prefix and XSD.
 */
public class PartitionNamespaceDetails implements NamespaceDetails {

    static final String PREFIX = "partition";
    static final String XSD = "http://partitionkit.io/xml/ns/liquibase-partition/liquibase-partition-latest.xsd";

    @Override
    public int getPriority() {
        return PRIORITY_EXTENSION;
    }

    @Override
    public boolean supports(LiquibaseSerializer serializer, String namespaceOrUrl) {
        return serializer instanceof XMLChangeLogSerializer && ours(namespaceOrUrl);
    }

    @Override
    public boolean supports(LiquibaseParser parser, String namespaceOrUrl) {
        return parser instanceof XMLChangeLogSAXParser && ours(namespaceOrUrl);
    }

    @Override
    public String getShortName(String namespaceOrUrl) {
        return PREFIX;
    }

    @Override
    public String getSchemaUrl(String namespaceOrUrl) {
        return XSD;
    }

    @Override
    public String[] getNamespaces() {
        return new String[] {AbstractPartitionChange.NAMESPACE};
    }

    private static boolean ours(String namespaceOrUrl) {
        return AbstractPartitionChange.NAMESPACE.equals(namespaceOrUrl) || XSD.equals(namespaceOrUrl);
    }
}
