package io.partitionkit.example.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot and in-application scheduling sections show this application's own files:
 * each snippet must be a run of lines of the file its language names (indentation of the whole run
 * aside), so that what users copy is what {@link EventsApplicationStartupTest} runs.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("../../README.md");
    private static final Map<String, Path> FILE_OF_LANGUAGE = Map.of(
            "xml", Path.of("pom.xml"),
            "yaml", Path.of("src/main/resources/db/changelog/db.changelog-master.yaml"),
            "properties", Path.of("src/main/resources/application.properties"));
    private static final Path SCHEDULED_JOB = Path.of("src/main/java/io/partitionkit/example/events/PartitionMaintenanceJob.java");
    private static final Pattern SNIPPET = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");

    @Test
    void everySnippetOfTheSpringBootSectionIsTheTextOfTheTestedFile() throws IOException {
        List<Snippet> snippets = snippets(Files.readString(README), "Spring Boot");

        assertThat(snippets).extracting(Snippet::language).as("the pom's lines and the changelog's").contains("xml", "yaml");
        for (Snippet snippet : snippets) {
            assertThat(FILE_OF_LANGUAGE).as("a file for ```" + snippet.language()).containsKey(snippet.language());
            Path file = FILE_OF_LANGUAGE.get(snippet.language());
            assertThat(containsLines(Files.readString(file), snippet.text()))
                    .as("README snippet is the text of %s:%n%s", file, snippet.text()).isTrue();
        }
    }

    @Test
    void theInApplicationSchedulingSnippetIsTheTextOfTheScheduledJob() throws IOException {
        List<Snippet> snippets = snippets(Files.readString(README), "In-application scheduling");

        assertThat(snippets).extracting(Snippet::language).containsExactly("java");
        assertThat(containsLines(Files.readString(SCHEDULED_JOB), snippets.get(0).text()))
                .as("README snippet is the text of %s:%n%s", SCHEDULED_JOB, snippets.get(0).text()).isTrue();
    }

    @Test
    void aSnippetMatchesOnlyWholeLinesInOrder() {
        String file = "a:\n  - b: 1\n    c: 2\n  - d: 3\n";

        assertThat(containsLines(file, "- b: 1\n  c: 2\n")).isTrue();
        assertThat(containsLines(file, "- b: 1\n  c: 3\n")).isFalse();
        assertThat(containsLines(file, "- b: 1\n- d: 3\n")).isFalse();
        assertThat(containsLines(file, "- b: 1\nc: 2\n")).as("indentation within the run counts").isFalse();
    }

    private record Snippet(String language, String text) {
    }

    private static List<Snippet> snippets(String readme, String title) {
        Matcher section = Pattern.compile("(?ms)^### " + Pattern.quote(title) + "\\n(.*?)(?=^##)").matcher(readme);
        assertThat(section.find()).as("README has a section ### " + title).isTrue();
        List<Snippet> snippets = new ArrayList<>();
        Matcher snippet = SNIPPET.matcher(section.group(1));
        while (snippet.find()) {
            snippets.add(new Snippet(snippet.group(1), snippet.group(2)));
        }
        return snippets;
    }

    /** Whether {@code snippet}'s lines appear one after another in {@code file}, each run shifted by the same indentation. */
    static boolean containsLines(String file, String snippet) {
        List<String> lines = file.lines().toList();
        List<String> wanted = dedent(snippet.lines().toList());
        for (int i = 0; i + wanted.size() <= lines.size(); i++) {
            if (dedent(lines.subList(i, i + wanted.size())).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }
}
