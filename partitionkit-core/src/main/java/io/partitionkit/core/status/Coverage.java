package io.partitionkit.core.status;

import io.partitionkit.core.sql.QualifiedName;

/**
 * How far partitions reach past "now" (the clock for time keys, the key head for integer keys).
 *
 * @param reference     where "now" is on the key axis, as text
 * @param referenceName what "now" is ({@code now}, {@code the largest key}, ...)
 * @param current       the partition that holds it, null when none does
 * @param reach         the upper bound of the last partition in the unbroken run starting at the current
 *                      one, as text; null when there is no current partition
 * @param ahead         partitions in that run after the current one
 */
public record Coverage(String reference, String referenceName, boolean referenceIsClock, QualifiedName current, String reach, int ahead) {

    public boolean covered() {
        return current != null;
    }
}
