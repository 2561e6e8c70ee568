package io.partitionkit.liquibase.command;

import io.partitionkit.core.run.ReportLine;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import liquibase.command.CommandResultsBuilder;

/**
 * A command's report on its output stream (the CLI's standard output, or the {@code --output-file}),
 * warnings marked as Liquibase marks them.
 */
final class CommandOutput {

    private final PrintWriter out;

    CommandOutput(CommandResultsBuilder results) {
        this.out = new PrintWriter(new OutputStreamWriter(results.getOutputStream(), StandardCharsets.UTF_8));
    }

    void print(ReportLine line) {
        out.println(line.warning() ? "WARNING: " + line.text() : line.text());
    }

    void flush() {
        out.flush();
    }

    /** The name the CLI shows for a command: {@code partitionMaintain} is {@code partition-maintain}. */
    static String cliName(String[] commandName) {
        return String.join(" ", commandName).replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
