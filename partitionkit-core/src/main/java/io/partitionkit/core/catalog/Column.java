package io.partitionkit.core.catalog;

/**
 * A table column.
 *
 * @param type           as {@code format_type} prints it, e.g. {@code timestamp(3) without time zone}
 * @param baseTypeName   the {@code typname} of the type, or of a domain's base type ({@code timestamptz}, {@code int8})
 * @param collation      qualified collation when it differs from the type's default, else null
 * @param defaultExpr    the default, or the generation expression of a generated column
 * @param identity       {@code a} (ALWAYS), {@code d} (BY DEFAULT) or blank
 * @param generated      {@code s} (stored), {@code v} (virtual, PostgreSQL 18) or blank
 */
public record Column(String name, int position, String type, String baseTypeName, String collation,
                     boolean notNull, String defaultExpr, char identity, char generated, String comment) {

    public boolean isGenerated() {
        return generated == 's' || generated == 'v';
    }
}
