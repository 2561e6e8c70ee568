package io.partitionkit.core.status;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionedTableRead;
import io.partitionkit.core.catalog.ReadSettings;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.Uuidv7;
import io.partitionkit.core.sql.LockTimeout;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what status needs from a database: every partitioned table with its partitions (through
 * {@link CatalogReader}), their sizes, the rows waiting in DEFAULT and, for integer keys, the
 * key head. Only reads, each under {@link ReadSettings} (so a read behind another session's ACCESS
 * EXCLUSIVE lock gives up after the default lock_timeout). A table that cannot be read is reported
 * and the others still are.
 */
public final class StatusReader {

    private final Connection connection;
    private final CatalogReader catalog;
    private final ReadSettings settings;

    public StatusReader(Connection connection) {
        this.connection = connection;
        this.catalog = new CatalogReader(connection, LockTimeout.DEFAULT);
        this.settings = catalog.settings();
    }

    /** The schema a table name without one resolves to on this connection. */
    public String currentSchema() {
        return catalog.currentSchema();
    }

    public StatusFacts read() {
        List<TableFacts> tables = new ArrayList<>();
        Map<QualifiedName, String> unreadable = new LinkedHashMap<>();
        for (QualifiedName table : partitionedTables()) {
            try {
                catalog.readPartitioned(table.schema(), table.name(), false).filter(read -> read.table().isPartitioned()).map(this::facts)
                        .ifPresent(tables::add);
            } catch (CatalogException e) {
                unreadable.put(table, e.getMessage());
            }
        }
        return new StatusFacts(tables, unreadable);
    }

    /** Partitioned tables that are not partitions themselves, in every schema but PostgreSQL's own. */
    List<QualifiedName> partitionedTables() {
        return settings.read(this::listPartitionedTables);
    }

    private List<QualifiedName> listPartitionedTables() {
        List<QualifiedName> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT n.nspname, c.relname
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'p' AND NOT c.relispartition
                  AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
                ORDER BY n.nspname, c.relname
                """)) {
            while (rows.next()) {
                tables.add(new QualifiedName(rows.getString(1), rows.getString(2)));
            }
            return tables;
        } catch (SQLException e) {
            throw new CatalogException("cannot list the partitioned tables: " + e.getMessage(), e);
        }
    }

    private TableFacts facts(PartitionedTableRead read) {
        TableSnapshot snapshot = read.table();
        Optional<Column> key = TableFacts.keyColumn(snapshot);
        boolean integerKey = key.map(Column::baseTypeName).flatMap(KeyType::of).filter(type -> !type.isTime()).isPresent();
        Optional<KeyHead> head = integerKey ? KeyHead.read(catalog, snapshot, key.get().name()) : Optional.empty();
        // A uuid key's rows in DEFAULT are counted apart when they are no UUIDv7: they stay there.
        Optional<String> notUuidv7 = key.filter(column -> KeyType.of(column.baseTypeName()).filter(KeyType.UUID::equals).isPresent())
                .map(column -> "NOT " + Uuidv7.isVersion7Sql(Sql.ident(column.name())));
        // A DEFAULT whose heap has no page holds no row: nothing to count. (Citus keeps the rows on the workers: counted.)
        boolean citus = catalog.citusTable(read).isPresent();
        long[] defaultRows = snapshot.partitioning().defaultPartition().filter(partition -> read.defaultHoldsData() || citus)
                .map(Partition::name)
                .map(partition -> settings.read(partition, () -> countUpToLimit(partition, notUuidv7))).orElse(new long[] {0, 0});
        Map<QualifiedName, PartitionVolume> volumes = settings.read(snapshot.name(), () -> volumes(snapshot.oid(), citus));
        return TableFacts.of(snapshot, volumes, defaultRows[0], head, notUuidv7.map(condition -> defaultRows[1]));
    }

    /**
     * Rows and bytes of each partition, summed over the partitions of a sub-partitioned one (sizes lock
     * each partition); a leaf partition is measured directly, without walking its tree.
     */
    private Map<QualifiedName, PartitionVolume> volumes(long table, boolean citus) {
        Map<QualifiedName, PartitionVolume> volumes = new HashMap<>();
        // A partition Citus distributes is an empty shell on the coordinator: its rows and size are those of its shards.
        String size = citus ? "pg_catalog.citus_total_relation_size" : "pg_catalog.pg_total_relation_size";
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT n.nspname, c.relname,
                       CASE WHEN c.relkind <> 'p' THEN greatest(c.reltuples, 0)::bigint
                            ELSE (SELECT coalesce(sum(greatest(l.reltuples, 0)), 0)::bigint
                                  FROM pg_catalog.pg_partition_tree(c.oid) t JOIN pg_catalog.pg_class l ON l.oid = t.relid
                                  WHERE t.isleaf) END AS estimated_rows,
                       CASE WHEN c.relkind <> 'p' THEN %1$s(c.oid)
                            ELSE (SELECT coalesce(sum(%1$s(t.relid)), 0)::bigint
                                  FROM pg_catalog.pg_partition_tree(c.oid) t) END AS bytes
                FROM pg_catalog.pg_inherits i
                JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE i.inhparent = ?
                """.formatted(size))) {
            statement.setLong(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    volumes.put(new QualifiedName(rows.getString(1), rows.getString(2)),
                            new PartitionVolume(rows.getLong(3), rows.getLong(4)));
                }
            }
            if (citus) {
                Map<QualifiedName, Long> shardRows = ShardRowEstimates.read(connection, table);
                volumes.replaceAll((partition, volume) -> new PartitionVolume(shardRows.getOrDefault(partition, 0L), volume.bytes()));
            }
            return volumes;
        } catch (SQLException e) {
            throw new CatalogException("cannot read partition sizes: " + e.getMessage(), e);
        }
    }

    /**
     * The partition's rows, counting stops one past the limit (a huge DEFAULT is not scanned in full),
     * and how many of those meet {@code condition} (0 without one).
     */
    private long[] countUpToLimit(QualifiedName partition, Optional<String> condition) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE " + condition.orElse("false") + ") FROM (SELECT * FROM " + partition.sql()
                        + " LIMIT " + (TableFacts.DEFAULT_ROWS_COUNTED_UP_TO + 1) + ") r")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        } catch (SQLException e) {
            throw new CatalogException("cannot count the rows of " + partition + ": " + e.getMessage(), e);
        }
    }
}
