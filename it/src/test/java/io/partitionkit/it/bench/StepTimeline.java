package io.partitionkit.it.bench;

import io.partitionkit.core.plan.Plan;
import io.partitionkit.it.support.InsertLoad;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import liquibase.Scope;
import liquibase.listener.SqlListener;

/**
 * When Liquibase sent each statement of a command, recorded as it runs, to measure what the
 * application's inserts went through while partitionkit's steps ran: the window from the first step
 * to the statement after the last, the longest insert in it, and which steps it overlapped.
 */
final class StepTimeline {

    /** When a statement was sent, and its first line ({@code -- partitionkit: <what it does>} for a step). */
    record StepStart(long nanos, String description) {
        boolean isPartitionkit() {
            return description.startsWith("-- partitionkit: ");
        }
    }

    /** A Liquibase command to time. */
    @FunctionalInterface
    interface Command {
        void run() throws Exception;
    }

    private final List<StepStart> statements;
    private final List<StepStart> steps;
    private final long finished;

    private StepTimeline(List<StepStart> statements, long finished) {
        this.statements = statements;
        this.steps = statements.stream().filter(StepStart::isPartitionkit).toList();
        this.finished = finished;
    }

    static StepTimeline record(Command command) throws Exception {
        List<StepStart> statements = Collections.synchronizedList(new ArrayList<>());
        SqlListener listener = new SqlListener() {
            @Override
            public void writeSqlWillRun(String sql) {
                statements.add(new StepStart(System.nanoTime(), sql.lines().findFirst().orElse("")));
            }
        };
        Scope.child(listener, Map.of(), command::run);
        return new StepTimeline(List.copyOf(statements), System.nanoTime());
    }

    /** The first lines of the steps of {@code plan} that take a lock the application's writes wait for. */
    static Set<String> locking(Plan plan) {
        return plan.steps().stream().filter(step -> step.lock().blocksApplication()).map(step -> "-- partitionkit: " + step.description())
                .collect(Collectors.toSet());
    }

    /** When the first step was sent. */
    long from() {
        return steps.get(0).nanos();
    }

    /** When the statement after the last step was sent (Liquibase's bookkeeping), or the command ended. */
    long to() {
        long last = steps.get(steps.size() - 1).nanos();
        return statements.stream().mapToLong(StepStart::nanos).filter(nanos -> nanos > last).min().orElse(finished);
    }

    double millis() {
        return (to() - from()) / 1e6;
    }

    /** The inserts that were running at some moment of the window. */
    List<InsertLoad.Insert> during(List<InsertLoad.Insert> inserts) {
        return inserts.stream().filter(insert -> insert.startedNanos() + insert.nanos() >= from() && insert.startedNanos() <= to()).toList();
    }

    static InsertLoad.Insert longest(List<InsertLoad.Insert> inserts) {
        return inserts.stream().max((a, b) -> Long.compare(a.nanos(), b.nanos())).orElseThrow();
    }

    /** How long the step whose description starts with {@code start} ran, until the next statement; 0 when there is none. */
    double stepMillis(String start) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).description().startsWith("-- partitionkit: " + start)) {
                return (end(i) - steps.get(i).nanos()) / 1e6;
            }
        }
        return 0;
    }

    /**
     * The longest insert that overlapped a step taking a lock the inserts conflict with (the only
     * stalls partitionkit's locks can cause; other stalls are the machine's, shared with the steps'
     * work): 0 when no insert overlapped one.
     */
    double longestDuringLocking(Set<String> locking, List<InsertLoad.Insert> inserts) {
        double longest = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (!locking.contains(steps.get(i).description())) {
                continue;
            }
            long start = steps.get(i).nanos();
            long end = end(i);
            for (InsertLoad.Insert insert : inserts) {
                if (insert.startedNanos() <= end && insert.startedNanos() + insert.nanos() >= start) {
                    longest = Math.max(longest, insert.nanos() / 1e6);
                }
            }
        }
        return longest;
    }

    /** The steps that ran while the insert waited. */
    String overlapping(InsertLoad.Insert insert) {
        long from = insert.startedNanos();
        long to = from + insert.nanos();
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).nanos() <= to && end(i) >= from) {
                String description = steps.get(i).description().replace("-- partitionkit: ", "");
                overlapping.add(description.substring(0, Math.min(60, description.length())));
            }
        }
        return overlapping.isEmpty() ? "no step" : String.join(" | ", overlapping);
    }

    /** When step {@code i} ended: when the next step was sent, or the window's end for the last. */
    private long end(int i) {
        return i + 1 < steps.size() ? steps.get(i + 1).nanos() : to();
    }
}
