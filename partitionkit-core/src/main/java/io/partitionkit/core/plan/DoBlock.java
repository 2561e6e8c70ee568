package io.partitionkit.core.plan;

import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code DO} block, the form every step that is not a concurrent index build takes. Each transaction
 * the block runs in (the first, and each one a {@code COMMIT} in it starts) begins by setting
 * {@code search_path} to {@code pg_catalog, pg_temp} and the block's other settings, locally: no
 * function or operator in it, nor in the statements it executes, resolves through the caller's
 * search_path, where another role could have planted one of the same name.
 */
public final class DoBlock {

    /** pg_temp last: only this session can create objects there, and functions are never looked up in it. */
    public static final String SEARCH_PATH = "pg_catalog, pg_temp";

    public static final String BIGINT = "pg_catalog.int8";
    public static final String INTEGER = "pg_catalog.int4";
    public static final String BOOLEAN = "pg_catalog.bool";
    public static final String TEXT = "pg_catalog.text";
    public static final String NUMERIC = "pg_catalog.numeric";
    public static final String TIMESTAMPTZ = "pg_catalog.timestamptz";

    private static final String LOCK_TIMEOUT = "lock_timeout";

    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> declarations = new ArrayList<>();
    private final List<String> body = new ArrayList<>();
    /** Whether lock_timeout also bounds the waits of Citus's workers, see {@link #boundingCitusWorkers()}. */
    private boolean citusWorkers;

    public DoBlock() {
        settings.put("search_path", SEARCH_PATH);
    }

    /** A block that executes each statement in turn, in one transaction. */
    public static DoBlock executing(List<String> statements) {
        DoBlock block = new DoBlock();
        statements.forEach(statement -> block.line(execute(statement)));
        return block;
    }

    /** A setting made at the start of every transaction of the block, e.g. {@code lock_timeout}. */
    public DoBlock setting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /**
     * Declares a PL/pgSQL variable. Declarations are compiled before the block's first statement
     * pins the search_path, so {@code type} must resolve without it: a type from pg_catalog named with
     * its schema ({@link #BIGINT}, {@link #TEXT}, ...) or {@code <qualified column>%TYPE}; and an
     * initial value is a constant (see {@link #declare(String, String, String)}).
     */
    public DoBlock declare(String name, String type) {
        if (!type.startsWith("pg_catalog.") && !type.endsWith("%TYPE")) {
            throw new IllegalArgumentException("the type of " + name + " must be schema-qualified or %TYPE: " + type);
        }
        declarations.add(name + " " + type);
        return this;
    }

    /** Declares a variable with a constant initial value, such as {@code 0} or {@code false}. */
    public DoBlock declare(String name, String type, String constant) {
        if (!constant.matches("-?[0-9]+|true|false")) {
            throw new IllegalArgumentException("the initial value of " + name + " must be a constant: " + constant);
        }
        declare(name, type);
        declarations.set(declarations.size() - 1, name + " " + type + " := " + constant);
        return this;
    }

    /** {@code <table>.<column>%TYPE}: a variable of a column's type, whatever its name resolves to elsewhere. */
    public static String typeOf(QualifiedName table, String column) {
        return table.sql() + "." + Sql.ident(column) + "%TYPE";
    }

    /** Lines of PL/pgSQL, each kept exactly as given (a line break inside a quoted name included). */
    public DoBlock line(String... lines) {
        body.addAll(List.of(lines));
        return this;
    }

    public DoBlock lines(List<String> lines) {
        body.addAll(lines);
        return this;
    }

    /** Commits, then makes the settings again for the transaction that follows (COMMIT resets them). */
    public DoBlock commit(String indent) {
        body.add(indent + "COMMIT;");
        body.addAll(settingLines(indent));
        return this;
    }

    public String sql() {
        List<String> lines = new ArrayList<>();
        if (!declarations.isEmpty()) {
            lines.add("DECLARE");
            declarations.forEach(declaration -> lines.add("  " + declaration + ";"));
        }
        lines.add("BEGIN");
        lines.addAll(settingLines("  "));
        lines.addAll(body);
        lines.add("END");
        return "DO " + Sql.dollarQuoted("\n" + String.join("\n", lines) + "\n");
    }

    private List<String> settingLines(String indent) {
        List<String> lines = new ArrayList<>();
        settings.forEach((name, value) -> lines.add(indent + "PERFORM pg_catalog.set_config(" + Sql.literal(name) + ", "
                + Sql.literal(value) + ", true);"));
        if (citusWorkers && settings.containsKey(LOCK_TIMEOUT)) {
            // Citus sends a SET LOCAL statement (never set_config) on to the workers it uses in the transaction.
            lines.add(indent + "EXECUTE " + Sql.literal("SET LOCAL " + LOCK_TIMEOUT + " = " + Sql.literal(settings.get(LOCK_TIMEOUT))) + ";");
        }
        return lines;
    }

    /**
     * Makes the block's lock_timeout bound the waits on Citus's workers too (for shard locks), in every
     * transaction of the block: the workers get it with {@code citus.propagate_set_commands}.
     */
    public DoBlock boundingCitusWorkers() {
        settings.put("citus.propagate_set_commands", "local");
        citusWorkers = true;
        return this;
    }

    /** {@code EXECUTE} of one statement, so that no PL/pgSQL variable can capture a name in it. */
    public static String execute(String statement) {
        return "EXECUTE " + Sql.dollarQuoted(statement) + ";";
    }

    /**
     * A RAISE statement. The format is constant text; every name or value reaches the message as an
     * argument (an SQL expression: a literal from {@link Sql#literal}, a variable, SQLERRM), so neither
     * a quote nor a backslash in a name, nor {@code standard_conforming_strings}, can end the format's
     * literal, and a percent sign in a name is not taken for a placeholder.
     */
    public static String raise(String level, String format, String... arguments) {
        return raiseWithHint(level, format, null, arguments);
    }

    /** A RAISE with a constant hint. */
    public static String raiseWithHint(String level, String format, String hint, String... arguments) {
        checkConstant(format);
        int placeholders = format.replace("%%", "").length() - format.replace("%%", "").replace("%", "").length();
        if (placeholders != arguments.length) {
            throw new IllegalArgumentException(placeholders + " placeholder(s) for " + arguments.length + " argument(s) in: " + format);
        }
        StringBuilder raise = new StringBuilder("RAISE ").append(level).append(" '").append(format).append('\'');
        for (String argument : arguments) {
            raise.append(", ").append(argument);
        }
        if (hint != null) {
            raise.append(" USING HINT = ").append(Sql.literal(hint));
        }
        return raise.append(';').toString();
    }

    private static void checkConstant(String format) {
        if (format.indexOf('\'') >= 0 || format.indexOf('\\') >= 0 || format.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a RAISE format must be constant text without quotes, backslashes or line breaks; "
                    + "pass names as arguments: " + format);
        }
    }
}
