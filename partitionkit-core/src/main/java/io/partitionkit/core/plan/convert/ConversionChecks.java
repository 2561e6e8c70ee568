package io.partitionkit.core.plan.convert;

import io.partitionkit.core.catalog.CitusTable;
import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.Constraint;
import io.partitionkit.core.catalog.IncomingForeignKey;
import io.partitionkit.core.catalog.Index;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.grid.KeyEncoding;
import io.partitionkit.core.grid.KeyType;
import io.partitionkit.core.grid.PartitionInterval;
import io.partitionkit.core.plan.RunnerChecks;
import io.partitionkit.core.plan.TableChecks;
import io.partitionkit.core.sql.Sql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything that must hold before a table can be converted, checked against the catalog. Each
 * problem names the object and says what would be accepted; all of them are reported at once.
 */
final class ConversionChecks {

    private final TableSnapshot table;
    private final ConversionOptions options;
    private final ConversionFacts facts;
    private final ConversionNames names;
    private final Clock clock;

    private ConversionChecks(TableSnapshot table, ConversionOptions options, ConversionFacts facts, ConversionNames names, Clock clock) {
        this.table = table;
        this.options = options;
        this.facts = facts;
        this.names = names;
        this.clock = clock;
    }

    static List<String> problems(TableSnapshot table, ConversionOptions options, ConversionFacts facts, ConversionNames names,
                                 Clock clock) {
        ConversionChecks checks = new ConversionChecks(table, options, facts, names, clock);
        List<String> problems = new ArrayList<>(checks.server());
        problems.addAll(checks.tableKind());
        if (problems.isEmpty()) {
            problems.addAll(checks.keyColumn());
            problems.addAll(checks.keys());
            problems.addAll(checks.indexes());
            problems.addAll(checks.reusedPartitionKeyIndex());
            problems.addAll(checks.foreignKeys());
            problems.addAll(checks.triggers());
            problems.addAll(checks.dependants());
            problems.addAll(checks.names());
            problems.addAll(checks.runner());
        }
        return problems;
    }

    private List<String> server() {
        List<String> problems = new ArrayList<>();
        TableChecks.unsupportedServer(table).ifPresent(problems::add);
        return problems;
    }

    private List<String> tableKind() {
        List<String> problems = new ArrayList<>();
        facts.citus().flatMap(this::citusRefusal).ifPresent(problems::add);
        if (table.relkind() != 'r') {
            problems.add(table.name() + " is not a plain table (relkind '" + table.relkind() + "'); only tables can be converted");
        }
        if (table.persistence() == 't') {
            problems.add(table.name() + " is a temporary table; only permanent tables can be converted");
        } else if (table.persistence() == 'u') {
            problems.add(table.name() + " is UNLOGGED; make it LOGGED first (ALTER TABLE ... SET LOGGED): "
                    + "partitioned tables cannot be unlogged on every supported PostgreSQL version");
        }
        if (table.parentTable() != null) {
            problems.add(table.name() + " is already a partition of " + table.parentTable());
        }
        if (table.inheritance() && !facts.inheritance().filter(InheritanceFacts::isParentOfASet).isPresent()) {
            problems.add(table.name() + " takes part in table inheritance (INHERITS); a table with inheritance "
                    + "parents or children cannot become a partitioned table or a partition");
        }
        if (table.typed()) {
            problems.add(table.name() + " is a typed table (CREATE TABLE ... OF type); make it a plain table first "
                    + "(ALTER TABLE ... NOT OF)");
        }
        return problems;
    }

