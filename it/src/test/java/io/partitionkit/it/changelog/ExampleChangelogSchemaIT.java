package io.partitionkit.it.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partitionkit.liquibase.ConvertToRangePartitionedChange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The XML example against the XSDs Liquibase validates it with: the dbchangelog schema from
 * liquibase-core and partitionkit's from the extension jar. Editors use the same schemas to flag typos.
 */
class ExampleChangelogSchemaIT {

    private static final String EXAMPLE = Changelogs.text(Changelogs.XML);
    private static final String CONVERSION_END = "premake=\"7\"/>";

    private final ClasspathSchemaValidator validator = new ClasspathSchemaValidator();

    @Test
    void exampleIsValidAgainstBothShippedSchemas() throws SAXException {
        validator.validate(EXAMPLE);

        assertThat(validator.resolvedSchemas()).containsExactlyInAnyOrder(
                "www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd",
                "partitionkit.io/xml/ns/liquibase-partition/liquibase-partition-latest.xsd");
    }

    @Test
    void rejectsAnUnknownAttribute() {
        String misspelt = Changelogs.edit(EXAMPLE, CONVERSION_END, "premake=\"7\" partitionCount=\"3\"/>");

        assertThatThrownBy(() -> validator.validate(misspelt))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("'partitionCount'")
                .hasMessageContaining("convertToRangePartitioned");
    }

    @Test
    void rejectsAMissingColumn() {
        String withoutColumn = Changelogs.edit(EXAMPLE, " column=\"startTime\"", "");

        assertThatThrownBy(() -> validator.validate(withoutColumn))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("'column'")
                .hasMessageContaining("convertToRangePartitioned");
    }

    /** Values are the change's to judge (see AttributeValuesIT): a property expression may stand for any of them. */
    @Test
    void acceptsAPropertyExpressionForPremake() throws SAXException {
        validator.validate(Changelogs.edit(EXAMPLE, CONVERSION_END, "premake=\"${premake}\"/>"));
    }

    /** The schema accepting ${premake} is only useful if Liquibase then substitutes the property. */
    @Test
    void liquibaseSubstitutesThePremakeProperty(@TempDir Path directory) {
        String parameterised = Changelogs.edit(
                Changelogs.edit(EXAMPLE, CONVERSION_END, "premake=\"${premake}\"/>"),
                "<changeSet id=\"tag-before-spend-logs-partitioning\"",
                "<property name=\"premake\" value=\"14\"/>\n    <changeSet id=\"tag-before-spend-logs-partitioning\"");

        var changeLog = Changelogs.parse(directory, "parameterised.xml", parameterised);

        assertThat(Changelogs.changeSet(changeLog, Changelogs.CONVERSION_CHANGESET).getChanges()).singleElement()
                .isInstanceOfSatisfying(ConvertToRangePartitionedChange.class,
                        change -> assertThat(change.getPremake()).isEqualTo(14));
    }
}
