package io.partitionkit.liquibase.snapshot;

import io.partitionkit.liquibase.AbstractPartitionChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeParameterMetaData;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateTableChange;
import liquibase.database.Database;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.AbstractChangeGenerator;
import liquibase.diff.output.changelog.ChangeGeneratorChain;
import liquibase.diff.output.changelog.ChangeGeneratorFactory;
import liquibase.diff.output.changelog.MissingObjectChangeGenerator;
import liquibase.structure.DatabaseObject;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;

/**
 * Generates a missing partitioned table as Liquibase does (through the chain: {@code createTable}
 * with its columns and primary key; indexes, unique and foreign keys follow in changesets of their
 * own), followed by the partitionkit changes that partition it ({@link PartitionChanges}). A
 * partitioned table partitionkit cannot recreate keeps Liquibase's changes, with a warning.
 */
public class PartitionedTableChangeGenerator extends AbstractChangeGenerator implements MissingObjectChangeGenerator {

    /** The parameter Liquibase 5 fills with the table's PARTITION BY clause; the conversion partitions it here. */
    private static final String PARTITION_BY = "partitionBy";

    @Override
    public int getPriority(Class<? extends DatabaseObject> objectType, Database database) {
        return objectType != null && Table.class.isAssignableFrom(objectType) && PartitionkitDatabases.supported(database)
                ? PRIORITY_ADDITIONAL : PRIORITY_NONE;
    }

    @Override
    public Class<? extends DatabaseObject>[] runAfterTypes() {
        return null;
    }

    @Override
    public Class<? extends DatabaseObject>[] runBeforeTypes() {
        return null;
    }

    @Override
    public Change[] fixMissing(DatabaseObject missingObject, DiffOutputControl control, Database referenceDatabase,
                               Database comparisonDatabase, ChangeGeneratorChain chain) {
        Change[] standard = chain.fixMissing(missingObject, control, referenceDatabase, comparisonDatabase);
        Table table = (Table) missingObject;
        Optional<RecreatedPartitioning> partitioning = PartitioningAttributes.read(table);
        if (standard == null || partitioning.isEmpty()) {
            return standard;
        }
        if (!partitioning.get().recreatable()) {
            Scope.getCurrentScope().getLog(getClass()).warning("partitionkit: table " + table.getName() + " is partitioned, but "
                    + partitioning.get().refusal() + ": the generated changelog does not recreate its partitions");
            return standard;
        }
        List<Change> changes = new ArrayList<>(Arrays.asList(standard));
        changes.stream().filter(CreateTableChange.class::isInstance).map(CreateTableChange.class::cast)
                .forEach(PartitionedTableChangeGenerator::leavePartitioningToTheConversion);
        if (table.getPrimaryKey() != null && !createsPrimaryKey(changes)) {
            changes.addAll(primaryKeyChanges(table.getPrimaryKey(), control, referenceDatabase, comparisonDatabase));
        }
        String schema = control.getIncludeSchema() ? table.getSchema().getName() : null;
        changes.addAll(PartitionChanges.of(schema, table.getName(), partitioning.get()));
        return changes.toArray(Change[]::new);
    }

    /** Liquibase 5 writes {@code partitionBy} on the createTable; the conversion must find a plain table. */
    private static void leavePartitioningToTheConversion(CreateTableChange createTable) {
        ChangeParameterMetaData partitionBy = Scope.getCurrentScope().getSingleton(ChangeFactory.class).getChangeMetaData(createTable)
                .getParameters().get(PARTITION_BY);
        if (partitionBy != null) {
            partitionBy.setValue(createTable, null);
        }
    }

    private static boolean createsPrimaryKey(List<Change> changes) {
        return changes.stream().filter(CreateTableChange.class::isInstance).map(CreateTableChange.class::cast)
                .flatMap(createTable -> createTable.getColumns().stream())
                .map(ColumnConfig::getConstraints)
                .anyMatch(constraints -> constraints != null && Boolean.TRUE.equals(constraints.isPrimaryKey()));
    }

    /**
     * Liquibase adds a primary key whose columns are not in table order in a later changeset of its
     * own; the conversion needs it before, so it is generated here and marked as done.
     */
    private static List<Change> primaryKeyChanges(PrimaryKey primaryKey, DiffOutputControl control, Database referenceDatabase,
                                                  Database comparisonDatabase) {
        Change[] changes = ChangeGeneratorFactory.getInstance().fixMissing(primaryKey, control, referenceDatabase, comparisonDatabase);
        control.setAlreadyHandledMissing(primaryKey);
        return changes == null ? List.of() : Arrays.asList(changes);
    }

    /** Only the partitionkit changes: the chain already fixed those the standard generators made. */
    @Override
    public Change[] fixSchema(Change[] changes, CompareControl.SchemaComparison[] schemaComparisons) {
        super.fixSchema(partitionkitChanges(changes), schemaComparisons);
        return changes;
    }

    @Override
    public Change[] fixOutputAsSchema(Change[] changes, CompareControl.SchemaComparison[] schemaComparisons) {
        super.fixOutputAsSchema(partitionkitChanges(changes), schemaComparisons);
        return changes;
    }

    private static Change[] partitionkitChanges(Change[] changes) {
        return changes == null ? null : Arrays.stream(changes).filter(AbstractPartitionChange.class::isInstance).toArray(Change[]::new);
    }
}
