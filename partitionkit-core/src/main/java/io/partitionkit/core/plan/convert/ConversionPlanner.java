package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.AxisNow;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.EpochKey;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Plans {@code convertToRangePartitioned}: (catalog facts, options, clock) to ordered steps. A plain
 * table goes to the planner of its strategy ({@link InPlacePlanner} for attach and empty,
 * {@link CopyPlanner} for copy); a table already partitioned on the key to {@link AfterSwitchPlanner},
 * which finishes what an earlier run left after its switch; the parent of an inheritance set to
 * {@link InheritancePlanner}, whose children become the partitions.
 */
public final class ConversionPlanner {

    private ConversionPlanner() {
    }

    public static Plan plan(ConversionFacts facts, ConversionOptions options, Clock clock) {
        TableSnapshot table = facts.table().orElseThrow(() -> PlanningException.missingTable("convert", options.schema(), options.table()));
        if (table.isPartitioned()) {
            return AfterSwitchPlanner.plan(table, options);
        }
        if (facts.inheritance().filter(inheritance -> !inheritance.children().isEmpty()).isPresent()) {
            return InheritancePlanner.plan(table, facts, options, clock);
        }
        return switch (options.strategy()) {
            case COPY -> CopyPlanner.plan(table, facts, options, clock);
            case ATTACH, EMPTY -> InPlacePlanner.plan(table, facts, options, clock);
        };
    }

    /**
     * The key's grid, when the column exists, has a type that can be partitioned, the interval fits it
     * and, for an epoch key, {@link #epochProblems} finds none.
     */
    static Optional<PartitionGrid> grid(TableSnapshot table, ConversionOptions options, ConversionFacts facts, Clock clock) {
        return keyGrid(table, options).filter(grid -> epochProblems(table, options, facts, clock).isEmpty());
    }

    /** The key's grid, when the column exists, has a type that can be partitioned and the interval fits it. */
    static Optional<PartitionGrid> keyGrid(TableSnapshot table, ConversionOptions options) {
        return table.column(options.column())
                .flatMap(column -> KeyType.of(column.baseTypeName()))
                .filter(type -> PartitionGrid.fits(type, options.interval(), options.keyEncoding()))
                .map(type -> PartitionGrid.of(type, options.interval(), options.zone(), options.keyEncoding()));
    }

    /** Why the key cannot hold time in the options' epoch unit (see {@link EpochKey}); empty without epoch. */
    static List<String> epochProblems(TableSnapshot table, ConversionOptions options, ConversionFacts facts, Clock clock) {
        Optional<Column> key = table.column(options.column());
        if (options.epoch() == null || key.isEmpty()) {
            return List.of();
        }
        Optional<KeyType> keyType = KeyType.of(key.get().baseTypeName());
        Optional<Long> largest = keyType.filter(type -> !type.isTime()).flatMap(type -> facts.maxKey()).map(Long::parseLong);
        return EpochKey.problems(options.epoch(), key.get(), options.interval(), options.zone(), options.premake(), largest,
                clock.instant());
    }

    /**
     * The interval holding now on the key axis: the clock's for time and epoch keys, the largest key's
     * for integer keys (a conversion measures from the largest key: every row must fit below its boundary).
     */
    static Bound currentInterval(PartitionGrid grid, ConversionFacts facts, Clock clock) {
        Optional<KeyHead> head = grid.hasClock() ? Optional.empty()
                : facts.maxKey().map(grid::parse).map(max -> KeyHead.largest(max.value(), Optional.empty()));
        return grid.floor(AxisNow.of(grid, null, clock.instant(), ZoneOffset.UTC /* no retention: no zone */, head).reference());
    }
}
