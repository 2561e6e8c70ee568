package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.Column;
import io.partitionkit.core.catalog.DefaultPrivileges;
import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What logs the key of every row written to a table while a live copy of it runs: a log table, a
 * trigger function and the trigger calling it. The first run creates them, each with its note and
 * without a privilege for anyone but the role running it; a later run of the same change reuses
 * them only when they are provably those (see {@link LeftBehind}).
 *
 * <p>The function is SECURITY DEFINER, so the application's roles need no privilege on the log, and
 * nobody else may execute it: only its trigger runs it. The trigger fires whatever
 * session_replication_role is (ENABLE ALWAYS): writes applied by logical replication are captured too.
 */
public final class Capture {

    private final TableSnapshot source;
    private final CaptureNames names;
    private final List<Column> keyColumns;
    private final Optional<TableSnapshot> log;
    private final Optional<FunctionSnapshot> function;
    private final DefaultPrivileges defaults;

    /**
     * @param key       the columns rows are identified by
     * @param log       the log table an earlier run left, if any
     * @param function  the function an earlier run left, if any
     */
    public Capture(TableSnapshot source, CaptureNames names, List<String> key, Optional<TableSnapshot> log, Optional<FunctionSnapshot> function,
            DefaultPrivileges defaults) {
        this.source = source;
        this.names = names;
        this.keyColumns = key.stream().map(k -> source.column(k).orElseThrow()).toList();
        this.log = log;
        this.function = function;
        this.defaults = defaults;
    }

    /**
     * Why the run cannot go on with what it found: a log, function or trigger that is not an earlier
     * run's own; or, when the copy is resumed ({@code resumed}), a trigger that is gone or does not
     * fire for every write, since writes since the copy began may then be missing from it.
     */
    public List<String> problems(boolean resumed, String resumedWhat) {
        List<String> problems = new ArrayList<>();
        log.flatMap(found -> LeftBehind.tableRefusal(found, 'r', names.expectedLog(defaults.creator()))
                .or(() -> sameKey(found) ? Optional.empty() : Optional.of(found.name() + " exists, but its columns are not those of the key "
                        + keyColumns.stream().map(Column::name).toList() + "; drop it and run the change again"))).ifPresent(problems::add);
        function.flatMap(found -> LeftBehind.functionRefusal(found, names.expectedFunction(defaults.creator()))).ifPresent(problems::add);
        Optional<Trigger> trigger = source.trigger(names.trigger());
        if (trigger.isPresent() && !isOurs(trigger.get())) {
            problems.add("trigger " + names.trigger() + " on " + source.name() + " exists, but is not the one that logs written keys "
                    + "(an AFTER INSERT OR DELETE OR UPDATE row trigger calling " + names.function() + "() without a condition); "
                    + "partitionkit reuses only what it created itself. Drop it and run the change again");
        } else if (resumed && trigger.isEmpty()) {
            problems.add(resumedWhat + " is partly filled, but the trigger " + names.trigger() + " that logs writes to " + source.name()
                    + " is gone, so writes since then may be missing from it; drop " + resumedWhat + " and what it left to start over");
        } else if (resumed && trigger.get().enabled() != 'A') {
            problems.add(resumedWhat + " is partly filled, but the trigger " + names.trigger() + " that logs writes to " + source.name()
                    + " is " + (trigger.get().enabled() == 'D' ? "disabled" : "not enabled ALWAYS (it skips some writes, such as "
                    + "those applied by logical replication)") + ", so writes since then may be missing from it; drop " + resumedWhat
                    + " and what it left to start over");
        }
        return problems;
    }

    /** The log, the function and the trigger, each created unless an earlier run left it. */
    public List<Step> steps(RetryPolicy retry) {
        List<Step> steps = new ArrayList<>();
        if (log.isEmpty()) {
            List<String> create = new ArrayList<>();
            create.add("CREATE TABLE " + names.log().sql() + " ("
                    + keyColumns.stream().map(c -> Sql.ident(c.name()) + " " + c.type()).collect(Collectors.joining(", ")) + ")");
            create.add(Ddl.commentOnTable(names.log(), names.logMarker()));
            create.addAll(Ddl.revokeAll(names.log(), defaults.onTables()));
            steps.add(Step.online("create " + names.log() + " for the keys of rows written during " + names.copy(), create, LockMode.NONE));
        }
        if (function.isEmpty() || !function.get().source().equals(functionBody())) {
            List<String> create = new ArrayList<>();
            create.add("CREATE OR REPLACE FUNCTION " + names.function().sql() + "() RETURNS trigger LANGUAGE plpgsql "
                    + "SECURITY DEFINER SET search_path = " + DoBlock.SEARCH_PATH + " AS " + Sql.dollarQuoted(functionBody()));
            create.add(Ddl.commentOnFunction(names.function(), names.functionMarker()));
            List<String> executors = new ArrayList<>();
            executors.add(null);
            defaults.onFunctions().stream().filter(role -> role != null).forEach(executors::add);
            create.addAll(Ddl.revokeAllOnFunction(names.function(), executors));
            steps.add(Step.online("create the function that logs written keys, executable by no other role", create, LockMode.NONE));
        }
        Optional<Trigger> trigger = source.trigger(names.trigger());
        if (trigger.isEmpty() || trigger.get().enabled() != 'A') {
            LockedTransaction create = new LockedTransaction("log the key of every row written to " + source.name() + " from now on", retry);
            if (trigger.isEmpty()) {
                create.sql("CREATE TRIGGER " + Sql.ident(names.trigger()) + " AFTER INSERT OR UPDATE OR DELETE ON " + source.name().sql()
                        + " FOR EACH ROW EXECUTE FUNCTION " + names.function().sql() + "()");
            }
            create.sql(Ddl.enableAlwaysTrigger(source.name(), names.trigger()));
            steps.add(create.toStep(LockMode.SHARE_ROW_EXCLUSIVE));
        }
        return steps;
    }

    /** Whether the trigger is exactly the one a run creates. */
    private boolean isOurs(Trigger trigger) {
        return trigger.row() && trigger.bare() && trigger.function().equals(names.function())
                && trigger.head().startsWith("CREATE TRIGGER ") && trigger.head().endsWith(" AFTER INSERT OR DELETE OR UPDATE");
    }

    private boolean sameKey(TableSnapshot found) {
        return found.columns().stream().map(c -> c.name() + " " + c.type()).toList()
                .equals(keyColumns.stream().map(c -> c.name() + " " + c.type()).toList());
    }

    private String functionBody() {
        String keyList = Sql.idents(keyColumns.stream().map(Column::name).toList());
        return "\nBEGIN\n"
                + "  IF TG_OP <> 'INSERT' THEN\n    INSERT INTO " + names.log().sql() + " (" + keyList + ") VALUES ("
                + keyListWith("OLD.") + ");\n  END IF;\n"
                + "  IF TG_OP <> 'DELETE' THEN\n    INSERT INTO " + names.log().sql() + " (" + keyList + ") VALUES ("
                + keyListWith("NEW.") + ");\n  END IF;\n"
                + "  RETURN NULL;\nEND\n";
    }

    private String keyListWith(String prefix) {
        return keyColumns.stream().map(c -> prefix + Sql.ident(c.name())).collect(Collectors.joining(", "));
    }
}
