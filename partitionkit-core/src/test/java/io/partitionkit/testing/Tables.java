package io.partitionkit.testing;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.OwnedSequence;
import io.partitionkit.core.catalog.Partition;
import io.partitionkit.core.catalog.PartitionCheck;
import io.partitionkit.core.catalog.Partitioning;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.grid.EpochUnit;
import io.partitionkit.core.grid.KeyHead;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.Uuidv7;
import io.partitionkit.core.sql.QualifiedName;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table as {@link CatalogReader} reads it from PostgreSQL, stated in a few lines, for tests that
 * plan or report without a server. For example
 *
 * <pre>
 * Tables.timestamptz("events").days("2026-11-10", "2026-11-25").defaultPartition(3)
 * </pre>
 *
 * is {@code public.events (created_at timestamptz NOT NULL, payload text)}, range-partitioned on
 * {@code created_at}, with a partition per UTC day from 2026-11-10 up to (not including) 2026-11-25,
 * named as partitionkit names them ({@code events_p20261110}), and a DEFAULT partition holding 3 rows.
 *
 * <p>What {@link #snapshot()} gives is what the catalog holds for the same table (the integration
 * test {@code CatalogFixturesIT} compares the two on a real server): bounds as {@code pg_get_expr}
 * prints them in a session pinned to UTC and ISO ({@code '2026-11-21 00:00:00+00'}; bigint and
 * smallint values quoted, integer values only when negative), partitions in order of name,
 * definitions as {@code pg_get_constraintdef} and {@code pg_get_indexdef} print them, blanks for
 * unset one-letter codes, and every relation name in the schema: the table, its partitions, indexes
 * and sequences, and the primary key index each partition gets (the partitions of other indexes of a
 * partitioned table are left out).
 *
 * <p>Values stated for a key (bounds, rows in DEFAULT) read as the key type reads them: a day
 * ({@code 2026-11-21}, midnight UTC for timestamptz), a wall-clock time ({@code 2026-11-21 06:30},
 * UTC for timestamptz), an instant with its offset ({@code 2026-03-29T00:00+01:00}), a whole number,
 * {@code MINVALUE} or {@code MAXVALUE}.
 */
public final class Tables {

    public static final String SCHEMA = "public";
    public static final String OWNER = "postgres";
    /** PostgreSQL 17, which the integration tests run on by default. */
    public static final int SERVER_VERSION = 170011;

    private static final DateTimeFormatter PRINTED_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** format_type and typname of the types a fixture's columns may have, by the name a test gives. */
    private static final Map<String, String[]> TYPES = Map.of(
            "bigint", new String[] {"bigint", "int8"},
            "integer", new String[] {"integer", "int4"},
            "smallint", new String[] {"smallint", "int2"},
            "timestamptz", new String[] {"timestamp with time zone", "timestamptz"},
            "timestamp", new String[] {"timestamp without time zone", "timestamp"},
            "date", new String[] {"date", "date"},
            "text", new String[] {"text", "text"},
            "jsonb", new String[] {"jsonb", "jsonb"},
            "uuid", new String[] {"uuid", "uuid"});

    /** A partition as it is being stated; made a {@link Partition} by {@link #snapshot()}. */
    private static final class Part {
        private final String name;
        private final String bound;
        private final String lower;
        private final String upper;
        private final long oid;
        private long estimatedRows;
        private boolean partitioned;
        private boolean detachPending;
        private List<String> reloptions = List.of();
        private String comment;
        /** By column: its smallest and largest value that is not NULL. */
        private final Map<String, String[]> values = new HashMap<>();
        private final Set<String> nullsIn = new HashSet<>();

        private Part(String name, String bound, String lower, String upper, long oid) {
            this.name = name;
            this.bound = bound;
            this.lower = lower;
            this.upper = upper;
            this.oid = oid;
        }
    }

