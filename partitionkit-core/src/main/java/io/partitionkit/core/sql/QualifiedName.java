package io.partitionkit.core.sql;

/** A schema-qualified relation name, as stored in the catalog (unquoted, case preserved). */
public record QualifiedName(String schema, String name) {

    public QualifiedName {
        if (schema == null || schema.isEmpty() || name == null || name.isEmpty()) {
            throw new IllegalArgumentException("schema and name are required: " + schema + "." + name);
        }
    }

    /** The name in the same schema with another relation name. */
    public QualifiedName sibling(String otherName) {
        return new QualifiedName(schema, otherName);
    }

    /** Quoted and qualified, ready for SQL text. */
    public String sql() {
        return Sql.ident(schema) + "." + Sql.ident(name);
    }

    /** As a literal usable with {@code ::regclass}. */
    public String regclassLiteral() {
        return Sql.literal(sql());
    }

    /** Quoted and qualified, the way messages show it. */
    @Override
    public String toString() {
        return sql();
    }
}
