package io.partitionkit.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM on the test classpath whose wall clock is shifted by libfaketime, as on a host whose
 * clock is hours off. Its monotonic clock is left alone (the JVM times itself with it). Tests using
 * it are aborted, naming the package to install, where libfaketime is missing.
 */
public final class SkewedJvm {

    /** Where Debian's {@code faketime} package (and other distributions) put the library. */
    private static final List<String> LIBFAKETIME = List.of(
            "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
            "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
            "/usr/lib64/faketime/libfaketime.so.1",
            "/usr/lib/faketime/libfaketime.so.1",
            "/usr/local/lib/faketime/libfaketime.so.1");

    /** Longest a child may run before the test gives up on it (a bound against hanging, not a timing assertion). */
    private static final long LONGEST_RUN_MINUTES = 5;

    private final Path library;
    private final String skew;

    private SkewedJvm(Path library, String skew) {
        this.library = library;
        this.skew = skew;
    }

    /**
     * A JVM whose wall clock reads {@code skew} off the real one, in libfaketime's notation
     * ({@code -5h}, {@code +30h}); aborts the calling test when libfaketime is not installed.
     */
    public static SkewedJvm shiftedBy(String skew) {
        Optional<Path> library = LIBFAKETIME.stream().map(Path::of).filter(Files::isReadable).findFirst();
        assumeTrue(library.isPresent(), "libfaketime is not installed (looked in " + LIBFAKETIME + "); "
                + "install it with: apt-get install faketime");
        return new SkewedJvm(library.get(), skew);
    }

    /** What a child printed (standard output and error together) and how it ended. */
    public record Result(int exitCode, String output) {
    }

    /** Runs {@code mainClass} with the arguments in a child JVM on the test classpath and waits for it. */
    public Result run(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", testClasspath(), mainClass));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("LD_PRELOAD", library.toString());
        environment.put("FAKETIME", skew);
        environment.put("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        // libfaketime's rework of timed waits on the monotonic clock stalls the JVM's own waits: ten times slower with it.
        environment.put("FAKETIME_FORCE_MONOTONIC_FIX", "0");
        environment.put("LIQUIBASE_ANALYTICS_ENABLED", "false");
        try {
            Path output = Files.createTempFile("skewed-jvm", ".log");
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(LONGEST_RUN_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the child JVM did not end within " + LONGEST_RUN_MINUTES + " minutes: " + command
                        + "\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The wall clock the child sees, read by a child of its own. */
    public Instant now() {
        Result result = run(PrintNow.class.getName(), List.of());
        if (result.exitCode() != 0) {
            throw new AssertionError("cannot read the child JVM's clock: " + result.output());
        }
        return Instant.parse(result.output().strip());
    }

    /** The test JVM's classpath as surefire/failsafe built it (not the manifest-only jar that may stand for it). */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** Prints the JVM's wall clock, for {@link #now()}. */
    public static final class PrintNow {
        public static void main(String[] arguments) {
            System.out.println(Instant.now());
        }
    }
}
