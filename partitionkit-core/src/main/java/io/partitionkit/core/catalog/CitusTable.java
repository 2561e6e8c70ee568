package io.partitionkit.core.catalog;

/**
 * How Citus holds a table, read from {@code pg_dist_partition} on a database with the citus extension.
 *
 * @param distributionColumn the column a distributed table's rows are spread by, null for the other kinds
 * @param colocationId       the group of tables whose shards Citus keeps together (0 for none)
 */
public record CitusTable(Kind kind, String distributionColumn, int colocationId) {

    /** The kinds of Citus table. */
    public enum Kind {
        /** Hash-distributed on a column: its shards are spread over the workers. */
        DISTRIBUTED,
        /** Distributed without a column: one shard, on one worker. */
        SINGLE_SHARD,
        /** Copied whole to every node. */
        REFERENCE,
        /** A coordinator table in Citus's metadata, so that distributed tables may join it. */
        LOCAL
    }

    /** The kind of a {@code pg_dist_partition} row: its partmethod, repmodel and colocationid. */
    static Kind kind(String partitionMethod, String replicationModel, int colocationId) {
        if ("h".equals(partitionMethod)) {
            return Kind.DISTRIBUTED;
        }
        if ("t".equals(replicationModel)) {
            return Kind.REFERENCE;
        }
        return colocationId != 0 ? Kind.SINGLE_SHARD : Kind.LOCAL;
    }

    /** How Citus holds the table, for messages. */
    public String describe() {
        return switch (kind) {
            case DISTRIBUTED -> "a distributed table of Citus (on column '" + distributionColumn + "')";
            case SINGLE_SHARD -> "a single-shard distributed table of Citus";
            case REFERENCE -> "a reference table of Citus";
            case LOCAL -> "a Citus local table";
        };
    }
}
