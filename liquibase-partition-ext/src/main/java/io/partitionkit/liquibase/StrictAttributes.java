package io.partitionkit.liquibase;

import io.partitionkit.core.options.TrueOrFalse;
import io.partitionkit.core.options.WholeNumberRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;

/**
 * Reads a change's whole-number and true/false attributes from the changelog strictly, before
 * Liquibase converts them: left to Liquibase, {@code premake="seven"} fails with a
 * NumberFormatException that names no attribute, and {@code defaultPartition="maybe"} silently
 * becomes false. A valid value is handed on converted; an invalid one is taken out of the node and
 * becomes a problem, reported with the change's other attribute problems.
 */
final class StrictAttributes {

    private StrictAttributes() {
    }

    static List<String> take(ParsedNode node, List<WholeNumberRange> wholeNumbers, List<String> booleans) throws ParsedNodeException {
        List<String> problems = new ArrayList<>();
        for (WholeNumberRange range : wholeNumbers) {
            ParsedNode child = node.getChild(null, range.attribute());
            if (child != null && child.getValue() != null) {
                Integer number = wholeNumber(child.getValue());
                if (number == null) {
                    problems.add(range.refusal(child.getValue()));
                }
                child.setValue(number);
            }
        }
        for (String attribute : booleans) {
            ParsedNode child = node.getChild(null, attribute);
            if (child != null && child.getValue() != null) {
                Optional<Boolean> flag = TrueOrFalse.parse(child.getValue());
                if (flag.isEmpty()) {
                    problems.add(TrueOrFalse.refusal(attribute, child.getValue()));
                }
                child.setValue(flag.orElse(null));
            }
        }
        return problems;
    }

    private static Integer wholeNumber(Object value) {
        String text = value.toString().trim();
        if (!text.matches("[+-]?\\d{1,10}")) {
            return null;
        }
        long number = Long.parseLong(text);
        return number < Integer.MIN_VALUE || number > Integer.MAX_VALUE ? null : (int) number;
    }
}
