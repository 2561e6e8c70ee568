package io.partitionkit.it.cli;

import io.partitionkit.it.support.TestDatabase;
import io.partitionkit.liquibase.ConvertToRangePartitionedChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Liquibase command line as users run it, in a JVM of its own: a Liquibase home laid out like the
 * distribution ({@code internal/lib} holds Liquibase core and its dependencies, {@code lib} the
 * extension jar and the PostgreSQL driver), started the way the distribution's {@code liquibase}
 * script starts it (its launcher, with {@code LIQUIBASE_HOME} set, loads both directories and runs
 * {@code LiquibaseCommandLine}), in a working directory holding the changelogs and a
 * {@code liquibase.properties} that names the test database. The jars are the test JVM's, so
 * {@code -Pliquibase-5} switches the Liquibase the command line runs.
 *
 * <pre>{@code
 * LiquibaseCli liquibase = LiquibaseCli.connectedTo(db).file("changelog.xml", text);
 * LiquibaseCli.Result result = liquibase.run("update-sql", "--changelog-file=changelog.xml");
 * }</pre>
 */
public final class LiquibaseCli {

    private static final String LAUNCHER = "liquibase.integration.commandline.LiquibaseLauncher";

    /** Longest a command may run before the test gives up on it (a bound against hanging, not a timing assertion). */
    private static final long LONGEST_RUN_MINUTES = 5;

    private static Path home;

    private final Path workingDirectory;

    private LiquibaseCli(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** A fresh working directory without liquibase.properties: every command names its connection itself. */
    public static LiquibaseCli inNewDirectory() {
        try {
            return new LiquibaseCli(Files.createTempDirectory("liquibase-cli"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh working directory whose liquibase.properties names the test database's URL, user and password. */
    public static LiquibaseCli connectedTo(TestDatabase db) {
        return inNewDirectory().file("liquibase.properties",
                "url: " + db.jdbcUrl() + "\nusername: " + db.username() + "\npassword: " + db.password() + "\n");
    }

    /** {@code --url}, {@code --username} and {@code --password} of the test database, as command options. */
    public static List<String> connection(TestDatabase db) {
        return List.of("--url=" + db.jdbcUrl(), "--username=" + db.username(), "--password=" + db.password());
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Writes a file (a changelog, liquibase.properties) into the working directory. */
    public LiquibaseCli file(String name, String content) {
        try {
            Files.writeString(workingDirectory.resolve(name), content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        /** Both streams, to explain a failed assertion. */
        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    /** Runs {@code liquibase <arguments>}, such as {@code run("update", "--changelog-file=changelog.xml")}, and waits for it. */
    public Result run(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", home().resolve("internal/lib/liquibase-core.jar").toString(), LAUNCHER));
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("LIQUIBASE_HOME", home().toString());
        builder.environment().put("LIQUIBASE_SHOW_BANNER", "false");
        builder.environment().put("LIQUIBASE_ANALYTICS_ENABLED", "false");
        try {
            Path stdout = Files.createTempFile("liquibase-cli", ".stdout");
            Path stderr = Files.createTempFile("liquibase-cli", ".stderr");
            Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(LONGEST_RUN_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("liquibase did not end within " + LONGEST_RUN_MINUTES + " minutes: " + command);
            }
            Result result = new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
            Files.delete(stdout);
            Files.delete(stderr);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Liquibase home all tests of the JVM share, made on first use. */
    private static synchronized Path home() {
        if (home == null) {
            try {
                Path directory = Files.createTempDirectory("liquibase-home");
                Path internal = Files.createDirectories(directory.resolve("internal/lib"));
                Path lib = Files.createDirectories(directory.resolve("lib"));
                Path core = jarOf(liquibase.Liquibase.class);
                Files.copy(core, internal.resolve("liquibase-core.jar"));
                for (Path dependency : dependencies(core)) {
                    Files.copy(dependency, internal.resolve(dependency.getFileName()));
                }
                Files.copy(jarOf(org.postgresql.Driver.class), lib.resolve("postgresql.jar"));
                Path extension = jarOf(ConvertToRangePartitionedChange.class);
                if (Files.isDirectory(extension)) {
                    packTo(extension, lib.resolve("liquibase-partition-ext.jar"));
                } else {
                    Files.copy(extension, lib.resolve(extension.getFileName()));
                }
                home = directory;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }

    /** The jar (or, run from an IDE, the directory) a class was loaded from. */
    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The runtime dependencies of a jar, found on the test classpath, and theirs in turn: what each
     * jar's own pom (in {@code META-INF/maven}) declares, with neither test nor provided scope.
     * Liquibase's picocli is optional for library users, but its command line needs it, as the
     * distribution ships it.
     */
    private static List<Path> dependencies(Path jar) throws IOException {
        List<Path> classpath = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(java.io.File.pathSeparator)).map(Path::of).filter(Files::isRegularFile).toList();
        List<Path> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>(List.of(jar));
        while (!pending.isEmpty()) {
            for (String coordinates : declaredDependencies(pending.pop())) {
                if (seen.add(coordinates)) {
                    Optional<Path> match = classpath.stream().filter(entry -> isArtifact(entry, coordinates)).findFirst();
                    match.ifPresent(found::add);
                    match.ifPresent(pending::add);
                }
            }
        }
        return found;
    }

    /** {@code groupId:artifactId} of each runtime dependency the jar's pom declares (none without a pom). */
    private static List<String> declaredDependencies(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Optional<ZipEntry> pom = file.stream().filter(e -> e.getName().matches("META-INF/maven/[^/]+/[^/]+/pom\\.xml")).findFirst()
                    .map(ZipEntry.class::cast);
            if (pom.isEmpty()) {
                return List.of();
            }
            try (InputStream in = file.getInputStream(pom.get())) {
                Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
                List<String> coordinates = new ArrayList<>();
                for (Element dependency : children(child(project, "dependencies"), "dependency")) {
                    String scope = text(dependency, "scope");
                    if (!"test".equals(scope) && !"provided".equals(scope) && !"system".equals(scope)) {
                        coordinates.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
                    }
                }
                return coordinates;
            }
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("cannot read the pom in " + jar, e);
        }
    }

    /** Whether a jar of the local Maven repository ({@code <group path>/<artifactId>/<version>/<file>}) is that artifact. */
    private static boolean isArtifact(Path jar, String coordinates) {
        String[] parts = coordinates.split(":");
        Path artifactDirectory = jar.getParent().getParent();
        return artifactDirectory.endsWith(Path.of(parts[0].replace('.', '/'), parts[1]));
    }

    private static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        return children.isEmpty() ? null : children.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        if (parent != null) {
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                    children.add((Element) nodes.item(i));
                }
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    /** Packs a directory of classes into a jar, as the build would. */
    private static void packTo(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream packed = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                packed.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, packed);
                packed.closeEntry();
            }
        }
    }
}
