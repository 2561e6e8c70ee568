package io.partitionkit.liquibase.maintain;

import io.partitionkit.core.run.MaintenanceReport;
import io.partitionkit.core.run.ReportLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a maintenance run did (or, in a dry run, would do), and how every runtime reports it: the
 * Maven goal, the CLI command and an application print the same lines and fail with the same message.
 *
 * @param succeeded    maintenance changesets that ran (in a dry run: could be planned), as path::id::author
 * @param failures     maintenance changesets that failed
 * @param otherPending pending changesets that are not maintenance, left to {@code liquibase update}
 * @param reports      each table's report, in the order the tables were maintained (none in a dry run)
 * @param dryRun       whether this was a dry run, which changed nothing
 */
public record MaintenanceOutcome(List<String> succeeded, List<ChangeSetFailure> failures, List<String> otherPending,
                                 List<MaintenanceReport> reports, boolean dryRun) {

    public MaintenanceOutcome {
        succeeded = List.copyOf(succeeded);
        failures = List.copyOf(failures);
        otherPending = List.copyOf(otherPending);
        reports = List.copyOf(reports);
    }

    public boolean failed() {
        return !failures.isEmpty();
    }

    /** The report for a person, as {@code command} (such as {@code partition:maintain}) tells it. */
    public List<ReportLine> lines(String command) {
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.info(command + " " + (dryRun ? "would run" : "ran") + " " + (succeeded.size() + failures.size())
                + " maintenance changeset(s)" + (dryRun ? " (dry run: nothing was changed)" : "")));
        for (MaintenanceReport report : reports) {
            lines.add(new ReportLine(report.retentionWithheld().isPresent(), "  " + report.summary()));
        }
        if (!otherPending.isEmpty()) {
            lines.add(ReportLine.warning(otherPending.size() + " pending changeset(s) are not maintenance; " + command
                    + " left them for liquibase update:"));
            otherPending.forEach(changeSet -> lines.add(ReportLine.warning("  " + changeSet)));
        }
        return lines;
    }

    /** Why the run failed, naming each failed changeset; empty when none failed. */
    public Optional<String> failureMessage(String command) {
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(command + ": " + failures.size() + " maintenance changeset(s) failed:\n  "
                + failures.stream().map(f -> f.changeSet() + ": " + f.reason()).collect(Collectors.joining("\n  ")));
    }
}
