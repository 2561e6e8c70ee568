package io.partitionkit.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus's own checker, {@code promtool} (Debian's {@code prometheus} package; {@code .ci/run}
 * installs it): the metrics and alert rules partitionkit publishes are read by the parser Prometheus
 * uses, not by one written for the tests. Where it is not installed, the tests that need it are
 * skipped, saying so.
 */
public final class Promtool {

    /** What promtool answered. */
    public record Result(int exitCode, String output) {
        @Override
        public String toString() {
            return "promtool exit code " + exitCode + "\n" + output;
        }
    }

    private final Path executable;

    private Promtool(Path executable) {
        this.executable = executable;
    }

    /** The installed promtool; skips the calling test when there is none. */
    public static Promtool installed() {
        Optional<Path> found = find();
        Assumptions.assumeTrue(found.isPresent(), "promtool is not installed (Debian: apt-get install prometheus, as .ci/run does), "
                + "so Prometheus's own parser cannot check the output");
        return new Promtool(found.get());
    }

    private static Optional<Path> find() {
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        directories.add("/usr/bin");
        return directories.stream().filter(directory -> !directory.isEmpty()).map(directory -> Path.of(directory, "promtool"))
                .filter(Files::isExecutable).findFirst();
    }

    /** {@code promtool check metrics}, the metrics on its standard input. */
    public Result checkMetrics(String metrics) {
        return withInput(metrics, "check", "metrics");
    }

    /** {@code promtool <arguments>}, for files. */
    public Result run(String... arguments) {
        return withInput("", arguments);
    }

    private Result withInput(String input, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool " + arguments[0] + " did not finish within two minutes");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
