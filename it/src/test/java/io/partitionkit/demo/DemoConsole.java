package io.partitionkit.demo;

import java.time.Duration;
import java.util.Locale;

/**
 * What the demo prints: numbered sections that report their own duration, text, and tables. Plain
 * ASCII only, because Maven's console may not be UTF-8.
 */
final class DemoConsole {

    private static final String RULE = "=".repeat(78);

    private final long started = System.nanoTime();
    private int sections;

    /** Prints a numbered heading, runs the section's body and says how long it took. */
    void section(String title, Runnable body) {
        sections++;
        System.out.println();
        System.out.println(RULE);
        System.out.println(" " + sections + ". " + title);
        System.out.println(RULE);
        long start = System.nanoTime();
        body.run();
        System.out.println("  -- " + seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    void say(String text) {
        System.out.println("  " + text.replace("\n", "\n  "));
    }

    /** Text shown as is (SQL, plans), indented under the section. */
    void block(String text) {
        for (String line : text.strip().split("\n")) {
            System.out.println("    | " + line);
        }
    }

    /** Runs a step and says how long it took. */
    void timed(String step, Runnable action) {
        long start = System.nanoTime();
        action.run();
        say(step + " (" + seconds(Duration.ofNanos(System.nanoTime() - start)) + ")");
    }

    void table(TextTable table) {
        for (String line : table.lines()) {
            System.out.println("    " + line);
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
