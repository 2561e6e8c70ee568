package io.partitionkit.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the statements partitionkit contributed to what update-sql or rollback-sql printed. */
public final class PrintedSql {

    /**
     * Each partitionkit statement starts with a comment naming its step and ends where the next
     * comment, Liquibase's own bookkeeping statement or the output ends.
     */
    private static final Pattern STATEMENT = Pattern.compile("(-- partitionkit: .*?);\\n\\s*(?=-- |INSERT INTO public\\.databasechangelog"
            + "|UPDATE public\\.databasechangelog|DELETE FROM public\\.databasechangelog|\\z)", Pattern.DOTALL);

    private PrintedSql() {
    }

    /** Every partitionkit statement in the output, in order, without its closing semicolon. */
    public static List<String> partitionkitStatements(String output) {
        List<String> statements = new ArrayList<>();
        Matcher matcher = STATEMENT.matcher(output);
        while (matcher.find()) {
            statements.add(matcher.group(1));
        }
        return statements;
    }

    /**
     * What update-sql of a changelog prints as partitionkit's statements, one after another, checking
     * that printing them changed nothing in {@code schema}.
     */
    public static String previewChangingNothing(TestDatabase db, LiquibaseRunner liquibase, String schema, String changelog) {
        Map<String, Object> before = SchemaState.of(db, schema);
        String output = liquibase.updateSql(changelog);
        assertThat(SchemaState.of(db, schema)).as("update-sql changed nothing").isEqualTo(before);
        return String.join("\n", partitionkitStatements(output));
    }

    /** Sends each partitionkit statement of the output to the database as it is, in order; returns them. */
    public static List<String> runAsPrinted(TestDatabase db, String output) throws SQLException {
        List<String> statements = partitionkitStatements(output);
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return statements;
    }
}
