package io.partitionkit.it.changelog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * The example changelogs as users copy them, read and parsed by Liquibase's own parsers, plus edited
 * copies of them the way a user would edit a copy.
 */
final class Changelogs {

    static final String XML = "examples/spend-logs-partitioning.xml";
    static final String YAML = "examples/spend-logs-partitioning.yaml";
    static final String JSON = "examples/spend-logs-partitioning.json";

    static final String TAG_CHANGESET = "tag-before-spend-logs-partitioning";
    static final String CONVERSION_CHANGESET = "partition-spend-logs";

    private Changelogs() {
    }

    /** The text of a changelog on the test classpath. */
    static String text(String resource) {
        try (InputStream in = Changelogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code target}; failing loudly keeps an edit from silently doing nothing. */
    static String edit(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one '" + target + "' in the changelog");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** Parses a changelog on the test classpath, the way the update command would. */
    static DatabaseChangeLog parse(String resource) {
        return parse(resource, classpath());
    }

    /** Writes {@code text} into {@code directory} and parses it. */
    static DatabaseChangeLog parse(Path directory, String fileName, String text) {
        try {
            Files.writeString(directory.resolve(fileName), text, StandardCharsets.UTF_8);
            return parse(fileName, new CompositeResourceAccessor(new DirectoryResourceAccessor(directory), classpath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChangeSet changeSet(DatabaseChangeLog changeLog, String id) {
        return changeLog.getChangeSets().stream()
                .filter(changeSet -> changeSet.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no changeset " + id + " in " + changeLog.getPhysicalFilePath()));
    }

    /** The checksum Liquibase would store in DATABASECHANGELOG for this changeset today. */
    static String checkSum(ChangeSet changeSet) {
        return changeSet.generateCheckSum(ChecksumVersion.latest()).toString();
    }

    private static ResourceAccessor classpath() {
        return new ClassLoaderResourceAccessor(Changelogs.class.getClassLoader());
    }

    private static DatabaseChangeLog parse(String path, ResourceAccessor resources) {
        try {
            return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), () ->
                    ChangeLogParserFactory.getInstance().getParser(path, resources)
                            .parse(path, new ChangeLogParameters(), resources));
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase cannot parse " + path + ": " + e.getMessage(), e);
        }
    }
}
