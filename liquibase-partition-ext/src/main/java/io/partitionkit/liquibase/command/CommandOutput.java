package io.partitionkit.liquibase.command;

import io.partitionkit.core.run.ReportLine;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
}
