package io.partitionkit.flyway;

import io.partitionkit.core.options.InvalidOptionsException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.logging.Log;

/**
 * One of partitionkit's changes as a Flyway user writes it: a builder whose methods carry the names
 * of the Liquibase change's attributes. Its settings are checked by the same parser, with the same
 * messages, as the Liquibase change's.
 *
 * @param <C> the change itself, so that each setter returns it
 */
public abstract sealed class PartitionChange<C extends PartitionChange<C>> permits ConvertToRangePartitioned, RevertPartitioning,
        EnsurePartitions {

    private final String change;
    private final Map<String, Object> settings = new LinkedHashMap<>();

    PartitionChange(String change, String table) {
        this.change = change;
        settings.put("tableName", table);
    }

    /** Records a setting; null leaves it at its default. */
    @SuppressWarnings("unchecked")
    final C set(String name, Object value) {
        if (value == null) {
            settings.remove(name);
        } else {
            settings.put(name, value);
        }
        return (C) this;
    }

    final String text(String name) {
        Object value = settings.get(name);
        return value == null ? null : value.toString();
    }

    final Integer number(String name) {
        return (Integer) settings.get(name);
    }

    final Boolean flag(String name) {
        return (Boolean) settings.get(name);
    }

    /** The change and its settings as given, in a fixed order: {@code convertToRangePartitioned tableName=events column=...}. */
    public final String describe() {
        return change + settings.entrySet().stream().map(setting -> " " + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining());
    }

    /** Checks every setting, throwing a {@link FlywayException} that names each bad one, what it is and what is accepted. */
    public final void validate() {
        try {
            parse();
        } catch (InvalidOptionsException e) {
            throw new FlywayException(change + " on " + text("tableName") + ": " + String.join("; ", e.problems()));
        }
    }

    /** Parses the settings into the core's options; throws {@link InvalidOptionsException} with every problem. */
    abstract Object parse();

    /**
     * Whether it builds indexes concurrently or otherwise waits for every older transaction to end:
     * then no transaction of Flyway's own may stay open while it runs.
     */
    abstract boolean waitsForOlderTransactions();

    /** Plans against the live catalog and runs the plan on {@code connection}, committing as each step does. */
    abstract void run(Connection connection, Log log) throws SQLException;

    @Override
    public String toString() {
        return describe();
    }
}
