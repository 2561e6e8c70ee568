package io.partitionkit.liquibase;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import liquibase.change.ChangeMetaData;
import liquibase.change.ChangeParameterMetaData;
import liquibase.parser.core.ParsedNode;

/**
 * Refuses whatever a change's node holds besides the change's own attributes. Liquibase loads the
 * attributes it knows and passes over the rest, so a misspelt {@code retentionMod="detach"} would
 * leave retention at drop without a word; the XSD catches it only in XML whose header names the
 * partitionkit schema. This catches it in XML, YAML and JSON alike.
 */
final class UnknownAttributes {

    /**
     * XML Schema's location hints, which may sit on any element ({@code xsi:schemaLocation} next to
     * an {@code xmlns:partition} declared on the change itself). Liquibase's XML parser hands every
     * attribute on under its local name, so these arrive as if they were attributes of the change.
     * (Namespace declarations do not arrive at all.)
     */
    private static final Set<String> SCHEMA_HINTS = Set.of("schemaLocation", "noNamespaceSchemaLocation");

    private UnknownAttributes() {
    }

    /** One problem for each name in {@code node} that is no attribute of the change {@code change} describes. */
    static List<String> find(ParsedNode node, ChangeMetaData change) {
        SortedSet<String> known = known(change);
        Set<String> unknown = new LinkedHashSet<>();
        for (ParsedNode child : node.getChildren()) {
            if (!known.contains(child.getName()) && !SCHEMA_HINTS.contains(child.getName())) {
                unknown.add(child.getName());
            }
        }
        return unknown.stream().map(name -> refusal(name, known)).toList();
    }

    /** The names Liquibase loads into the change: each parameter's, and any alternate spelling it accepts. */
    private static SortedSet<String> known(ChangeMetaData change) {
        SortedSet<String> known = new TreeSet<>();
        for (ChangeParameterMetaData parameter : change.getParameters().values()) {
            known.add(parameter.getParameterName());
            if (parameter.getAlternateParameterNames() != null) {
                known.addAll(Arrays.asList(parameter.getAlternateParameterNames()));
            }
        }
        return known;
    }

    private static String refusal(String name, SortedSet<String> known) {
        String knownList = String.join(", ", known);
        return NearestName.among(name, known)
                .map(nearest -> "unknown attribute '" + name + "'; did you mean '" + nearest + "'? Known attributes: " + knownList)
                .orElse("unknown attribute '" + name + "'; known attributes: " + knownList);
    }
}
