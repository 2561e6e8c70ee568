package io.partitionkit.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The demo's assertions. Each is printed as it is made, so a reader sees what was proven; a failed
 * one does not stop the demo (later sections may still explain it) but fails the run at the end.
 */
final class Checks {

    private final DemoConsole console;
    private final List<String> failures = new ArrayList<>();
    private int passed;

    Checks(DemoConsole console) {
        this.console = console;
    }

    void expect(boolean condition, String claim) {
        if (condition) {
            passed++;
            console.say("[ok]   " + claim);
        } else {
            failures.add(claim);
            console.say("[FAIL] " + claim);
        }
    }

    void expectEqual(Object expected, Object actual, String claim) {
        boolean equal = Objects.equals(expected, actual);
        expect(equal, claim);
        if (!equal) {
            console.say("         expected: " + expected);
            console.say("         actual:   " + actual);
        }
    }

    int passed() {
        return passed;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }
}
