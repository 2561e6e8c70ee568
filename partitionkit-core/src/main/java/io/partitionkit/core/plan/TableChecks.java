package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Problems every operation on a table checks for alike, with the same message wherever they are found. */
public final class TableChecks {

    static final int MIN_SERVER_VERSION = 140000;

    private TableChecks() {
    }

    public static Optional<String> unsupportedServer(TableSnapshot table) {
        return table.serverVersionNum() < MIN_SERVER_VERSION
                ? Optional.of("PostgreSQL " + table.serverMajorVersion() + " is not supported; partitionkit needs PostgreSQL 14 or later")
                : Optional.empty();
    }

    /** Partitions a DETACH ... CONCURRENTLY left half-detached, each with the statement that finishes it. */
    public static List<String> halfDetached(QualifiedName table, List<Partition> partitions) {
        List<String> problems = new ArrayList<>();
        for (Partition partition : partitions) {
            if (partition.detachPending()) {
                problems.add("partition " + partition.name() + " is half-detached; finish it first with "
                        + Ddl.detachPartition(table, partition.name()) + " FINALIZE");
            }
        }
        return problems;
    }
}
