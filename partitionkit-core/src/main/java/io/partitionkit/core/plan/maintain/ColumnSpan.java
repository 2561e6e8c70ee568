package io.partitionkit.core.plan.maintain;

/**
 * The values a column has in one partition, as text (read with TimeZone UTC and DateStyle ISO).
 *
 * @param lowest   the smallest value that is not NULL; null when every value is NULL or there are no rows
 * @param highest  the largest, likewise
 * @param hasNulls whether some row has NULL in the column
 */
public record ColumnSpan(String lowest, String highest, boolean hasNulls) {

    /** Whether the partition has no row at all. */
    public boolean noRows() {
        return lowest == null && !hasNulls;
    }
}
