package io.partitionkit.core.plan.revert;

import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.testing.Planning;
import io.partitionkit.testing.Runner;
import io.partitionkit.testing.Tables;
import java.util.List;
import java.util.Optional;

/**
 * A revertPartitioning change on a table stated with {@link Tables}, planned from the facts
 * {@link RevertFacts#read} would read: the table, what an earlier run or a conversion left next to
 * it under the names a revert uses, and what the {@link Runner} may do.
 */
final class Revert {

    private final Tables table;
    private String primaryKey;
    private Optional<TableSnapshot> target = Optional.empty();
    private Optional<TableSnapshot> log = Optional.empty();
    private Optional<FunctionSnapshot> function = Optional.empty();
    private Optional<TableSnapshot> legacy = Optional.empty();
    private Optional<TableSnapshot> legacyPartition = Optional.empty();
    private boolean tableMissing;
    private Runner runner = Runner.superuser();

    private Revert(Tables table) {
        this.table = table;
    }

    static Revert table(Tables table) {
        return new Revert(table);
    }

    /** The primaryKey attribute: the plain table's key columns, comma-separated. */
    Revert primaryKey(String columns) {
        primaryKey = columns;
        return this;
    }

    /** The plain copy an earlier run began, {@code <table>_unpartitioned}. */
    Revert target(Tables copy) {
        target = Optional.of(copy.snapshot());
        return this;
    }

    /** The log of written keys an earlier run left, {@code <table>_revert_log}. */
    Revert log(Tables keys) {
        log = Optional.of(keys.snapshot());
        return this;
    }

    /** The function logging them, {@code <table>_revert_capture()}. */
    Revert function(FunctionSnapshot found) {
        function = Optional.of(found);
        return this;
    }

    /** The table under the legacy name, which the facts hold only when it is a plain table that is no partition. */
    Revert legacy(Tables kept) {
        legacy = Optional.of(kept.snapshot()).filter(found -> found.parentTable() == null && found.relkind() == 'r');
        return this;
    }

    /** The partition under the legacy name, which an attach conversion made of the original table. */
    Revert legacyPartition(Tables partition) {
        legacyPartition = Optional.of(partition.snapshot());
        return this;
    }

    Revert tableMissing() {
        tableMissing = true;
        return this;
    }

    Revert runAs(Runner role) {
        runner = role;
        return this;
    }

    RevertOptions options() {
        return RevertOptions.parse(null, table.name().name(), primaryKey, null, null, null);
    }

    RevertFacts facts() {
        TableSnapshot snapshot = table.snapshot();
        return new RevertFacts(tableMissing ? Optional.empty() : Optional.of(snapshot), target, log, function, legacy, legacyPartition,
                runner.defaults(),
                snapshot.isPartitioned() ? Optional.of(runner.privileges()) : Optional.empty(), runner.statementTimeout());
    }

    Plan plan() {
        return RevertPlanner.plan(facts(), options());
    }

    List<String> refusal() {
        return Planning.refusal(this::plan);
    }
}
