package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold, beyond what any converted table needs, before the children of an inheritance set
 * can become the partitions of its parent: each must be a table PostgreSQL attaches as it is, owned
 * by the parent's owner (a partition's triggers run for every row inserted through the parent), with
 * the parent's columns and nothing more.
 */
final class InheritanceChecks {

    private InheritanceChecks() {
    }

    static List<String> problems(TableSnapshot parent, InheritanceFacts facts, InheritanceSet set, ConversionOptions options) {
        List<String> problems = new ArrayList<>();
        if (!facts.parents().isEmpty()) {
            problems.add(parent.name() + " inherits from " + facts.parents().stream().map(QualifiedName::toString)
                    .collect(Collectors.joining(", ")) + "; only the parent of an inheritance set can be converted");
        }
        if (options.strategy() != ConversionOptions.Strategy.ATTACH) {
            problems.add("strategy '" + options.strategy().name().toLowerCase(Locale.ROOT) + "' does not apply to " + parent.name()
                    + ", the parent of an inheritance set: its children become the partitions, so use strategy 'attach'");
        }
        problems.addAll(parentConstraints(parent));
        if (set != null) {
            problems.addAll(set.problems());
        }
        for (TableSnapshot child : facts.childTables().values()) {
            problems.addAll(child(parent, child));
        }
        if (facts.strayRows() > options.batchSize()) {
            problems.add(parent.name() + " itself stores more than " + options.batchSize() + " rows (batchSize) whose "
                    + options.column() + " no child holds; the switch would move them while the table is locked. Make children "
                    + "for their ranges (CHECK on the interval's boundaries, INHERIT " + parent.name() + ") and the conversion "
                    + "moves them online, or move them yourself");
        } else if (facts.strayRows() > 0 && !options.defaultPartition()) {
            problems.add(parent.name() + " itself stores rows whose " + options.column() + " no child holds; without the DEFAULT "
                    + "partition (defaultPartition=\"false\") rows outside the premade partitions have nowhere to go");
        }
        return problems;
    }

    /** Children do not inherit keys other than through the conversion, nor can rows referenced in the parent alone move. */
    private static List<String> parentConstraints(TableSnapshot parent) {
        List<String> problems = new ArrayList<>();
        for (Constraint constraint : parent.constraints()) {
            if (constraint.isForeignKey()) {
                problems.add("foreign key " + constraint.name() + " of " + parent.name() + " binds the parent's own rows only "
                        + "(children do not inherit foreign keys); drop it before converting, and add it to the partitioned "
                        + "table afterwards (NOT VALID, then VALIDATE CONSTRAINT)");
            } else if ((constraint.isUnique() && !constraint.isPrimaryKey()) || constraint.isExclusion()) {
                problems.add("constraint " + constraint.name() + " of " + parent.name() + " binds the parent's own rows only; "
                        + "drop it before converting an inheritance set (a unique index on the partitioned table, including "
                        + "the partition key, can take its place afterwards)");
            }
        }
        if (!parent.incomingForeignKeys().isEmpty()) {
            problems.add(parent.name() + " is referenced by foreign keys (" + parent.incomingForeignKeys().stream()
                    .map(key -> key.name() + " of " + key.table()).collect(Collectors.joining(", ")) + "), which see the rows "
                    + "of the parent alone, not of its children; drop them before converting an inheritance set");
        }
        return problems;
    }

    private static List<String> child(TableSnapshot parent, TableSnapshot child) {
        List<String> problems = new ArrayList<>();
        if (child.relkind() != 'r' || child.persistence() != 'p') {
            problems.add(child.name() + " is not a permanent plain table; only those can become partitions");
        }
        if (!child.owner().equals(parent.owner())) {
            problems.add(child.name() + " is owned by " + child.owner() + ", not by " + parent.owner() + " who owns "
                    + parent.name() + "; a partition's triggers run for every row inserted through the table, so make "
                    + parent.owner() + " its owner first (ALTER TABLE ... OWNER TO)");
        }
        Set<String> parentColumns = parent.columns().stream().map(Column::name).collect(Collectors.toSet());
        for (Column column : child.columns()) {
            if (!parentColumns.contains(column.name())) {
                problems.add(child.name() + " has column " + column.name() + ", which " + parent.name()
                        + " lacks; a partition has its table's columns and no others");
            }
        }
        for (Column column : parent.columns()) {
            boolean nullable = child.column(column.name()).map(own -> !own.notNull()).orElse(false);
            if (column.notNull() && nullable) {
                problems.add("column " + column.name() + " of " + child.name() + " is nullable, but NOT NULL in "
                        + parent.name() + "; declare it NOT NULL first (a validated CHECK (" + column.name()
                        + " IS NOT NULL) lets SET NOT NULL skip the scan)");
            }
        }
        if (!child.incomingForeignKeys().isEmpty()) {
            problems.add(child.name() + " is referenced by foreign keys (" + child.incomingForeignKeys().stream()
                    .map(key -> key.name() + " of " + key.table()).collect(Collectors.joining(", ")) + "); the conversion gives "
                    + "it the table's primary key, so drop them first");
        }
        for (Trigger trigger : child.triggers()) {
            if (trigger.usesTransitionTables()) {
                problems.add("trigger " + trigger.name() + " of " + child.name() + " uses transition tables (REFERENCING), "
                        + "which partitions cannot have");
            }
        }
        return problems;
    }
}
