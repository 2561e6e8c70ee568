package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Status of a database: (facts, policies, clock) to a {@link StatusReport}. Pure: everything it
 * needs was read beforehand, so it can be tested without a database.
 */
public final class StatusAnalysis {

    private StatusAnalysis() {
    }

    /** {@code policies}: the {@code ensurePartitions} policy of each table that has one. */
    public static StatusReport analyze(StatusFacts facts, Map<QualifiedName, StatusPolicy> policies, Clock clock) {
        return analyze(facts, policies, clock, null);
    }

    /** {@code maxMaintenanceAge}: how old a table's last successful maintenance may be; null for one interval. */
    public static StatusReport analyze(StatusFacts facts, Map<QualifiedName, StatusPolicy> policies, Clock clock,
                                       Duration maxMaintenanceAge) {
        List<TableStatus> tables = facts.tables().stream()
                .map(table -> TableAnalysis.analyze(table, policies.get(table.table()), clock, maxMaintenanceAge))
                .toList();
        List<StatusReport.TableWarning> warnings = new ArrayList<>();
        facts.unreadable().forEach((table, reason) -> warnings.add(new StatusReport.TableWarning(table,
                new StatusWarning(StatusWarning.Kind.UNREADABLE, "cannot read " + table + ": " + reason))));
        Set<QualifiedName> partitioned = facts.tables().stream().map(TableFacts::table).collect(Collectors.toSet());
        policies.keySet().stream()
                .filter(table -> !partitioned.contains(table) && !facts.unreadable().containsKey(table))
                .sorted(Comparator.comparing(QualifiedName::toString))
                .forEach(table -> warnings.add(new StatusReport.TableWarning(table, new StatusWarning(StatusWarning.Kind.NOT_PARTITIONED,
                        "an ensurePartitions change maintains " + table + ", which is not a partitioned table in this database "
                                + "(not converted yet, or misspelled?)"))));
        return new StatusReport(clock.instant().truncatedTo(ChronoUnit.SECONDS), tables, warnings);
    }
}
