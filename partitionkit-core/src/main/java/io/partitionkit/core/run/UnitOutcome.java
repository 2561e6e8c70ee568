package io.partitionkit.core.run;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happened to one unit of maintenance.
 *
 * @param error     why it failed, or null when it succeeded
 * @param messages  what the server reported while it ran (counts of moved and deleted rows among them)
 */
public record UnitOutcome(MaintenancePlan.Unit unit, String error, List<String> messages, Duration took) {

    // Each matches a whole notice from its start, so a table name quoted inside one cannot pass for a count.
    private static final Pattern MOVED = Pattern.compile("partitionkit: moved (\\d+) rows from .*", Pattern.DOTALL);
    private static final Pattern DELETED = Pattern.compile("partitionkit: deleted (\\d+) expired rows from .*", Pattern.DOTALL);
    private static final Pattern REMAINING = Pattern.compile("partitionkit: deleted \\d+ expired rows from .*; (\\d+) remain.*",
            Pattern.DOTALL);

    public boolean succeeded() {
        return error == null;
    }

    public long rowsMoved() {
        return sum(MOVED);
    }

    public long rowsDeleted() {
        return sum(DELETED);
    }

    /** Expired rows still there after the delete's time budget ran out (counted up to a million per partition). */
    public long rowsRemaining() {
        return sum(REMAINING);
    }

    private long sum(Pattern pattern) {
        long total = 0;
        for (String message : messages) {
            Matcher matcher = pattern.matcher(message);
            if (matcher.matches()) {
                total += Long.parseLong(matcher.group(1));
            }
        }
        return total;
    }
}