    private QualifiedName name;
    private char relkind;
    private char persistence = 'p';
    private String owner = OWNER;
    private String comment;
    private int serverVersion = SERVER_VERSION;
    private QualifiedName parentTable;
    private boolean inheritance;
    private boolean typed;
    private boolean forceRowSecurity;
    private long tableRows;
    private final List<Column> columns = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<IncomingForeignKey> incomingForeignKeys = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final List<OwnedSequence> sequences = new ArrayList<>();
    private final List<String> unsupportedDependants = new ArrayList<>();
    private final Set<String> otherRelations = new HashSet<>();
    private char strategy;
    private String keyColumn;
    private final List<Part> partitions = new ArrayList<>();
    private final long oid;
    private long nextOid;
    private long defaultRows;
    private final List<String> keysInDefault = new ArrayList<>();
    private final List<PartitionCheck> partitionChecks = new ArrayList<>();
    private KeyHead head;

    private Tables(String schema, String name, char relkind) {
        this.name = new QualifiedName(schema, name);
        this.relkind = relkind;
        this.oid = 16386 + (name.hashCode() & 0xfff) * 64L; // distinct tables get distinct OIDs; partitions follow theirs
        this.nextOid = oid;
    }

    /** A plain table without columns yet. */
    public static Tables plain(String name) {
        return new Tables(SCHEMA, name, 'r');
    }

    /** A partitioned table without columns yet; {@link #rangeOn} or {@link #listOn} gives its key. */
    public static Tables partitioned(String name) {
        return new Tables(SCHEMA, name, 'p');
    }

    /** {@code (created_at timestamptz NOT NULL, payload text)}, range-partitioned on created_at. */
    public static Tables timestamptz(String name) {
        return keyedBy(name, "created_at", "timestamptz");
    }

    /** {@code (id bigint NOT NULL, payload text)}, range-partitioned on id. */
    public static Tables bigint(String name) {
        return keyedBy(name, "id", "bigint");
    }

    /** {@code (<column> <type> NOT NULL, payload text)}, range-partitioned on that column. */
    public static Tables keyedBy(String name, String column, String type) {
        return partitioned(name).column(column, type).nullable("payload", "text").rangeOn(column);
    }

    /** {@code (region text NOT NULL)}, list-partitioned on region. */
    public static Tables list(String name) {
        return partitioned(name).column("region", "text").listOn("region");
    }

    public QualifiedName name() {
        return name;
    }

    /** The same table in another schema; comes first, before anything that names the schema. */
    public Tables inSchema(String schema) {
        if (!constraints.isEmpty() || !incomingForeignKeys.isEmpty() || !sequences.isEmpty() || !triggers.isEmpty()) {
            throw new IllegalStateException("inSchema comes before the constraints, foreign keys, identity columns and triggers of " + name);
        }
        name = new QualifiedName(schema, name.name());
        return this;
    }

    // --- the table itself

    /** {@code relkind} as pg_class has it: {@code v} for a view, {@code f} for a foreign table, ... */
    public Tables relkind(char kind) {
        relkind = kind;
        return this;
    }

    /** {@code relpersistence}: {@code u} unlogged, {@code t} temporary. */
    public Tables persistence(char kind) {
        persistence = kind;
        return this;
    }

    public Tables ownedBy(String role) {
        owner = role;
        return this;
    }

    public Tables comment(String text) {
        comment = text;
        return this;
    }

    /** As {@code server_version_num} reads, such as 160004 for PostgreSQL 16.4. */
    public Tables serverVersion(int versionNum) {
        serverVersion = versionNum;
        return this;
    }

    /** A partition of {@code parent}, a table in the same schema. */
    public Tables partitionOf(String parent) {
        parentTable = name.sibling(parent);
        return this;
    }

    /** A parent or child in table inheritance (INHERITS). */
    public Tables inheriting() {
        inheritance = true;
        return this;
    }

    /** {@code CREATE TABLE ... OF type}. */
    public Tables typed() {
        typed = true;
        return this;
    }

    /** {@code ALTER TABLE ... FORCE ROW LEVEL SECURITY}. */
    public Tables forcingRowSecurity() {
        forceRowSecurity = true;
        return this;
    }

    /** The planner's estimate of the table's rows ({@code pg_class.reltuples}); 0 unless stated. */
    public Tables estimatedRows(long rows) {
        tableRows = rows;
        return this;
    }

    /** An object pg_describe_object names that depends on the table, such as {@code materialized view public.daily}. */
    public Tables dependant(String description) {
        unsupportedDependants.add(description);
        return this;
    }

