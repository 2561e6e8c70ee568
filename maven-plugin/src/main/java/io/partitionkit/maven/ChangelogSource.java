package io.partitionkit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Where {@code partition.changeLogFile} is found: under the project's resource directories
 * (src/main/resources), as the application finds it on its classpath, or else under the project
 * directory. The path as given is the one Liquibase records in DATABASECHANGELOG, so give it as the
 * application gives it to Liquibase, or runs of the two would count as different changesets.
 */
final class ChangelogSource {

    private final String path;
    private final ResourceAccessor accessor;

    private ChangelogSource(String path, ResourceAccessor accessor) {
        this.path = path;
        this.accessor = accessor;
    }

    static ChangelogSource locate(String changeLogFile, File basedir, List<File> resourceDirectories) throws MojoExecutionException {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        String path = relative(changeLogFile, base);
        Set<Path> roots = new LinkedHashSet<>();
        resourceDirectories.stream().map(dir -> base.resolve(dir.toPath()).normalize()).filter(Files::isDirectory).forEach(roots::add);
        roots.add(base);
        if (roots.stream().noneMatch(root -> Files.isRegularFile(root.resolve(path)))) {
            throw new MojoExecutionException("partition.changeLogFile '" + changeLogFile + "' is not a file under " + roots);
        }
        List<ResourceAccessor> accessors = new ArrayList<>();
        try {
            for (Path root : roots) {
                accessors.add(new DirectoryResourceAccessor(root));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the changelog directories " + roots + ": " + e.getMessage(), e);
        }
        // The plugin's own classpath holds the XSDs and anything a changelog includes from the extension.
        accessors.add(new ClassLoaderResourceAccessor(ChangelogSource.class.getClassLoader()));
        return new ChangelogSource(path, new CompositeResourceAccessor(accessors.toArray(new ResourceAccessor[0])));
    }

    /** A path relative to the search roots; an absolute one inside the project directory is made relative to it. */
    private static String relative(String changeLogFile, Path base) throws MojoExecutionException {
        Path given = Path.of(changeLogFile);
        if (!given.isAbsolute()) {
            return changeLogFile.replace(File.separatorChar, '/');
        }
        Path normalized = given.normalize();
        if (!normalized.startsWith(base)) {
            throw new MojoExecutionException("partition.changeLogFile '" + changeLogFile + "' lies outside the project directory "
                    + base + "; give it relative to the project directory or to src/main/resources");
        }
        return base.relativize(normalized).toString().replace(File.separatorChar, '/');
    }

    String path() {
        return path;
    }

    ResourceAccessor accessor() {
        return accessor;
    }
}
