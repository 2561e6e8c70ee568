package io.partitionkit.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.partitionkit.core.options.SharedAttributes;
import java.util.List;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import org.junit.jupiter.api.Test;

/** What StrictAttributes hands on to Liquibase for values it accepts (refusals: AttributeValuesIT). */
class StrictAttributesTest {

    private static ParsedNode change(String attribute, Object value) throws ParsedNodeException {
        return new ParsedNode(null, "convertToRangePartitioned").addChild(null, attribute, value);
    }

    @Test
    void wholeNumbersAreHandedOnAsIntegersWhateverTheFormatGaveThem() throws ParsedNodeException {
        for (Object value : List.of("7", " 7 ", "+7", 7, 7L)) {
            ParsedNode node = change("premake", value);

            assertThat(StrictAttributes.take(node, List.of(SharedAttributes.PREMAKE), List.of())).as("%s", value).isEmpty();
            assertThat(node.getChildValue(null, "premake")).as("%s", value).isEqualTo(7);
        }
    }

    @Test
    void booleansAreHandedOnAsBooleansWhateverTheirCase() throws ParsedNodeException {
        for (Object value : List.of("false", "FALSE", " False ", false)) {
            ParsedNode node = change("defaultPartition", value);

            assertThat(StrictAttributes.take(node, List.of(), List.of("defaultPartition"))).as("%s", value).isEmpty();
            assertThat(node.getChildValue(null, "defaultPartition")).as("%s", value).isEqualTo(Boolean.FALSE);
        }
    }

    @Test
    void aRefusedValueIsTakenOutSoThatLiquibaseDoesNotConvertItItself() throws ParsedNodeException {
        ParsedNode node = change("defaultPartition", "maybe");

        assertThat(StrictAttributes.take(node, List.of(), List.of("defaultPartition")))
                .containsExactly("defaultPartition 'maybe' is not true or false");
        assertThat(node.getChildValue(null, "defaultPartition")).isNull();
    }
}