    /** Another relation in the table's schema, whose name is therefore taken. */
    public Tables otherRelation(String relation) {
        otherRelations.add(relation);
        return this;
    }

    // --- columns

    /** A NOT NULL column; types are bigint, integer, smallint, timestamptz, timestamp, date and text. */
    public Tables column(String column, String type) {
        return addColumn(column, type, true, null, ' ', ' ');
    }

    public Tables nullable(String column, String type) {
        return addColumn(column, type, false, null, ' ', ' ');
    }

    /** {@code <type> NOT NULL GENERATED ALWAYS AS (expression) STORED}, the expression as pg_get_expr prints it. */
    public Tables generated(String column, String type, String expression) {
        return addColumn(column, type, true, expression, ' ', 's');
    }

    /** {@code GENERATED BY DEFAULT AS IDENTITY}: NOT NULL, fed by the sequence {@code <table>_<column>_seq} it owns. */
    public Tables identity(String column, String type) {
        addColumn(column, type, true, null, 'd', ' ');
        long max = KeyType.of(TYPES.get(type)[1]).orElseThrow().maxValue().longValueExact();
        sequences.add(new OwnedSequence(name.sibling(name.name() + "_" + column + "_seq"), column, true, type, 1, 1, 1, max, 1, false,
                null, true, List.of()));
        return this;
    }

    private Tables addColumn(String column, String type, boolean notNull, String defaultExpr, char identity, char generated) {
        String[] printed = TYPES.get(type);
        if (printed == null) {
            throw new IllegalArgumentException("no fixture type " + type + "; use one of " + TYPES.keySet());
        }
        columns.add(new Column(column, columns.size() + 1, printed[0], printed[1], null, notNull, defaultExpr, identity, generated, null));
        return this;
    }

    // --- constraints and indexes

    /** {@code PRIMARY KEY (columns)}, named {@code <table>_pkey} with its index. */
    public Tables primaryKey(String... keyColumns) {
        String constraint = name.name() + "_pkey";
        List<String> key = List.of(keyColumns);
        constraints.add(new Constraint(constraint, 'p', "PRIMARY KEY (" + String.join(", ", key) + ")", true, key, constraint, null, null,
                List.of(), List.of(), false, false));
        return indexBacking(constraint, true, true, "btree", key);
    }

    /** The comment on the primary key, such as the note a conversion that widened it leaves. */
    public Tables primaryKeyComment(String text) {
        return changeConstraint(name.name() + "_pkey", c -> new Constraint(c.name(), c.type(), c.definition(), c.validated(), c.columns(),
                c.indexName(), text, c.referencedTable(), c.referencedColumns(), c.exclusionOperators(), c.parentConstraint(), c.deferrable()));
    }

    /** {@code ALTER TABLE ... ALTER CONSTRAINT <table>_pkey DEFERRABLE}. */
    public Tables deferrablePrimaryKey() {
        return changeConstraint(name.name() + "_pkey", c -> new Constraint(c.name(), c.type(), c.definition() + " DEFERRABLE", c.validated(),
                c.columns(), c.indexName(), c.comment(), c.referencedTable(), c.referencedColumns(), c.exclusionOperators(),
                c.parentConstraint(), true));
    }

    /** {@code CONSTRAINT name UNIQUE (columns)}. */
    public Tables unique(String constraint, String... uniqueColumns) {
        List<String> key = List.of(uniqueColumns);
        constraints.add(new Constraint(constraint, 'u', "UNIQUE (" + String.join(", ", key) + ")", true, key, constraint, null, null,
                List.of(), List.of(), false, false));
        return indexBacking(constraint, true, false, "btree", key);
    }

    /** {@code CONSTRAINT name CHECK (expression) NOT VALID} on {@code column}, the expression as pg_get_constraintdef prints it. */
    public Tables notValidCheck(String constraint, String column, String expression) {
        constraints.add(new Constraint(constraint, 'c', "CHECK (" + expression + ") NOT VALID", false, List.of(column), null, null, null,
                List.of(), List.of(), false, false));
        return this;
    }

