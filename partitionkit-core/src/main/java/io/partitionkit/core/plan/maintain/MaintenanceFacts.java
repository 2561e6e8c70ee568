package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.catalog.ArchivedTable;
import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionedTableRead;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionGrid;
import io.partitionkit.core.grid.UuidVersions;
import io.partitionkit.core.plan.ArchiveMarker;
import io.partitionkit.core.sql.QualifiedName;
import io.partitionkit.core.sql.Sql;
import java.util.List;
import java.util.Optional;

/**
 * What the maintenance planner needs besides the clock: the table, and the few facts about its rows
 * that decide what to do (read here, once, so that planning does no I/O).
 *
 * @param head              for integer keys, the key head (premake and retention follow it, but for epoch keys, whose
 *                          largest value is checked against their unit); empty without rows
 * @param defaultBuckets    a key inside every partition range the DEFAULT partition holds rows of
 *                          (see {@link PartitionGrid#bucketSql}), oldest first, at most {@link #MAX_DEFAULT_BUCKETS}
 * @param archiveSchemaMissing whether the options name an archiveSchema that does not exist
 * @param defaults          what default privileges would add to the partitions a run creates
 * @param statementTimeout  the session's, which would cancel a long step
 * @param freeze            what freezing old partitions needs to know of their rows and constraints
 * @param archiveTablespace whether the archiveTablespace the options name exists and this role may create in it
 * @param archived          the tables of archiveSchema that retention archived from this table (by the note on them)
 * @param referenced        whether a foreign key of another table references the table
 * @param notValidChecks    the table's NOT VALID CHECK constraints, which the partitions a run creates keep NOT VALID
 * @param uuidVersions      for a uuid key whose rows are all in DEFAULT (before the first run), how many are UUIDv7
 * @param citus             how Citus holds the table, on a database with the citus extension
 */
