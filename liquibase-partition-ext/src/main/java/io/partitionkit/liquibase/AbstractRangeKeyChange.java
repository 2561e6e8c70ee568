package io.partitionkit.liquibase;

import io.partitionkit.core.options.SharedAttributes;
import io.partitionkit.core.options.WholeNumberRange;
import java.util.List;
import liquibase.change.DatabaseChangeProperty;

/**
 * The changes that cut a table into range partitions: the key column, the width of a partition, how
 * many to keep ahead, and the time zone whose calendar cuts them.
 */
public abstract class AbstractRangeKeyChange extends AbstractPartitionChange {

    private String column;
    private String interval;
    private Integer premake;
    private String timeZone;
    private String epoch;
    private String keyEncoding;

    @Override
    protected List<WholeNumberRange> wholeNumberAttributes() {
        return List.of(SharedAttributes.PREMAKE);
    }

    @DatabaseChangeProperty(description = "The partition key column: date, timestamp, timestamptz, smallint, integer, bigint, "
            + "or uuid holding UUIDv7 (with keyEncoding uuidv7)",
            exampleValue = "created_at", supportsDatabase = "postgresql", requiredForDatabase = "postgresql")
    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    @DatabaseChangeProperty(description = "Width of each partition: hour, day, week, month, quarter or year for date and "
            + "timestamp keys; a positive whole number for integer keys", exampleValue = "day",
            supportsDatabase = "postgresql", requiredForDatabase = "postgresql")
    public String getInterval() {
        return interval;
    }

    public void setInterval(String interval) {
        this.interval = interval;
    }

    @DatabaseChangeProperty(description = "Partitions to keep ahead of the current one (default 7)", exampleValue = "7",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public Integer getPremake() {
        return premake;
    }

    public void setPremake(Integer premake) {
        this.premake = premake;
    }

    @DatabaseChangeProperty(description = "Time zone whose calendar cuts the partitions and the retention cutoff (default UTC)",
            exampleValue = "UTC", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    @DatabaseChangeProperty(description = "For an integer or bigint key holding time since 1970-01-01 UTC: its unit, seconds, "
            + "milliseconds, microseconds or nanoseconds. interval, premake, retention and timeZone then mean time",
            exampleValue = "milliseconds", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getEpoch() {
        return epoch;
    }

    public void setEpoch(String epoch) {
        this.epoch = epoch;
    }

    @DatabaseChangeProperty(description = "For a uuid key holding UUIDv7, whose first 48 bits are its creation time: uuidv7. "
            + "interval, premake, retention and timeZone then mean time, and bounds are the smallest UUIDv7 of each instant",
            exampleValue = "uuidv7", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getKeyEncoding() {
        return keyEncoding;
    }

    public void setKeyEncoding(String keyEncoding) {
        this.keyEncoding = keyEncoding;
    }
}
