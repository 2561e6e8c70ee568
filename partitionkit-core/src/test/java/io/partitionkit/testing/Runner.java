package io.partitionkit.testing;

import io.partitionkit.core.catalog.CatalogReader;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.StatementTimeout;
import io.partitionkit.core.catalog.SwitchPrivileges;
import io.partitionkit.core.sql.QualifiedName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The role a change runs as and its session, as {@link CatalogReader} reads them: what it may do of
 * what a switch needs ({@link SwitchPrivileges}), its default privileges (none) and its
 * statement_timeout (none unless stated). Objects it is denied are in schema {@link Tables#SCHEMA}.
 */
public final class Runner {

    private final String role;
    private final boolean superuser;
    private boolean actsAsOwner = true;
    private boolean createsInSchema = true;
    private boolean ownerCreatesInSchema = true;
    private final List<QualifiedName> viewsNotOwned = new ArrayList<>();
    private final List<String> publicationsNotOwned = new ArrayList<>();
    private final List<QualifiedName> referencingNotOwned = new ArrayList<>();
    private final List<QualifiedName> referencedNotReferable = new ArrayList<>();
    private final List<QualifiedName> functionsNotExecutable = new ArrayList<>();
    private StatementTimeout statementTimeout = new StatementTimeout(Duration.ZERO, "default");

    private Runner(String role, boolean superuser) {
        this.role = role;
        this.superuser = superuser;
    }

    /** {@value Tables#OWNER}, the superuser that owns the tables: it may do everything. */
    public static Runner superuser() {
        return new Runner(Tables.OWNER, true);
    }

    /** A role that is a member of the tables' owner and may create tables, but is no superuser and has no BYPASSRLS. */
    public static Runner role(String name) {
        return new Runner(name, false);
    }

    /** Neither owns the table nor is a member of its owner. */
    public Runner notOwner() {
        actsAsOwner = false;
        return this;
    }

    /** May not create tables in the table's schema. */
    public Runner mayNotCreate() {
        createsInSchema = false;
        return this;
    }

    /** The table's owner may not create tables in its schema. */
    public Runner ownerMayNotCreate() {
        ownerCreatesInSchema = false;
        return this;
    }

    public Runner notOwningView(String view) {
        viewsNotOwned.add(new QualifiedName(Tables.SCHEMA, view));
        return this;
    }

    public Runner notOwningPublication(String publication) {
        publicationsNotOwned.add(publication);
        return this;
    }

    /** Does not own a table whose foreign key references the table. */
    public Runner notOwningReferencing(String table) {
        referencingNotOwned.add(new QualifiedName(Tables.SCHEMA, table));
        return this;
    }

    /** Lacks REFERENCES on a table the table's foreign key references. */
    public Runner lackingReferencesOn(String table) {
        referencedNotReferable.add(new QualifiedName(Tables.SCHEMA, table));
        return this;
    }

    /** May not execute the function of one of the table's triggers. */
    public Runner mayNotExecute(String function) {
        functionsNotExecutable.add(new QualifiedName(Tables.SCHEMA, function));
        return this;
    }

    /** The session's statement_timeout and where pg_settings says it comes from ({@code user}, {@code database}, ...). */
    public Runner statementTimeout(long milliseconds, String source) {
        statementTimeout = new StatementTimeout(Duration.ofMillis(milliseconds), source);
        return this;
    }

    public SwitchPrivileges privileges() {
        return new SwitchPrivileges(role, superuser, superuser, actsAsOwner, createsInSchema, ownerCreatesInSchema,
                List.copyOf(viewsNotOwned), List.copyOf(publicationsNotOwned), List.copyOf(referencingNotOwned),
                List.copyOf(referencedNotReferable), List.copyOf(functionsNotExecutable));
    }

    /** No default privileges: what the role creates grants nothing to anyone. */
    public DefaultPrivileges defaults() {
        return new DefaultPrivileges(role, List.of(), List.of(), List.of());
    }

    public StatementTimeout statementTimeout() {
        return statementTimeout;
    }
}
