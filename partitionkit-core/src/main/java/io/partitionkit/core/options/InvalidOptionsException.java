package io.partitionkit.core.options;

import java.util.List;

/** Attribute values that cannot work, found before anything touches the database. */
public class InvalidOptionsException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidOptionsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
