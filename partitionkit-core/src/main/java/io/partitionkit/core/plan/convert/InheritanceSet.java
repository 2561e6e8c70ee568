package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.InheritanceChild;
import io.partitionkit.core.grid.Bound;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.PartitionRange;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The children of a table partitioned by inheritance, each as the partition it becomes: the range
 * its CHECK holds it to on the key, which must lie on the interval's grid and overlap no other
 * child's. What cannot become a partition is a problem naming the child.
 *
 * @param partitions the children that become partitions, in key order
 * @param problems   why the set cannot be converted as it is; empty when it can
 */
public record InheritanceSet(List<Child> partitions, List<String> problems) {

    /**
     * A child and the range it becomes the partition for.
     *
     * @param provedByItsCheck whether its CHECK proves the range to PostgreSQL's attach (validated),
     *                         so that attaching it scans nothing
     */
    public record Child(QualifiedName name, PartitionRange range, boolean provedByItsCheck) {
    }

    public InheritanceSet {
        partitions = List.copyOf(partitions);
        problems = List.copyOf(problems);
    }

    public static InheritanceSet of(List<InheritanceChild> children, String column, PartitionGrid grid) {
        List<Child> partitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (InheritanceChild child : children) {
            if (child.hasChildren()) {
                problems.add(child.name() + " has inheritance children of its own; only children of the table itself become "
                        + "partitions");
                continue;
            }
            Optional<ChildCheck> check = keyCheck(child, column, grid);
            if (check.isEmpty()) {
                problems.add(child.name() + " has no CHECK holding " + Sql.ident(column) + " to one range (" + Sql.ident(column)
                        + " >= a AND " + Sql.ident(column) + " < b, with constants of the column's type); add one "
                        + "(NOT VALID, then VALIDATE CONSTRAINT: neither blocks writers for long), so it can become that range's "
                        + "partition");
                continue;
            }
            PartitionRange range = check.get().range();
            if (!grid.isAligned(range)) {
                problems.add(child.name() + " holds " + Sql.ident(column) + " to [" + grid.describe(range.lower()) + ", "
                        + grid.describe(range.upper()) + "), which does not start and end on " + grid.interval() + " boundaries "
                        + "(in the time zone given); give the conversion the interval and timeZone the children were made with");
                continue;
            }
            if (!grid.advance(range.lower(), 1).equals(range.upper())) {
                problems.add(child.name() + " holds " + Sql.ident(column) + " to [" + grid.describe(range.lower()) + ", "
                        + grid.describe(range.upper()) + "), which is not one " + grid.interval() + "; give the conversion the "
                        + "interval the children were made with");
                continue;
            }
            partitions.add(new Child(child.name(), range, check.get().provesWithoutScan()));
        }
        partitions.sort(Comparator.comparing(child -> child.range().lower()));
        for (int i = 1; i < partitions.size(); i++) {
            Child before = partitions.get(i - 1);
            Child after = partitions.get(i);
            if (before.range().overlaps(after.range())) {
                Bound end = before.range().upper().isBefore(after.range().upper()) ? before.range().upper() : after.range().upper();
                problems.add(before.name() + " and " + after.name() + " overlap: the CHECKs of both admit the keys from "
                        + grid.describe(after.range().lower()) + " to " + grid.describe(end));
            }
        }
        return new InheritanceSet(partitions, problems);
    }

    /** The one CHECK that holds the key to a range; several that do, narrower than each other, read as none. */
    private static Optional<ChildCheck> keyCheck(InheritanceChild child, String column, PartitionGrid grid) {
        List<ChildCheck> ranges = child.checks().stream()
                .map(check -> ChildCheck.read(check.definition(), check.validated(), column, grid))
                .flatMap(Optional::stream).toList();
        return ranges.size() == 1 ? Optional.of(ranges.get(0)) : Optional.empty();
    }
}
