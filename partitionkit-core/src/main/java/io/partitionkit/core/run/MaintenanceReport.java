package io.partitionkit.core.run;

import io.partitionkit.core.plan.maintain.MaintenancePlan;
import io.partitionkit.core.sql.QualifiedName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of maintaining one table.
 *
 * @param skipped           another run held the table's maintenance lock, so nothing was done
 * @param retentionWithheld why retention removed nothing and how to go on, when it held back (the run
 *                          itself succeeds: the table is otherwise maintained, and status warns)
 */
public record MaintenanceReport(QualifiedName table, boolean skipped, List<UnitOutcome> outcomes, Optional<String> retentionWithheld,
                                Duration took) {

    public boolean failed() {
        return outcomes.stream().anyMatch(outcome -> !outcome.succeeded());
    }

    public List<UnitOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.succeeded()).toList();
    }

    public long count(MaintenancePlan.Effect effect) {
        return outcomes.stream().filter(o -> o.succeeded() && o.unit().effect() == effect).count();
    }

    public long rowsMoved() {
        return outcomes.stream().mapToLong(UnitOutcome::rowsMoved).sum();
    }

    public long rowsDeleted() {
        return outcomes.stream().mapToLong(UnitOutcome::rowsDeleted).sum();
    }

    public long rowsRemaining() {
        return outcomes.stream().mapToLong(UnitOutcome::rowsRemaining).sum();
    }

    /** One line for the log: what was done, with counts and the time it took. */
    public String summary() {
        if (skipped) {
            return table + ": skipped, another maintenance run is working on it";
        }
        String done = "created " + count(MaintenancePlan.Effect.CREATE) + " partition(s), moved " + rowsMoved()
                + " row(s) out of DEFAULT, dropped " + count(MaintenancePlan.Effect.DROP) + ", detached "
                + count(MaintenancePlan.Effect.DETACH) + ", archived " + count(MaintenancePlan.Effect.ARCHIVE)
                + " expired partition(s)" + (count(MaintenancePlan.Effect.MOVE) > 0 ? ", moved " + count(MaintenancePlan.Effect.MOVE)
                + " archived partition(s) to the archive tablespace" : "") + ", deleted " + rowsDeleted() + " expired row(s)"
                + (rowsRemaining() > 0 ? " (" + rowsRemaining() + " remain for the next run)" : "")
                + (count(MaintenancePlan.Effect.FREEZE) > 0 ? ", froze " + count(MaintenancePlan.Effect.FREEZE) + " partition(s)" : "")
                + (count(MaintenancePlan.Effect.UNFREEZE) > 0 ? ", unfroze " + count(MaintenancePlan.Effect.UNFREEZE) + " partition(s)" : "");
        String failures = failed() ? "; FAILED: " + failures().stream().map(f -> f.unit().name() + ": " + firstLine(f.error()))
                .collect(Collectors.joining("; ")) : "";
        return table + ": " + done + " in " + took.toMillis() + " ms" + retentionWithheld.map(w -> "; " + w).orElse("") + failures;
    }

    /** PostgreSQL's message without its Where/Hint lines, which the unit's own log line keeps. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
