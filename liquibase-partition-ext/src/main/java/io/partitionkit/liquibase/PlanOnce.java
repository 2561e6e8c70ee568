package io.partitionkit.liquibase;

import java.lang.ref.WeakReference;
import java.util.Objects;
import java.util.function.Supplier;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;

/**
 * One plan per run of a changeset. Liquibase asks a change for its statements twice as it runs (or
 * previews) a changeset: once for its log's context ({@code ChangeSet.addSqlMdc}, in a scope of its
 * own whose parent is the changeset's run), and once to execute or print them. Planning reads the
 * catalog, so the plan made for one of the two is handed to the other, once; a later run of the
 * change (another scope) plans anew. What runs and what is printed are the same plan either way.
 */
final class PlanOnce<T> {

    private WeakReference<Scope> madeFor = new WeakReference<>(null);
    private T plan;

    /** The plan the other call of this changeset run made, or a new one from {@code planner}. */
    synchronized T get(Change change, Supplier<T> planner) {
        Scope run = changeSetRun(change);
        if (plan != null && madeFor.get() == run) {
            T made = plan;
            plan = null;
            madeFor.clear();
            return made;
        }
        plan = null;
        T made = planner.get();
        plan = made;
        madeFor = new WeakReference<>(run);
        return made;
    }

    /** The scope of the changeset's run: the parent of the log-context scope Liquibase opens for {@code change}, or the current one. */
    private static Scope changeSetRun(Change change) {
        Scope current = Scope.getCurrentScope();
        Scope parent = current.getParent();
        boolean logContext = current.get(ChangeSet.CHANGE_KEY, Object.class) == change && parent != null
                && !Objects.equals(parent.get(ChangeSet.CHANGE_KEY, Object.class), change);
        return logContext ? parent : current;
    }
}