    /** {@code CONSTRAINT name EXCLUDE USING method (column WITH operator, ...)}; {@code elements} alternate column and operator. */
    public Tables exclusion(String constraint, String method, String... elements) {
        List<String> excluded = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < elements.length; i += 2) {
            excluded.add(elements[i]);
            operators.add(elements[i + 1]);
            printed.add(elements[i] + " WITH " + elements[i + 1]);
        }
        constraints.add(new Constraint(constraint, 'x', "EXCLUDE USING " + method + " (" + String.join(", ", printed) + ")", true,
                excluded, constraint, null, null, List.of(), operators, false, false));
        return indexBacking(constraint, false, false, method, excluded); // an exclusion constraint's index is not unique
    }

    private Tables indexBacking(String constraint, boolean unique, boolean primary, String method, List<String> key) {
        indexes.add(new Index(constraint, unique, primary, true,
                method + " (" + String.join(", ", key) + ")", key, false, false, constraint, null, null, null));
        return this;
    }

    /** {@code CREATE INDEX name ON table (columns)}. */
    public Tables index(String index, String... indexColumns) {
        return addIndex(index, false, indexColumns);
    }

    /** {@code CREATE UNIQUE INDEX name ON table (columns)}, backing no constraint. */
    public Tables uniqueIndex(String index, String... indexColumns) {
        return addIndex(index, true, indexColumns);
    }

    private Tables addIndex(String index, boolean unique, String... indexColumns) {
        List<String> key = List.of(indexColumns);
        indexes.add(new Index(index, unique, false, true, "btree (" + String.join(", ", key) + ")", key, false, false, null, null, null, null));
        return this;
    }

    /**
     * The index is a partition's, attached to the index {@code parentIndex} of its partitioned table;
     * the constraint it backs, if any, is the partition's copy of the table's.
     */
    public Tables indexAttachedTo(String index, String parentIndex) {
        Index found = indexes.stream().filter(i -> i.name().equals(index)).findFirst().orElseThrow();
        if (found.constraintName() != null) {
            changeConstraint(found.constraintName(), c -> new Constraint(c.name(), c.type(), c.definition(), c.validated(), c.columns(),
                    c.indexName(), c.comment(), c.referencedTable(), c.referencedColumns(), c.exclusionOperators(), true, c.deferrable()));
        }
        indexes.set(indexes.indexOf(found), new Index(found.name(), found.unique(), found.primary(), found.valid(), found.usingClause(),
                found.keyColumns(), found.partial(), found.hasExpressions(), found.constraintName(), found.comment(), found.tablespace(),
                parentIndex));
        return this;
    }

    /** The index is invalid, as a failed CREATE INDEX CONCURRENTLY leaves it. */
    public Tables invalid(String index) {
        Index found = indexes.stream().filter(i -> i.name().equals(index)).findFirst().orElseThrow();
        indexes.set(indexes.indexOf(found), new Index(found.name(), found.unique(), found.primary(), false, found.usingClause(),
                found.keyColumns(), found.partial(), found.hasExpressions(), found.constraintName(), found.comment(), found.tablespace(),
                found.parentIndex()));
        return this;
    }

    /** {@code CONSTRAINT name FOREIGN KEY (column) REFERENCES <schema>.referenced(referencedColumn)}. */
    public Tables foreignKey(String constraint, String column, String referenced, String referencedColumn) {
        constraints.add(new Constraint(constraint, 'f', "FOREIGN KEY (" + column + ") REFERENCES " + name.schema() + "." + referenced
                + "(" + referencedColumn + ")", true, List.of(column), null, null, name.sibling(referenced), List.of(referencedColumn),
                List.of(), false, false));
        return this;
    }

    /** The foreign key was added NOT VALID and not validated since. */
    public Tables notValid(String constraint) {
        return changeConstraint(constraint, c -> new Constraint(c.name(), c.type(), c.definition() + " NOT VALID", false, c.columns(),
                c.indexName(), c.comment(), c.referencedTable(), c.referencedColumns(), c.exclusionOperators(), c.parentConstraint(),
                c.deferrable()));
    }

    private Tables changeConstraint(String constraint, UnaryOperator<Constraint> change) {
        Constraint found = constraints.stream().filter(c -> c.name().equals(constraint)).findFirst().orElseThrow();
        constraints.set(constraints.indexOf(found), change.apply(found));
        return this;
    }

    /** Table {@code referencing} (same schema) has {@code FOREIGN KEY (column) REFERENCES} this table's {@code referencedColumns}. */
    public Tables referencedBy(String referencing, String constraint, String column, boolean validated, String... referencedColumns) {
        List<String> referenced = List.of(referencedColumns);
        incomingForeignKeys.add(new IncomingForeignKey(name.sibling(referencing), constraint, "FOREIGN KEY (" + column + ") REFERENCES "
                + name.schema() + "." + name.name() + "(" + String.join(", ", referenced) + ")" + (validated ? "" : " NOT VALID"),
                validated, List.of(column), referenced, null));
        return this;
    }

    /**
     * {@code CREATE TRIGGER name <timingAndEvents> ON <table> FOR EACH ROW EXECUTE FUNCTION <schema>.function()},
     * {@code enabled} as pg_trigger has it: O (origin, the default), A (always), D (disabled).
     */
    public Tables rowTrigger(String trigger, String timingAndEvents, String function, char enabled) {
        return addTrigger(trigger, timingAndEvents, "", function, enabled);
    }

    /** A row trigger with a transition table: {@code REFERENCING NEW TABLE AS new_rows}. */
    public Tables rowTriggerWithTransitionTable(String trigger, String timingAndEvents, String function) {
        return addTrigger(trigger, timingAndEvents, "REFERENCING NEW TABLE AS new_rows ", function, 'O');
    }

    private Tables addTrigger(String trigger, String timingAndEvents, String referencing, String function, char enabled) {
        triggers.add(new Trigger(trigger, "CREATE TRIGGER " + trigger + " " + timingAndEvents, referencing + "FOR EACH ROW EXECUTE FUNCTION "
                + name.schema() + "." + function + "()", true, !referencing.isEmpty(), enabled, null, name.sibling(function),
                referencing.isEmpty()));
        return this;
    }

    // --- partitions

    public Tables rangeOn(String column) {
        return partitionKey('r', column);
    }

    public Tables listOn(String column) {
        return partitionKey('l', column);
    }

    private Tables partitionKey(char kind, String column) {
        strategy = kind;
        keyColumn = column;
        return this;
    }

    /** A partition per UTC day from {@code first} up to (not including) {@code end}, named as partitionkit names them. */
    public Tables days(String first, String end) {
        return days(first, end, ZoneOffset.UTC);
    }

    /** A partition per day of {@code zone} (23 or 25 hours long on a daylight-saving day) from {@code first} up to {@code end}. */
    public Tables days(String first, String end, ZoneId zone) {
        return dayPartitions(first, end, day -> startOf(day, zone));
    }

    /** A partition per day from {@code first} up to {@code end}, named as partitionkit names them, its bounds the days' starts. */
    private Tables dayPartitions(String first, String end, Function<LocalDate, String> startOf) {
        for (LocalDate day = LocalDate.parse(first); day.isBefore(LocalDate.parse(end)); day = day.plusDays(1)) {
            range(name.name() + "_p" + day.format(DateTimeFormatter.BASIC_ISO_DATE), startOf.apply(day), startOf.apply(day.plusDays(1)));
        }
        return this;
    }

    /** The start of a day as a key value: its instant in {@code zone} for timestamptz, else the day itself. */
    private String startOf(LocalDate day, ZoneId zone) {
        return keyType() == KeyType.TIMESTAMPTZ ? day.atStartOfDay(zone).toOffsetDateTime().toString() : day.toString();
    }

    /**
     * For an integer key holding time since the epoch: a partition per day of {@code zone} from {@code first} up to {@code end},
     * its bounds the keys of the days' starts in {@code unit}, named as partitionkit names them.
     */
    public Tables epochDays(String first, String end, EpochUnit unit, ZoneId zone) {
        return dayPartitions(first, end, day -> Long.toString(unit.value(day.atStartOfDay(zone).toInstant())));
    }

    /** Partitions {@code width} keys wide from {@code first} up to (not including) {@code end}, named after their lower bound. */
    public Tables ids(long first, long end, long width) {
        for (long lower = first; lower < end; lower += width) {
            range(name.name() + "_p" + (lower < 0 ? "m" + -lower : Long.toString(lower)), Long.toString(lower), Long.toString(lower + width));
        }
        return this;
    }

    /** A range partition {@code FOR VALUES FROM (from) TO (to)}, the values read as the key type reads them. */
    public Tables range(String partition, String from, String to) {
        return range(partition, from, to, 0);
    }

    /** A range partition whose {@code reltuples} is {@code rows}. */
    public Tables range(String partition, String from, String to, long rows) {
        String lower = printed(from);
        String upper = printed(to);
        Part part = addPartition(partition, "FOR VALUES FROM (" + lower + ") TO (" + upper + ")", lower, upper);
        part.estimatedRows = rows;
        return this;
    }

    /** A list partition; {@code values} as PostgreSQL prints them ({@code 'eu', 'uk'}). */
    public Tables listPartition(String partition, String values) {
        addPartition(partition, "FOR VALUES IN (" + values + ")", null, null);
        return this;
    }

    /** An empty DEFAULT partition, {@code <table>_default}. */
    public Tables defaultPartition() {
        return defaultPartition(0);
    }

    /** A DEFAULT partition holding {@code rows} rows, whose keys do not matter. */
    public Tables defaultPartition(long rows) {
        addPartition(name.name() + "_default", "DEFAULT", null, null);
        defaultRows = rows;
        return this;
    }

    /** A DEFAULT partition named {@code partition}, with a comment (COMMENT ON TABLE) of its own. */
    public Tables defaultPartition(String partition, String comment) {
        addPartition(partition, "DEFAULT", null, null).comment = comment;
        return this;
    }

    /** A DEFAULT partition holding one row of each key. */
    public Tables defaultPartitionWithKeys(String... keys) {
        defaultPartition(keys.length);
        keysInDefault.addAll(List.of(keys));
        return this;
    }

    private Part addPartition(String partition, String bound, String lower, String upper) {
        Part part = new Part(partition, bound, lower, upper, ++nextOid);
        partitions.add(part);
        return part;
    }

    /** The partition is itself partitioned (sub-partitioning). */
    public Tables subPartitioned(String partition) {
        part(partition).partitioned = true;
        return this;
    }

    /** A {@code DETACH PARTITION ... CONCURRENTLY} of the partition did not finish. */
    public Tables halfDetached(String partition) {
        part(partition).detachPending = true;
        return this;
    }

    /** The partition's storage parameters, such as {@code fillfactor=70}. */
    public Tables storage(String partition, String... reloptions) {
        part(partition).reloptions = List.of(reloptions);
        return this;
    }

    private Part part(String partition) {
        return partitions.stream().filter(p -> p.name.equals(partition)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no partition " + partition));
    }

    /** {@code ALTER TABLE partition ADD CONSTRAINT name CHECK (...)}, validated or not, with its comment (null for none). */
    public Tables partitionCheck(String partition, String constraint, boolean validated, String commentText) {
        part(partition);
        partitionChecks.add(new PartitionCheck(name.sibling(partition), constraint, validated, commentText));
        return this;
    }

    /** The CHECK constraints the partitions have of their own, as {@link CatalogReader#partitionChecks} reads them. */
    public List<PartitionCheck> partitionChecks() {
        return partitionChecks.stream().sorted(Comparator.comparing((PartitionCheck c) -> c.partition().name())
                .thenComparing(PartitionCheck::name)).toList();
    }

    // --- rows

    /** The partition holds rows whose column goes from {@code lowest} to {@code highest} (as the server prints them as text). */
    public Tables values(String partition, String column, String lowest, String highest) {
        part(partition).values.put(column, new String[] {lowest, highest});
        return this;
    }

    /** The partition holds rows with NULL in the column. */
    public Tables nullsIn(String partition, String column) {
        part(partition).nullsIn.add(column);
        return this;
    }

    /** Whether a partition holds rows, by what {@link #values} and {@link #nullsIn} state of it. */
    public boolean holdsRows(String partition) {
        Part part = part(partition);
        return !part.values.isEmpty() || !part.nullsIn.isEmpty();
    }

    /** The smallest and largest value that is not NULL of a column in a partition; empty when there is none. */
    public Optional<String[]> values(String partition, String column) {
        return Optional.ofNullable(part(partition).values.get(column));
    }

    /** Whether some row of the partition has NULL in the column. */
    public boolean hasNulls(String partition, String column) {
        return part(partition).nullsIn.contains(column);
    }

    /** For an integer key: the largest key, with no other key below it. */
    public Tables maxKey(long value) {
        return head(KeyHead.largest(value, Optional.empty()));
    }

    /** For an integer key: the head maintenance and status measure from. */
    public Tables head(KeyHead value) {
        head = value;
        return this;
    }

    public Optional<KeyHead> head() {
        return Optional.ofNullable(head);
    }

    /** The rows of the DEFAULT partition (0 without one). */
    public long defaultRows() {
        return defaultRows;
    }

    /** The keys of the rows in the DEFAULT partition, as stated with {@link #defaultPartitionWithKeys}. */
    public List<String> keysInDefault() {
        return List.copyOf(keysInDefault);
    }

    // --- reading it

    public TableSnapshot snapshot() {
        List<Partition> read = partitions.stream().sorted(Comparator.comparing(p -> p.name))
                .map(p -> new Partition(name.sibling(p.name), p.bound, "DEFAULT".equals(p.bound), p.lower, p.upper, p.partitioned,
                        p.reloptions, List.of(), p.detachPending, p.estimatedRows, List.of(), false, p.oid, p.comment))
                .toList();
        return new TableSnapshot(oid, name, relkind, persistence, owner, null, comment, List.of(), List.of(), 'd', null, false,
                forceRowSecurity, tableRows, List.copyOf(columns), byName(constraints, Constraint::name), byName(indexes, Index::name),
                List.copyOf(incomingForeignKeys), byName(triggers, Trigger::name), List.of(), true, List.of(), List.of(), List.of(),
                List.of(), List.copyOf(sequences), List.copyOf(unsupportedDependants), parentTable, inheritance, typed,
                relkind == 'p' ? new Partitioning(strategy, List.of(keyColumn), read) : null, relationNames(), serverVersion);
    }

    private static <T> List<T> byName(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    /** Every relation the schema holds for the table: itself, its partitions and their primary key indexes, its indexes, sequences. */
    private Set<String> relationNames() {
        Set<String> names = new HashSet<>(otherRelations);
        names.add(name.name());
        indexes.forEach(index -> names.add(index.name()));
        sequences.forEach(sequence -> names.add(sequence.name().name()));
        boolean keyed = constraints.stream().anyMatch(Constraint::isPrimaryKey);
        for (Part part : partitions) {
            names.add(part.name);
            if (keyed) {
                names.add(part.name + "_pkey");
            }
        }
        return names;
    }

    /** The type of the partition key. */
    public KeyType keyType() {
        String typname = columns.stream().filter(c -> c.name().equals(keyColumn)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no partition key column yet")).baseTypeName();
        return KeyType.of(typname).orElseThrow();
    }

    /** A key value as pg_get_expr prints it in a partition bound, in a session with TimeZone UTC and DateStyle ISO. */
    private String printed(String value) {
        if ("MINVALUE".equals(value) || "MAXVALUE".equals(value)) {
            return value;
        }
        return switch (keyType()) {
            case DATE -> "'" + LocalDate.parse(value) + "'";
            case TIMESTAMP -> "'" + PRINTED_TIMESTAMP.format(wallClock(value)) + "'";
            case TIMESTAMPTZ -> "'" + PRINTED_TIMESTAMP.format(instant(value).atOffset(ZoneOffset.UTC)) + "+00'";
            // a uuid key holds UUIDv7: a time value is the smallest UUIDv7 of its instant
            case UUID -> "'" + Uuidv7.smallest(instant(value)) + "'";
            // an integer constant prints bare unless negative; bigint and smallint ones are always quoted
            case INTEGER -> Integer.parseInt(value) < 0 ? "'" + value + "'" : value;
            default -> "'" + Long.parseLong(value) + "'";
        };
    }

    /** A time key value read as a wall-clock time: a day is its midnight. */
    private static LocalDateTime wallClock(String value) {
        return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value.replace(' ', 'T'));
    }

    /** A timestamptz key value: with an offset as written, else as a UTC wall-clock time. */
    public static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return wallClock(value).toInstant(ZoneOffset.UTC);
        }
    }
}
