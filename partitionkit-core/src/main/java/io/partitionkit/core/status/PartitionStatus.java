package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;
import java.util.Set;

/**
 * One partition as status shows it.
 *
 * @param from  its lower bound as text ({@code MINVALUE}, a value), or its whole bound when it is not a
 *              single-column range ({@code DEFAULT}, {@code FOR VALUES IN (...)})
 * @param to    its upper bound as text, empty when {@code from} holds the whole bound
 * @param rows  estimated rows, except for the DEFAULT partition, whose rows are counted
 */
public record PartitionStatus(QualifiedName name, String from, String to, long rows, long bytes, Set<Flag> flags) {

    /** What status noticed about a partition. */
    public enum Flag {
        DEFAULT("DEFAULT"),
        CURRENT("current"),
        EXPIRED("expired"),
        MISALIGNED("off the interval grid"),
        DETACH_PENDING("detach pending"),
        SUB_PARTITIONED("sub-partitioned");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PartitionStatus {
        flags = Set.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
