package io.partitionkit.core.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code CHECK (key < boundary)} an attach conversion proves its old table's rows with and leaves
 * on the legacy partition, read back from the definition PostgreSQL prints
 * ({@code CHECK ((created_at < '2026-11-23 00:00:00+00'::timestamp with time zone))}).
 */
public final class BoundCheck {

    private static final Pattern DEFINITION = Pattern.compile("CHECK \\(\\(.* < (.+)\\)\\)( NOT VALID)?");

    private BoundCheck() {
    }

    /** The boundary's literal as printed, without its cast ({@code '2026-11-23 00:00:00+00'}, {@code 100}). */
    public static Optional<String> boundary(String definition) {
        Matcher matcher = DEFINITION.matcher(definition);
        return matcher.matches() ? Optional.of(matcher.group(1).replaceAll("::[a-z ]+(\\([0-9]+\\))?[a-z ]*$", "")) : Optional.empty();
    }

    /** Whether the CHECK bounds keys below {@code bound}, a partition bound's literal as the catalog prints it. */
    public static boolean boundsBelow(String definition, String bound) {
        return boundary(definition).map(BoundCheck::unquoted).filter(unquoted(bound)::equals).isPresent();
    }

    private static String unquoted(String literal) {
        return literal.startsWith("'") && literal.endsWith("'") ? literal.substring(1, literal.length() - 1) : literal;
    }
}
