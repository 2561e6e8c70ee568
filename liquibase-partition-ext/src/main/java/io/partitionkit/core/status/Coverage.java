package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;

/**
 * How far partitions reach past "now" (the clock for time keys, the largest key for integer keys).
 *
 * @param reference what "now" is on the key axis, as text
 * @param current   the partition that holds it, null when none does
 * @param reach     the upper bound of the last partition in the unbroken run starting at the current
 *                  one, as text; null when there is no current partition
 * @param ahead     partitions in that run after the current one
 */
public record Coverage(String reference, boolean referenceIsClock, QualifiedName current, String reach, int ahead) {

    public boolean covered() {
        return current != null;
    }
}
