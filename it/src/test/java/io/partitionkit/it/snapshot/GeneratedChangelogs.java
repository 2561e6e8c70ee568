package io.partitionkit.it.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** Reading generated changelogs as text: how often something occurs, and the changeset that holds it. */
final class GeneratedChangelogs {

    private GeneratedChangelogs() {
    }

    static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The changeset of an XML changelog that holds {@code part}. */
    static String xmlChangeSetOf(String changelog, String part) {
        return enclosing(changelog, part, "<changeSet ", "</changeSet>");
    }

    /** The changeset of a YAML or JSON changelog that holds {@code part}, up to the next one. */
    static String changeSetOf(String changelog, String part, String changeSetStart) {
        return enclosing(changelog, part, changeSetStart, changeSetStart);
    }

    private static String enclosing(String changelog, String part, String start, String end) {
        int at = changelog.indexOf(part);
        assertThat(at).as(part + " in " + changelog).isNotNegative();
        int next = changelog.indexOf(end, at);
        return changelog.substring(changelog.lastIndexOf(start, at), next < 0 ? changelog.length() : next);
    }
}
