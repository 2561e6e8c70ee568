package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.ArchivedTable;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.testing.Planning;
import io.partitionkit.testing.Runner;
import io.partitionkit.testing.Tables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An ensurePartitions change on a table stated with {@link Tables}, planned from the facts
 * {@link MaintenanceFacts#read} would read for that table: its snapshot, its key head, and the
 * buckets of the rows its DEFAULT partition holds, as the server would compute and print them.
 * It runs as {@link Runner#superuser()}.
 */
final class Ensure {

    private static final DateTimeFormatter PRINTED_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Tables table;
    private String column;
    private String interval = "day";
    private int premake = 3;
    private String retention;
    private String retentionMode;
    private String archiveSchema;
    private boolean archiveSchemaMissing;
    private boolean tableMissing;
    private Boolean moveDefaultRows;
    private String timeZone;
    private String freezeColumns;
    private Integer freezeAfter;
    private String epoch;
    private String archiveTablespace;
    private MaintenanceFacts.TablespaceAccess tablespaceAccess = MaintenanceFacts.TablespaceAccess.NOT_NAMED;
    private List<ArchivedTable> archived = List.of();

    private Ensure(Tables table) {
        this.table = table;
        TableSnapshot snapshot = table.snapshot();
        this.column = snapshot.isPartitioned() ? snapshot.partitioning().keyColumns().get(0) : "created_at";
    }

    /** Maintains the table on its partition key, daily, 3 partitions ahead, in UTC, keeping every row. */
    static Ensure on(Tables table) {
        return new Ensure(table);
    }

    Ensure column(String name) {
        column = name;
        return this;
    }

    Ensure interval(String value) {
        interval = value;
        return this;
    }

    Ensure premake(int value) {
        premake = value;
        return this;
    }

    Ensure retention(String value) {
        retention = value;
        return this;
    }

    /** drop, detach or archive; archive moves partitions to schema {@code archive}. */
    Ensure retentionMode(String mode) {
        retentionMode = mode;
        archiveSchema = "archive".equals(mode) ? "archive" : null;
        return this;
    }

    /** The archiveSchema the options name does not exist. */
    Ensure archiveSchemaMissing() {
        archiveSchemaMissing = true;
        return this;
    }

    /** No relation has the table's name. */
    Ensure tableMissing() {
        tableMissing = true;
        return this;
    }

    Ensure moveDefaultRows(boolean value) {
        moveDefaultRows = value;
        return this;
    }

    Ensure timeZone(String zone) {
        timeZone = zone;
        return this;
    }

    /** freezeColumns and freezeAfter. */
    Ensure freeze(String columns, Integer after) {
        freezeColumns = columns;
        freezeAfter = after;
        return this;
    }

    /** The key holds time since the epoch in that unit ({@code seconds}, {@code milliseconds}, ...). */
    Ensure epoch(String unit) {
        epoch = unit;
        return this;
    }

    /** Archived partitions move on to this tablespace, which exists and may be created in, unless {@link #tablespaceAccess} says otherwise. */
    Ensure archiveTablespace(String tablespace) {
        archiveTablespace = tablespace;
        tablespaceAccess = MaintenanceFacts.TablespaceAccess.CREATABLE;
        return this;
    }

    Ensure tablespaceAccess(MaintenanceFacts.TablespaceAccess access) {
        tablespaceAccess = access;
        return this;
    }

    /** Tables the archive schema holds with partitionkit's note for this table. */
    Ensure archived(ArchivedTable... tables) {
        archived = List.of(tables);
        return this;
    }

    MaintenanceOptions options() {
        return MaintenanceOptions.parse(null, table.name().name(), column, interval, premake, retention, retentionMode, archiveSchema,
                moveDefaultRows, null, null, null, null, timeZone, freezeColumns, freezeAfter, epoch, archiveTablespace, null);
    }

    MaintenanceFacts facts() {
        return new MaintenanceFacts(tableMissing ? Optional.empty() : Optional.of(table.snapshot()), table.head(), defaultBuckets(), archiveSchemaMissing,
                Runner.superuser().defaults(), Runner.superuser().statementTimeout(), tableMissing || !table.snapshot().isPartitioned() ? FreezeFacts.none() : freezeFacts(), tablespaceAccess,
                archived);
    }

    /**
     * What {@link FreezeFacts#read} reads: the partitions holding rows, and the span of every column
     * to freeze in every partition, but for the columns partitionkit's validated CHECKs freeze there
     * already (the server reads them of the old partitions alone, which is all the planner asks for).
     */
    private FreezeFacts freezeFacts() {
        TableSnapshot snapshot = table.snapshot();
        Set<QualifiedName> holding = new HashSet<>();
        Map<QualifiedName, Map<String, ColumnSpan>> spans = new HashMap<>();
        List<String> columns = freezeColumns == null ? List.of()
                : Arrays.stream(freezeColumns.split(",")).map(String::strip).filter(c -> snapshot.column(c).isPresent()).toList();
        Map<QualifiedName, Set<String>> frozen = FrozenBounds.frozenColumns(table.partitionChecks(), true);
        for (Partition partition : snapshot.partitioning().partitions()) {
            String name = partition.name().name();
            if (partition.isDefault()) {
                continue;
            }
            if (table.holdsRows(name)) {
                holding.add(partition.name());
            }
            Map<String, ColumnSpan> byColumn = new HashMap<>();
            for (String column : columns) {
                if (!frozen.getOrDefault(partition.name(), Set.of()).contains(column)) {
                    Optional<String[]> values = table.values(name, column);
                    byColumn.put(column, new ColumnSpan(values.map(v -> v[0]).orElse(null), values.map(v -> v[1]).orElse(null),
                            table.hasNulls(name, column)));
                }
            }
            if (!byColumn.isEmpty()) {
                spans.put(partition.name(), byColumn);
            }
        }
        return new FreezeFacts(holding, spans, table.partitionChecks());
    }

    MaintenancePlan plan(Clock clock) {
        return MaintenancePlanner.plan(facts(), options(), clock);
    }

    /** Why planning refuses, one problem a line. */
    List<String> refusal(Clock clock) {
        return Planning.refusal(() -> plan(clock));
    }

    /**
     * {@code SELECT DISTINCT <bucketSql> AS bucket ... ORDER BY bucket} over the keys in DEFAULT: a
     * time key binned to 15 minutes (printed in UTC), a date as it is, an integer key to the multiple
     * of the width at or below it (not below the type's smallest value), as numeric text.
     */
    private List<String> defaultBuckets() {
        TreeSet<String> buckets = new TreeSet<>();
        if (table.keysInDefault().isEmpty()) {
            return List.of();
        }
        KeyType keyType = table.keyType();
        for (String key : table.keysInDefault()) {
            buckets.add(switch (keyType) {
                case DATE -> LocalDate.parse(key).toString();
                case TIMESTAMP -> PRINTED_TIMESTAMP.format(quarterHour(LocalDateTime.parse(key.replace(' ', 'T'))));
                case TIMESTAMPTZ -> PRINTED_TIMESTAMP.format(quarterHour(LocalDateTime.ofInstant(Tables.instant(key), ZoneOffset.UTC))) + "+00";
                default -> epoch == null ? multipleAtOrBelow(key, keyType) : quarterHour(key);
            });
        }
        return List.copyOf(buckets);
    }

    private static LocalDateTime quarterHour(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() / 15 * 15);
    }

    /** {@code (floor(key::numeric / q) * q)::text}, q the quarter hour in the epoch unit. */
    private String quarterHour(String key) {
        BigDecimal quarterHour = BigDecimal.valueOf(EpochUnit.valueOf(epoch.toUpperCase(Locale.ROOT)).value(Instant.ofEpochSecond(900)));
        return new BigDecimal(key).divide(quarterHour, 0, RoundingMode.FLOOR).multiply(quarterHour).toPlainString();
    }

    /** {@code greatest(floor(key::numeric / width) * width, <smallest value>)::text}. */
    private String multipleAtOrBelow(String key, KeyType keyType) {
        BigDecimal width = BigDecimal.valueOf(((PartitionInterval.Width) PartitionInterval.parse(interval)).width());
        BigDecimal floor = new BigDecimal(key).divide(width, 0, RoundingMode.FLOOR).multiply(width);
        return floor.max(new BigDecimal(keyType.minValue())).toPlainString();
    }
}
