package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.testing.Planning;
import io.partitionkit.testing.Runner;
import io.partitionkit.testing.Tables;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A convertToRangePartitioned change on a table stated with {@link Tables}, planned from the facts
 * {@link ConversionFacts#read} would read: the snapshot, the smallest and largest key when the
 * table has rows, whether the key column holds NULLs, and what the {@link Runner} may do. A copy
 * finds what an earlier run left only where a test states it.
 */
final class Convert {

    private final Tables table;
    private String column = "created_at";
    private String interval = "day";
    private String strategy;
    private Optional<String> minKey = Optional.empty();
    private Optional<String> maxKey = Optional.empty();
    private boolean keyHasNulls;
    private Optional<TableSnapshot> shadow = Optional.empty();
    private final Map<String, TableSnapshot> rangeTables = new HashMap<>();
    private Runner runner = Runner.superuser();
    private Optional<InheritanceFacts> inheritance = Optional.empty();

    private Convert(Tables table) {
        this.table = table;
    }

    /** Daily partitions on created_at, two ahead, with strategy attach, as the superuser, of a table without rows. */
    static Convert table(Tables table) {
        return new Convert(table);
    }

    Convert column(String name) {
        column = name;
        return this;
    }

    Convert interval(String value) {
        interval = value;
        return this;
    }

    /** attach, copy or empty. */
    Convert strategy(String name) {
        strategy = name;
        return this;
    }

    /** The smallest and largest key as the server prints them ({@code min(key)::text}). */
    Convert keys(String min, String max) {
        minKey = Optional.of(min);
        maxKey = Optional.of(max);
        return this;
    }

    /** The table as the parent of an inheritance set with these facts. */
    Convert inheritance(InheritanceFacts facts) {
        this.inheritance = Optional.of(facts);
        return this;
    }

    Convert keyHasNulls() {
        keyHasNulls = true;
        return this;
    }

    /** The partitioned table an earlier copy began filling, {@code <table>_partitioned}. */
    Convert shadow(Tables filling) {
        shadow = Optional.of(filling.snapshot());
        return this;
    }

    /** A range table an earlier copy was loading, {@code <table>_p<suffix>} not yet attached. */
    Convert rangeTable(Tables loading) {
        rangeTables.put(loading.name().name(), loading.snapshot());
        return this;
    }

    Convert runAs(Runner role) {
        runner = role;
        return this;
    }

    ConversionOptions options() {
        return ConversionOptions.parse(null, table.name().name(), column, interval, 2, strategy, null, null, null, null, null);
    }

    ConversionFacts facts() {
        TableSnapshot snapshot = table.snapshot();
        boolean copy = "copy".equals(strategy);
        return new ConversionFacts(Optional.of(snapshot), maxKey, keyHasNulls,
                copy ? Optional.of(new ConversionFacts.CopyProgress(minKey, shadow, Map.copyOf(rangeTables), Optional.empty(), Optional.empty()))
                        : Optional.empty(),
                runner.defaults(), snapshot.isPartitioned() ? Optional.empty() : Optional.of(runner.privileges()), runner.statementTimeout(),
                inheritance);
    }

    Plan plan(Clock clock) {
        return ConversionPlanner.plan(facts(), options(), clock);
    }

    /** The problems planning refuses with. */
    List<String> refusal(Clock clock) {
        return Planning.refusal(() -> plan(clock));
    }
}