    /**
     * Why a table Citus holds cannot be converted this way, if it cannot. A distributed, single-shard
     * or local table is converted by attach or empty: the new partitioned table becomes a Citus table of
     * the same kind, co-located with the old one, and so does every partition made of it. Copy builds
     * its table outside Citus and logs writes with a trigger, which Citus does not run on distributed
     * tables; Citus partitions no reference table.
     */
    private Optional<String> citusRefusal(CitusTable citus) {
        String what = table.name() + " is " + citus.describe();
        if (citus.kind() == CitusTable.Kind.REFERENCE) {
            return Optional.of(what + ": Citus does not partition reference tables (\"partitioned reference tables are not "
                    + "supported\"); keep it a reference table, or make it a distributed table first");
        }
        return options.strategy() != ConversionOptions.Strategy.COPY ? Optional.empty() : Optional.of(what + ": strategy copy "
                + "builds the new table outside Citus and logs the writes made during the copy with a trigger, which Citus does not "
                + "run on distributed tables; use strategy attach");
    }

    private List<String> keyColumn() {
        List<String> problems = new ArrayList<>();
        Column key = table.column(options.column()).orElse(null);
        if (key == null) {
            problems.add("column '" + options.column() + "' does not exist in " + table.name() + "; its columns are "
                    + table.columns().stream().map(Column::name).toList());
            return problems;
        }
        KeyType keyType = KeyType.of(key.baseTypeName()).orElse(null);
        Optional<String> uuidMismatch = KeyEncoding.uuidMismatch(key.name(), key.type(), Optional.ofNullable(keyType), options.keyEncoding());
        if (uuidMismatch.isPresent()) {
            problems.add(uuidMismatch.get());
            return problems;
        }
        if (options.epoch() != null) {
            problems.addAll(ConversionPlanner.epochProblems(table, options, facts, clock));
            if (keyType == null) {
                return problems;
            }
        } else if (keyType == null) {
            problems.add("column '" + key.name() + "' has type " + key.type() + "; the partition key must be " + KeyType.SUPPORTED);
            return problems;
        } else if (!options.interval().fits(keyType)) {
            problems.add("interval '" + options.interval() + "' does not fit column '" + key.name() + "' of type "
                    + key.type() + "; use " + PartitionInterval.acceptedFor(keyType));
        }
        facts.uuidVersions().flatMap(versions -> versions.mostlyOther(key.name())).ifPresent(problems::add);
        if (key.isGenerated()) {
            problems.add("column '" + key.name() + "' is a generated column; PostgreSQL does not allow generated "
                    + "columns in a partition key");
        }
        if (!key.notNull()) {
            problems.add(facts.keyHasNulls()
                    ? "column '" + key.name() + "' holds NULLs; a range partition cannot hold a NULL key. Give those rows a "
                    + "value or delete them, then declare the column NOT NULL"
                    : "column '" + key.name() + "' is nullable; declare it NOT NULL first. On a big table without a long "
                    + "lock: ALTER TABLE " + table.name().sql() + " ADD CONSTRAINT k_not_null CHECK (" + Sql.ident(key.name())
                    + " IS NOT NULL) NOT VALID; ALTER TABLE ... VALIDATE CONSTRAINT k_not_null; ALTER TABLE ... ALTER COLUMN "
                    + Sql.ident(key.name()) + " SET NOT NULL (no scan, the constraint proves it); then drop k_not_null");
        }
        return problems;
    }

    private List<String> keys() {
        List<String> problems = new ArrayList<>();
        Constraint primaryKey = table.primaryKey().orElse(null);
        if (primaryKey == null) {
            problems.add(table.name() + " has no primary key; add one first. The partitioned table gets the primary key "
                    + "plus the partition key, and revertPartitioning needs it to copy rows back");
        } else if (primaryKey.deferrable()) {
            problems.add("primary key " + primaryKey.name() + " is DEFERRABLE; PostgreSQL cannot attach a deferrable "
                    + "primary key of a partition");
        }
        for (Constraint constraint : table.constraints()) {
            if (constraint.isUnique() && !constraint.columns().contains(options.column())) {
                problems.add("unique constraint " + constraint.name() + " on " + constraint.columns()
                        + " does not include the partition key '" + options.column() + "'. A partitioned table can only "
                        + "enforce uniqueness that includes the key; widening it would silently allow duplicates across "
                        + "partitions, so partitionkit refuses. Add '" + options.column() + "' to it or drop it first");
            }
            if (constraint.isExclusion()) {
                if (table.serverVersionNum() < 170000) {
                    problems.add("exclusion constraint " + constraint.name() + " cannot exist on a partitioned table before "
                            + "PostgreSQL 17; drop it first or upgrade");
                } else if (!excludesKeyWithEquality(constraint)) {
                    problems.add("exclusion constraint " + constraint.name() + " must compare the partition key '"
                            + options.column() + "' with = to exist on a partitioned table");
                }
            }
        }
        return problems;
    }

