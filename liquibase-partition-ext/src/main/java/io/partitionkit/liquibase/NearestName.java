package io.partitionkit.liquibase;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a mistyped one was most likely meant to be: the fewest single-character edits
 * apart, ignoring case, and close enough to be a typing slip rather than another word.
 */
final class NearestName {

    private NearestName() {
    }

    /** The candidate nearest to {@code name}, the first of equally near ones; empty when none is close. */
    static Optional<String> among(String name, Collection<String> candidates) {
        String nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(name, candidate);
            if (distance < nearestDistance && distance <= slips(candidate)) {
                nearest = candidate;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** How many edits still count as slips in typing {@code candidate}: two, or a third of a long name. */
    private static int slips(String candidate) {
        return Math.max(2, candidate.length() / 3);
    }

    /** Levenshtein distance, ignoring case: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        String from = a.toLowerCase(Locale.ROOT);
        String to = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
