package io.partitionkit.maven;

import io.partitionkit.core.options.TrueOrFalse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * A goal's parameters that cannot work, collected so that one run names every one of them, before
 * connecting. True/false parameters are read here rather than by Maven, which takes anything but
 * "true" (a mistyped {@code -Dpartition.dryRun=yes} included) as false.
 */
final class ParameterProblems {

    /** A check that fails with a message naming the parameter, its value and what would be accepted. */
    interface Check<T> {
        T run() throws MojoExecutionException;
    }

    private final List<String> problems = new ArrayList<>();

    /** A true/false parameter; false when not given. */
    boolean flag(String property, String value) {
        if (value == null) {
            return false;
        }
        Optional<Boolean> flag = TrueOrFalse.parse(value);
        if (flag.isEmpty()) {
            problems.add(TrueOrFalse.refusal(property, value));
        }
        return flag.orElse(false);
    }

    /** Runs a check, keeping its message if it fails. */
    <T> Optional<T> check(Check<T> check) {
        try {
            return Optional.ofNullable(check.run());
        } catch (MojoExecutionException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    void add(String problem) {
        problems.add(problem);
    }

    void throwIfAny(String goal) throws MojoExecutionException {
        if (problems.size() == 1) {
            throw new MojoExecutionException(problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("partition:" + goal + " cannot run with these parameters:\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
