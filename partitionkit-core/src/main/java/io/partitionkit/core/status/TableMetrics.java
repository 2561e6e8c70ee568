package io.partitionkit.core.status;

import io.partitionkit.core.status.PartitionStatus.Flag;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table's status as numbers, counted once for every format that prints them (JSON, Prometheus).
 *
 * @param partitions        range partitions: every partition but DEFAULT
 * @param defaultRows       rows in the DEFAULT partition (counted up to {@link TableFacts#DEFAULT_ROWS_COUNTED_UP_TO} + 1),
 *                          0 without one
 * @param premadeIntervals  whole intervals covered after the current one, empty when coverage was not checked
 * @param premake           the premake of the table's ensurePartitions change, empty without one
 * @param expiredPartitions partitions retention should already have removed
 * @param gaps              holes between partitions
 * @param bytes             total size of the partitions
 * @param warnings          the table's warnings, counted by kind (every kind present, most at 0)
 * @param defaultRowsNotUuidv7 for a uuid key, the rows of DEFAULT (as counted) that are no UUIDv7
 */
public record TableMetrics(long partitions, long defaultRows, Optional<Integer> premadeIntervals, Optional<Integer> premake,
                           long expiredPartitions, long gaps,
                           long bytes, Map<StatusWarning.Kind, Long> warnings, Optional<Long> defaultRowsNotUuidv7) {

    public static TableMetrics of(TableStatus table) {
        Map<StatusWarning.Kind, Long> warnings = new EnumMap<>(StatusWarning.Kind.class);
        for (StatusWarning.Kind kind : StatusWarning.Kind.values()) {
            warnings.put(kind, 0L);
        }
        table.warnings().forEach(warning -> warnings.merge(warning.kind(), 1L, Long::sum));
        return new TableMetrics(
                table.partitions().stream().filter(partition -> !partition.has(Flag.DEFAULT)).count(),
                table.partitions().stream().filter(partition -> partition.has(Flag.DEFAULT)).mapToLong(PartitionStatus::rows).sum(),
                Optional.ofNullable(table.coverage()).map(Coverage::ahead),
                Optional.ofNullable(table.policy()).map(StatusPolicy::premake),
                table.partitions().stream().filter(partition -> partition.has(Flag.EXPIRED)).count(),
                warnings.get(StatusWarning.Kind.GAP),
                table.partitions().stream().mapToLong(PartitionStatus::bytes).sum(),
                warnings,
                table.defaultRowsNotUuidv7());
    }
}