    private boolean excludesKeyWithEquality(Constraint constraint) {
        int position = constraint.columns().indexOf(options.column());
        return position >= 0 && position < constraint.exclusionOperators().size()
                && "=".equals(constraint.exclusionOperators().get(position));
    }

    private List<String> indexes() {
        List<String> problems = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (!index.valid() && !names.isOwnIndex(index.name())) {
                problems.add("index " + index.name() + " is invalid (a failed CREATE INDEX CONCURRENTLY?); drop it or "
                        + "REINDEX it first");
            }
            if (index.unique() && !index.backsConstraint() && !index.keyColumns().contains(options.column())
                    && !names.isOwnIndex(index.name())) {
                problems.add("unique index " + index.name() + " does not include the partition key '" + options.column()
                        + "'. A partitioned table can only enforce uniqueness that includes the key, so partitionkit "
                        + "refuses rather than allow duplicates across partitions. Add the key to it or drop it first");
            }
        }
        return problems;
    }

    /**
     * A valid index with the name of a unique index attach builds is reused (an interrupted run built
     * it, or the operator built it beforehand in a quiet hour), so it must be exactly what attach would
     * build: as the legacy partition's primary key PostgreSQL would otherwise refuse it in the switch
     * transaction, or build a matching index there under a lock that blocks writers; as the original key
     * kept for a revert, it would not be the key the plain table had.
     */
    private List<String> reusedPartitionKeyIndex() {
        List<String> problems = new ArrayList<>();
        if (!names.buildsPartitionKeyIndex()) {
            return problems;
        }
        problems.addAll(reusedIndex(names.partitionKeyIndex(), ConversionNames.partitionKeyIndexColumns(table, options),
                "would become the primary key of the legacy partition"));
        problems.addAll(reusedIndex(names.revertKeyIndex(), table.primaryKey().orElseThrow().columns(),
                "would be kept on the legacy partition as the original primary key for a revert"));
        return problems;
    }

    private List<String> reusedIndex(String name, List<String> columns, String role) {
        List<String> problems = new ArrayList<>();
        Index index = table.index(name).filter(Index::valid).orElse(null);
        if (index != null && !isPlainUniqueIndexOn(index, columns)) {
            problems.add("index " + index.name() + " " + role + ", but it is "
                    + (index.unique() ? "UNIQUE " : "not unique: ") + index.usingClause() + "; it must be a plain UNIQUE btree on ("
                    + String.join(", ", columns) + "). Drop it (DROP INDEX CONCURRENTLY) and let the conversion build it, or build it "
                    + "beforehand as CREATE UNIQUE INDEX CONCURRENTLY " + Sql.ident(index.name()) + " ON " + table.name().sql()
                    + " (" + Sql.idents(columns) + ")");
        }
        return problems;
    }

    /** Unique, btree, exactly these key columns in default order and operator class, nothing included, no predicate. */
    static boolean isPlainUniqueIndexOn(Index index, List<String> columns) {
        String clause = index.usingClause();
        // Its only ')' closes the column list: nothing INCLUDEd, no WITH (...) or WHERE after it.
        if (!index.unique() || index.partial() || index.hasExpressions() || !columns.equals(index.keyColumns())
                || !clause.startsWith("btree (") || clause.indexOf(')') != clause.length() - 1) {
            return false;
        }
        String[] elements = clause.substring("btree (".length(), clause.length() - 1).split(", ");
        if (elements.length != columns.size()) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            if (!elements[i].equals(columns.get(i)) && !elements[i].equals(Sql.ident(columns.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private List<String> foreignKeys() {
        List<String> problems = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (!constraint.isForeignKey()) {
                continue;
            }
            if (table.name().equals(constraint.referencedTable())) {
                problems.add("foreign key " + constraint.name() + " references the table itself; self-referencing "
                        + "foreign keys are not supported, drop it first");
            } else if (!constraint.validated()) {
                problems.add("foreign key " + constraint.name() + " is NOT VALID; the partitioned table needs valid "
                        + "foreign keys. Run ALTER TABLE " + table.name().sql() + " VALIDATE CONSTRAINT "
                        + Sql.ident(constraint.name()) + " first (it does not block writes)");
            }
        }
        for (IncomingForeignKey foreignKey : table.incomingForeignKeys()) {
            if (options.strategy() == ConversionOptions.Strategy.EMPTY) {
                problems.add("foreign key " + foreignKey.name() + " of " + foreignKey.table() + " references "
                        + table.name() + "; with strategy empty the referenced rows stay in the legacy table, so it could "
                        + "not be kept valid. Use strategy attach");
            } else if (!foreignKey.validated()) {
                problems.add("foreign key " + foreignKey.name() + " of " + foreignKey.table() + " is NOT VALID; validate it "
                        + "first (ALTER TABLE " + foreignKey.table().sql() + " VALIDATE CONSTRAINT " + Sql.ident(foreignKey.name())
                        + ", which does not block writes) so it can be re-pointed and validated against the partitioned table");
            } else if (!foreignKey.referencedColumns().contains(options.column())) {
                problems.add("foreign key " + foreignKey.name() + " of " + foreignKey.table() + " references "
                        + foreignKey.referencedColumns() + ", which does not include the partition key '" + options.column()
                        + "'. A foreign key into a partitioned table must reference a unique key that includes the "
                        + "partition key: add the key column to " + foreignKey.table() + " and to the foreign key "
                        + "(referencing a unique constraint that includes it), or drop the foreign key first");
            }
        }
        return problems;
    }

    private List<String> triggers() {
        List<String> problems = new ArrayList<>();
        for (Trigger trigger : table.triggers()) {
            if (trigger.row() && trigger.usesTransitionTables()) {
                problems.add("trigger " + trigger.name() + " is a row-level trigger with transition tables (REFERENCING), "
                        + "which partitioned tables do not support; make it a statement-level trigger or drop it first");
            }
        }
        return problems;
    }

    private List<String> dependants() {
        List<String> problems = new ArrayList<>();
        for (String dependant : table.unsupportedDependants()) {
            problems.add(dependant + " depends on " + table.name() + " and would keep pointing at the legacy table "
                    + "after the switch; drop it before converting and create it again afterwards");
        }
        return problems;
    }

    /** What the role running it must be allowed, and time for the steps that read the whole table. */
    private List<String> runner() {
        List<String> problems = new ArrayList<>();
        facts.privileges().ifPresent(privileges -> problems.addAll(RunnerChecks.privileges(table, privileges, "converting it")));
        // Rows a copy reads, or that the parent of an inheritance set stores itself, move through the table's policies.
        boolean movesRows = options.strategy() == ConversionOptions.Strategy.COPY
                || facts.inheritance().flatMap(InheritanceFacts::ownKeys).isPresent();
        if (movesRows) {
            facts.privileges().flatMap(privileges -> RunnerChecks.rowsHiddenFromCopy(table, privileges)).ifPresent(problems::add);
        }
        String longStep = switch (options.strategy()) {
            case ATTACH -> "building the unique index and validating the boundary CHECK";
            case COPY -> "copying each range of rows";
            case EMPTY -> null;
        };
        if (longStep != null) {
            RunnerChecks.statementTimeout(facts.statementTimeout(), longStep, facts.defaults().creator()).ifPresent(problems::add);
        }
        return problems;
    }

    private List<String> names() {
        List<String> problems = new ArrayList<>();
        names.conflicts().forEach(problems::add);
        return problems;
    }
}
