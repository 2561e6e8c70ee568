package io.partitionkit.liquibase;

import io.partitionkit.core.catalog.CatalogException;
import io.partitionkit.core.options.InvalidOptionsException;
import io.partitionkit.core.options.WholeNumberRange;
import io.partitionkit.core.plan.Plan;
import io.partitionkit.core.plan.PlanningException;
import io.partitionkit.core.plan.Step;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import liquibase.Scope;
import liquibase.change.AbstractChange;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeMetaData;
import liquibase.change.DatabaseChangeProperty;
import liquibase.database.Database;
import liquibase.database.DatabaseConnection;
import liquibase.database.core.CockroachDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.exception.ValidationErrors;
import liquibase.exception.Warnings;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.structure.DatabaseObject;

/**
 * What every partitionkit change shares: the table it works on, PostgreSQL-only support, the
 * requirement to run outside the changeset's transaction, and turning a core {@link Plan} into
 * statements. Planning reads the live catalog, so statements are volatile: update-sql prints what
 * would run against the database as it is now.
 */
public abstract class AbstractPartitionChange extends AbstractChange {

    public static final String NAMESPACE = "http://partitionkit.io/xml/ns/liquibase-partition";

    private String schemaName;
    private String tableName;
    private String lockTimeout;
    private List<String> attributeProblems = List.of();

    @DatabaseChangeProperty(description = "Schema of the table; default: the connection's current schema",
            supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    @DatabaseChangeProperty(description = "Name of the table", exampleValue = "spend_logs",
            supportsDatabase = "postgresql", requiredForDatabase = "postgresql")
    public String getTableName() {
        return tableName;
    }

    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    @DatabaseChangeProperty(description = "Longest wait for a lock before an attempt gives up and is retried (default 5s)",
            exampleValue = "5s", supportsDatabase = "postgresql", requiredForDatabase = "none")
    public String getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(String lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /**
     * Refuses attributes the change does not have (see {@link UnknownAttributes}), reads the
     * whole-number and true/false ones strictly (see {@link StrictAttributes}), then the rest as usual.
     */
    @Override
    public void load(ParsedNode parsedNode, ResourceAccessor resourceAccessor) throws ParsedNodeException {
        List<String> problems = new ArrayList<>(UnknownAttributes.find(parsedNode, metaData()));
        problems.addAll(StrictAttributes.take(parsedNode, wholeNumberAttributes(), booleanAttributes()));
        attributeProblems = problems;
        super.load(parsedNode, resourceAccessor);
    }

    /** The attributes that are whole numbers, each with the range it accepts. */
    protected List<WholeNumberRange> wholeNumberAttributes() {
        return List.of();
    }

    /** The attributes that are true or false. */
    protected List<String> booleanAttributes() {
        return List.of();
    }

    /**
     * Parses the attributes with {@code parse}; throws {@link InvalidOptionsException} listing every
     * problem, including the attributes the change does not have and the values the changelog gave
     * that were no whole number or boolean.
     */
    protected <T> T parsed(Supplier<T> parse) {
        List<String> problems = new ArrayList<>(attributeProblems);
        try {
            T options = parse.get();
            if (problems.isEmpty()) {
                return options;
            }
        } catch (InvalidOptionsException e) {
            problems.addAll(e.problems());
        }
        throw new InvalidOptionsException(problems);
    }

    @Override
    public String getSerializedObjectNamespace() {
        return NAMESPACE;
    }

    @Override
    public boolean supports(Database database) {
        return database instanceof PostgresDatabase && !(database instanceof CockroachDatabase);
    }

    @Override
    public boolean generateStatementsVolatile(Database database) {
        return true;
    }

    @Override
    public boolean generateRollbackStatementsVolatile(Database database) {
        return true;
    }

    @Override
    public Warnings warn(Database database) {
        return new Warnings();
    }

    @Override
    public Set<DatabaseObject> getAffectedDatabaseObjects(Database database) {
        return new HashSet<>();
    }

    /** Configuration checks only: the catalog is read when statements are generated, after earlier changesets ran. */
    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        if (getChangeSet() != null && getChangeSet().isRunInTransaction()) {
            errors.addError(changeName() + " needs runInTransaction=\"false\" on changeSet '" + getChangeSet().getId()
                    + "': it builds indexes concurrently and commits between its steps, which cannot happen inside "
                    + "the changeset's transaction");
        }
        try {
            validateOptions();
        } catch (InvalidOptionsException e) {
            e.problems().forEach(problem -> errors.addError(changeName() + ": " + problem));
        }
        return errors;
    }

    /** Parses the attributes, throwing {@link InvalidOptionsException} with every problem. */
    protected abstract void validateOptions();

    /**
     * Plans against the live catalog and returns the statements to run: only reads, so it may run as
     * often as Liquibase calls it. {@code executing} is false when Liquibase only wants the SQL
     * (update-sql, or logging before the run); {@code database} tells a preview apart (see {@link PreviewRun}).
     */
    protected abstract SqlStatement[] plannedStatements(Database database, Connection connection, boolean executing);

    @Override
    public SqlStatement[] generateStatements(Database database) {
        if (!supports(database)) {
            return new SqlStatement[0];
        }
        try {
            return plannedStatements(database, jdbcConnection(database), shouldExecuteChange(database));
        } catch (InvalidOptionsException | PlanningException | CatalogException e) {
            throw new UnexpectedLiquibaseException(changeName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each step of a plan as a statement Liquibase runs, and prints, as it is; when executing, one
     * that passes on what the server reports while it runs.
     */
    protected static SqlStatement[] statements(Plan plan, Connection connection, boolean executing) {
        Scope.getCurrentScope().getLog(AbstractPartitionChange.class).fine("partitionkit plan: " + plan.summary());
        plan.warnings().forEach(warning -> Scope.getCurrentScope().getLog(AbstractPartitionChange.class).warning("partitionkit: " + warning));
        if (executing) {
            Scope.getCurrentScope().getLog(AbstractPartitionChange.class).info("partitionkit: " + plan.summary());
            return plan.steps().stream().map(step -> new LiveStepStatement(step, connection)).toArray(SqlStatement[]::new);
        }
        return statements(plan.steps());
    }

    /** Each step as a statement Liquibase runs, and prints, as it is. */
    protected static SqlStatement[] statements(List<Step> steps) {
        return steps.stream().map(StepStatement::new).toArray(SqlStatement[]::new);
    }

    protected String changeName() {
        return metaData().getName();
    }

    private ChangeMetaData metaData() {
        return Scope.getCurrentScope().getSingleton(ChangeFactory.class).getChangeMetaData(this);
    }

    private Connection jdbcConnection(Database database) {
        DatabaseConnection connection = database.getConnection();
        if (connection instanceof JdbcConnection jdbc) {
            return jdbc.getUnderlyingConnection();
        }
        throw new UnexpectedLiquibaseException(changeName() + " reads the table's catalog to plan its SQL, so it needs a live "
                + "PostgreSQL connection; it cannot run against an offline database URL");
    }

    /** The table as confirmation messages name it. */
    public static String qualified(String schema, String table) {
        return schema == null ? table : schema + "." + table;
    }
}
