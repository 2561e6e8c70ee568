package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.plan.Ddl;
import io.partitionkit.core.plan.DoBlock;
import io.partitionkit.core.plan.PartitionTemplate;
import io.partitionkit.core.plan.RetryPolicy;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Optional;

/**
 * The switch of an inheritance set: the children leave the old parent and become the partitions of
 * the new one, each for the range its validated CHECK proves (no scan), with its primary key the
 * unique index built on it beforehand; the routing triggers go with the old parent, after the rows
 * it still stored itself have moved through the new table.
 */
final class InheritanceSwitch extends InPlaceSwitch {

    private final List<InheritancePlanner.ChildPlan> children;
    private final List<String> routingTriggers;

    InheritanceSwitch(TableSnapshot table, ConversionOptions options, InPlacePlanner.Layout layout, ConversionNames names,
                      boolean widened, RetryPolicy retry, DefaultPrivileges defaults, List<InheritancePlanner.ChildPlan> children,
                      List<String> routingTriggers) {
        super(table, options, layout, names, widened, retry, defaults, Optional.empty());
        this.children = List.copyOf(children);
        this.routingTriggers = List.copyOf(routingTriggers);
    }

    @Override
    String outcome() {
        return "its inheritance children becoming its partitions";
    }

    /** A routing trigger would insert every row twice on a partitioned table; it is not carried, and goes with the old parent. */
    @Override
    boolean isOwnTrigger(String trigger) {
        return routingTriggers.contains(trigger);
    }

    /**
     * Each child leaves the set and is attached for its range. Its privileges go: the partitioned
     * table guards its rows, and a partition keeps only its owner's access.
     */
    @Override
    void settleOldTable() {
        for (InheritancePlanner.ChildPlan plan : children) {
            QualifiedName child = plan.child().name();
            transaction.sql(Ddl.noInherit(child, legacy));
            if (!plan.keepsPrimaryKey()) {
                plan.child().primaryKey().ifPresent(key -> transaction.sql(Ddl.dropConstraint(child, key.name())));
                transaction.sql(Ddl.addPrimaryKeyUsingIndex(child, plan.primaryKeyIndex(), plan.primaryKeyIndex()));
            }
            transaction.sql(Ddl.attachPartition(parent, child, PartitionTemplate.rangeBound(layout.grid(), plan.member().range())));
            transaction.sql(template.accessOfExistingPartition(child, plan.child().grantees(), plan.child().rowSecurity(),
                    plan.child().forceRowSecurity()));
        }
    }

    @Override
    boolean repointsIncomingForeignKeys() {
        return false;
    }

    /**
     * Rows that arrived in the old parent itself since the online move (or that no child holds) go
     * through the new table into their partition or DEFAULT; then the empty old parent is dropped,
     * and its routing triggers with it.
     */
    @Override
    void retireOldTable() {
        // Every row, or an error: policies must not keep rows from the move, and the table that held them is dropped.
        transaction.setting("row_security", "off");
        String columns = Ddl.storedColumns(table, "");
        transaction.sql("WITH moved AS (DELETE FROM ONLY " + legacy.sql() + " RETURNING " + columns + ") INSERT INTO " + parent.sql()
                + " (" + columns + ") SELECT " + columns + " FROM moved");
        transaction.sql(Ddl.dropTable(legacy));
        for (String trigger : routingTriggers) {
            String function = table.trigger(trigger).map(own -> own.function().toString()).orElse("");
            transaction.plpgsql(DoBlock.raise("NOTICE", "partitionkit: dropped the routing trigger % of %; its function % is left alone",
                    Sql.literal(trigger), Sql.literal(table.name().toString()), Sql.literal(function)));
        }
    }
}
