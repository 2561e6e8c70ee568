package io.partitionkit.liquibase;

import io.partitionkit.core.plan.maintain.EarlierConversion;
import io.partitionkit.core.sql.QualifiedName;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.executor.LoggingExecutor;

/**
 * One preview (update-sql, and the Maven plugin's updateSQL), which prints every changeset's
 * statements without running them: what its earlier changesets would have done to the tables that
 * its later ones plan against. Liquibase gives each preview a {@link LoggingExecutor} of its own;
 * what a preview learns is kept with it (weakly: it goes when the executor does), so it never
 * reaches another preview, nor a run that executes, in the same JVM.
 */
final class PreviewRun {

    private static final Map<Executor, Map<QualifiedName, EarlierConversion>> CONVERSIONS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<QualifiedName, EarlierConversion> conversions;

    private PreviewRun(Map<QualifiedName, EarlierConversion> conversions) {
        this.conversions = conversions;
    }

    /** The preview generating statements for the database, or empty when they are generated to run. */
    static Optional<PreviewRun> of(Database database) {
        Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc", database);
        if (!(executor instanceof LoggingExecutor)) {
            return Optional.empty();
        }
        return Optional.of(new PreviewRun(CONVERSIONS.computeIfAbsent(executor, key -> new ConcurrentHashMap<>())));
    }

    /** Notes that a changeset of this preview converts the table. */
    void converts(QualifiedName table, EarlierConversion conversion) {
        conversions.put(table, conversion);
    }

    /** The conversion of the table an earlier changeset of this preview prints, if one does. */
    Optional<EarlierConversion> conversionOf(QualifiedName table) {
        return Optional.ofNullable(conversions.get(table));
    }
}
