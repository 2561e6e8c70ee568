package io.partitionkit.core.plan.maintain;

import io.partitionkit.core.plan.Step;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One table's maintenance: independent units of work (create one partition, remove one, delete
 * expired rows), bracketed by taking and releasing the table's advisory lock so that two runs never
 * work on one table at once. A unit that fails does not stop the others.
 *
 * @param lock    {@code SELECT pg_try_advisory_lock(...)}: true when this run may go on; empty when there is no unit,
 *                and the record alone makes the run (see {@code MaintenanceRecord#idleStep})
 * @param record  records in the table's comment that maintenance succeeded; runs only when every unit did
 * @param unlock  releases it; empty with the lock
 * @param retentionWithheld why retention removes nothing this time and how to go on, when it holds back
 */
public record MaintenancePlan(QualifiedName table, String summary, Optional<Step> lock, List<Unit> units, Unit record,
                              Optional<Step> unlock,
                              List<String> notes, Optional<String> retentionWithheld) {

    /** What a unit does, for the run's report. */
    public enum Effect {
        CREATE("create", "created"),
        DROP("drop", "dropped"),
        DETACH("detach", "detached"),
        ARCHIVE("archive", "archived"),
        /** An archived partition an earlier run left outside archiveTablespace moves into it. */
        MOVE("move", "moved"),
        DELETE_EXPIRED("delete", "deleted"),
        FREEZE("freeze", "froze"),
        UNFREEZE("unfreeze", "unfroze"),
        /** The time of a successful run noted in the table's comment (see {@code MaintenanceRecord}). */
        RECORD("record", "recorded");

        private final String verb;
        private final String pastTense;

        Effect(String verb, String pastTense) {
            this.verb = verb;
            this.pastTense = pastTense;
        }

        /** "drop", as a unit's name starts. */
        public String verb() {
            return verb;
        }

        /** "dropped", as a report says it. */
        public String pastTense() {
            return pastTense;
        }
    }

    /** Steps that succeed or fail together; the name says which partition or rows they concern. */
    public record Unit(String name, Effect effect, List<Step> steps) {
        public Unit {
            steps = List.copyOf(steps);
        }
    }

    public MaintenancePlan {
        units = List.copyOf(units);
        notes = List.copyOf(notes);
    }

    /** Every statement in the order a run sends them, for update-sql. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        lock.ifPresent(steps::add);
        units.forEach(unit -> steps.addAll(unit.steps()));
        steps.addAll(record.steps());
        unlock.ifPresent(steps::add);
        return steps;
    }
}