public record MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                               boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout,
                               FreezeFacts freeze, TablespaceAccess archiveTablespace, List<ArchivedTable> archived, boolean referenced,
                               List<Constraint> notValidChecks, Optional<UuidVersions> uuidVersions, Optional<CitusTable> citus) {

    public static final int MAX_DEFAULT_BUCKETS = 10_000;
    /** Whether a tablespace a change names may take what it moves there. */
    public enum TablespaceAccess {
        /** No tablespace was named. */
        NOT_NAMED,
        MISSING,
        /** It exists, but this role lacks CREATE on it (and is no superuser). */
        NOT_CREATABLE,
        CREATABLE;

        static TablespaceAccess read(CatalogReader reader, String tablespace) {
            if (tablespace == null) {
                return NOT_NAMED;
            }
            return reader.tablespaceCreatable(tablespace).map(creatable -> creatable ? CREATABLE : NOT_CREATABLE).orElse(MISSING);
        }
    }

    public MaintenanceFacts {
        archived = List.copyOf(archived);
        notValidChecks = List.copyOf(notValidChecks);
    }

    /** Facts of a table snapshot read in full, which knows its foreign keys and constraints. */
    public MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                            boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout,
                            FreezeFacts freeze, TablespaceAccess archiveTablespace, List<ArchivedTable> archived) {
        this(table, head, defaultBuckets, archiveSchemaMissing, defaults, statementTimeout, freeze, archiveTablespace, archived,
                table.filter(t -> !t.incomingForeignKeys().isEmpty()).isPresent(),
                table.map(t -> t.constraints().stream().filter(c -> c.isCheck() && !c.validated()).toList()).orElse(List.of()),
                Optional.empty(), Optional.empty());
    }

    /** Facts of a table none of whose partitions is, or is to be, frozen, naming no archive tablespace and finding nothing archived. */
    public MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                            boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout) {
        this(table, head, defaultBuckets, archiveSchemaMissing, defaults, statementTimeout, FreezeFacts.none());
    }

    /** Facts of a run that names no archive tablespace and finds nothing archived. */
    public MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                            boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout,
                            FreezeFacts freeze) {
        this(table, head, defaultBuckets, archiveSchemaMissing, defaults, statementTimeout, freeze, TablespaceAccess.NOT_NAMED, List.of());
    }

    /** Facts of a table none of whose partitions is, or is to be, frozen. */
    public MaintenanceFacts(Optional<TableSnapshot> table, Optional<KeyHead> head, List<String> defaultBuckets,
                            boolean archiveSchemaMissing, DefaultPrivileges defaults, StatementTimeout statementTimeout,
                            TablespaceAccess archiveTablespace, List<ArchivedTable> archived) {
        this(table, head, defaultBuckets, archiveSchemaMissing, defaults, statementTimeout, FreezeFacts.none(), archiveTablespace, archived);
    }

    /**
     * Reads what planning needs: the table and its partitions in one query, and only what the options
     * and the table call for besides (the DEFAULT's rows when its heap has a page, the key head of an
     * integer key, what freezing and archiving name). A table that needs nothing costs that one query.
     */
    public static MaintenanceFacts read(CatalogReader reader, MaintenanceOptions options) {
        // Only a partition that leaves the table (detached, archived) needs its grantees: they lose their access to it.
        Optional<PartitionedTableRead> read = reader.readPartitioned(options.schema(), options.table(),
                options.retentionMode() != MaintenanceOptions.RetentionMode.DROP);
        Optional<TableSnapshot> table = read.map(PartitionedTableRead::table);
        boolean referenced = read.filter(PartitionedTableRead::referenced).isPresent();
        boolean archiveSchemaMissing = options.archiveSchema() != null && !reader.schemaExists(options.archiveSchema());
        TablespaceAccess archiveTablespace = TablespaceAccess.read(reader, options.archiveTablespace());
        Optional<KeyType> keyType = table.filter(TableSnapshot::isPartitioned).flatMap(t -> t.column(options.column()))
                .map(Column::baseTypeName).flatMap(KeyType::of)
                .filter(type -> PartitionGrid.fits(type, options.interval(), options.keyEncoding()));
        if (keyType.isEmpty()) {
            return new MaintenanceFacts(table, Optional.empty(), List.of(), archiveSchemaMissing, DefaultPrivileges.none(),
                    read.map(PartitionedTableRead::statementTimeout).orElseGet(reader::statementTimeout), FreezeFacts.none(),
                    archiveTablespace, List.of(), referenced, List.of(), Optional.empty(),
                    read.flatMap(reader::citusTable));
        }
        PartitionedTableRead found = read.get();
        TableSnapshot snapshot = found.table();
        PartitionGrid grid = PartitionGrid.of(keyType.get(), options.interval(), options.zone(), options.keyEncoding());
        Optional<KeyHead> head = keyType.get().isTime() ? Optional.empty() : KeyHead.read(reader, snapshot, options.column());
        // The read says whether Citus is installed: a database without it costs no query more.
        Optional<CitusTable> citus = reader.citusTable(found);
        // Citus keeps a distributed DEFAULT's rows on the workers: its heap on the coordinator says nothing.
        boolean defaultMayHoldData = found.defaultHoldsData() || citus.isPresent();
        List<String> defaultBuckets = snapshot.partitioning().defaultPartition()
                .filter(defaultPartition -> defaultMayHoldData)
                .map(Partition::name)
                .map(defaultPartition -> reader.distinctValues(defaultPartition,
                        "SELECT DISTINCT " + grid.bucketSql(options.column()) + " AS bucket FROM ONLY " + defaultPartition.sql()
                                + " WHERE " + Sql.ident(options.column()) + " IS NOT NULL"
                                + grid.placeableSql(options.column()).map(placeable -> " AND " + placeable).orElse("") + " ORDER BY bucket",
                        MAX_DEFAULT_BUCKETS))
                .orElse(List.of());
        // Before a uuid table has its first range partition, its rows in DEFAULT are all there is to judge keyEncoding uuidv7 by.
        Optional<UuidVersions> versions = snapshot.partitioning().defaultPartition()
                .filter(defaultPartition -> keyType.get() == KeyType.UUID && defaultMayHoldData
                        && snapshot.partitioning().partitions().stream().allMatch(Partition::isDefault))
                .map(defaultPartition -> UuidVersions.read(reader, defaultPartition.name(), options.column(), defaultPartition.estimatedRows()));
        // Whoever may create in the archive schema can write the note: only the table owner's tables are its archived partitions.
        List<ArchivedTable> archived = options.archiveSchema() == null || archiveSchemaMissing ? List.of()
                : archivedFrom(reader, options.archiveSchema(), snapshot.name()).stream()
                        .filter(archivedTable -> archivedTable.owner().equals(snapshot.owner())).toList();
        return new MaintenanceFacts(table, head, defaultBuckets, archiveSchemaMissing, found.defaults(), found.statementTimeout(),
                FreezeFacts.read(reader, snapshot, found.partitionChecks(), grid, options), archiveTablespace, archived, referenced,
                found.notValidChecks(), versions, citus);
    }

    /** The tables of {@code archiveSchema} whose note says retention archived them from {@code table}. */
    static List<ArchivedTable> archivedFrom(CatalogReader reader, String archiveSchema, QualifiedName table) {
        return reader.tablesNoted(archiveSchema, ArchiveMarker.PREFIX).stream()
                .filter(archived -> ArchiveMarker.parse(archived.comment()).filter(note -> note.of(table)).isPresent())
                .toList();
    }
}
