package io.partitionkit.core.plan;

import io.partitionkit.core.catalog.FunctionSnapshot;
import io.partitionkit.core.catalog.Policy;
import io.partitionkit.core.catalog.TableSnapshot;
import io.partitionkit.core.catalog.Trigger;
import io.partitionkit.core.sql.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether an object found under a name a run uses is what an earlier run of the same change left
 * there, to be reused, or something else, to be refused before the first statement. A run reuses an
 * object only with the note it wrote on it when it created it (a comment only its owner can set),
 * the owner it gave it, the kind it made, and nothing added since that could run code or widen
 * access: no trigger, rule, policy, dependant or grant. Anything else could be another role's,
 * planted to borrow the migrator's rights or to steer rows.
 */
public final class LeftBehind {

    /**
     * What a run expects of an object it left.
     *
     * @param what    what it is, for messages: "the log of written keys"
     * @param marker  the comment the run wrote on it
     * @param owner   the role it left it owned by
     */
    public record Expected(String what, String marker, String owner) {
    }

    private LeftBehind() {
    }

    /** Why {@code found} is not the table of kind {@code relkind} a run left; empty when it is. */
    public static Optional<String> tableRefusal(TableSnapshot found, char relkind, Expected expected) {
        List<String> reasons = new ArrayList<>();
        if (found.relkind() != relkind) {
            reasons.add("it is not a " + (relkind == 'p' ? "partitioned table" : "plain table") + " (relkind '" + found.relkind() + "')");
        }
        common(found.owner(), found.comment(), expected, reasons);
        if (found.persistence() != 'p') {
            reasons.add("it is not a permanent, logged table");
        }
        if (found.parentTable() != null || found.inheritance()) {
            reasons.add("it takes part in partitioning or inheritance");
        }
        if (!found.triggers().isEmpty()) {
            reasons.add("it has trigger(s) " + found.triggers().stream().map(Trigger::name).toList());
        }
        if (!found.policies().isEmpty()) {
            reasons.add("it has policies " + found.policies().stream().map(Policy::name).toList());
        }
        if (!found.grants().isEmpty()) {
            reasons.add("it grants privileges to " + found.grantees().stream().map(LeftBehind::role).toList());
        }
        if (!found.unsupportedDependants().isEmpty() || !found.dependentViews().isEmpty()) {
            List<String> dependants = new ArrayList<>(found.unsupportedDependants());
            found.dependentViews().forEach(view -> dependants.add("view " + view.name()));
            reasons.add("other objects depend on it: " + dependants);
        }
        return refusal(found.name(), found.owner(), expected, reasons);
    }

    /** Why {@code found} is not the trigger function a run created; empty when it is. */
    static Optional<String> functionRefusal(FunctionSnapshot found, Expected expected) {
        List<String> reasons = new ArrayList<>();
        common(found.owner(), found.comment(), expected, reasons);
        if (!found.returnsTrigger() || !"plpgsql".equals(found.language()) || !found.securityDefiner()
                || !found.config().equals(List.of("search_path=" + DoBlock.SEARCH_PATH))) {
            reasons.add("it is not a SECURITY DEFINER PL/pgSQL trigger function with search_path " + DoBlock.SEARCH_PATH);
        }
        if (!found.executors().isEmpty()) {
            reasons.add("roles other than its owner may execute it: " + found.executors());
        }
        return refusal(found.name(), found.owner(), expected, reasons);
    }

    private static void common(String owner, String comment, Expected expected, List<String> reasons) {
        if (!expected.marker().equals(comment)) {
            reasons.add("it lacks the note partitionkit writes on it (its comment)");
        }
        if (!expected.owner().equals(owner)) {
            reasons.add("its owner is " + owner + ", not " + expected.owner());
        }
    }

    private static Optional<String> refusal(QualifiedName name, String owner, Expected expected, List<String> reasons) {
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name + " (owner " + owner + ") exists, but is not " + expected.what() + " left by an earlier run of this "
                + "change: " + String.join("; ", reasons) + ". partitionkit reuses only what it created itself; find out who made it, "
                + "then drop or rename it and run the change again");
    }

    private static String role(String grantee) {
        return grantee == null ? "PUBLIC" : grantee;
    }
}
