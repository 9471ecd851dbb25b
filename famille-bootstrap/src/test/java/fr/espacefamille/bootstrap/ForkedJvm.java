package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line of the JVMs the tests start on their own (portals to kill, backup and restore commands). They are
 * short-lived and cold, so they start with the quick compiler only, the serial collector, and a class-data archive
 * (AppCDS) of the classes a portal loads to answer its first requests: reading and verifying some ten thousand
 * classes from jars cost about a second of CPU per start, paid some twenty times per build. Behaviour is the same.
 *
 * <p>The archive is made once for a build and shared by its test JVMs, under {@code target/forked-jvm}: the class
 * path's folders are packed into jars (an archive may only name jars) and one portal is started with
 * {@code -XX:ArchiveClassesAtExit}, signed in to and stopped. A class path whose classes changed makes a new one. If
 * the archive cannot be made or read, the JVMs start without it, as slowly as before, and do the same.
 */
final class ForkedJvm {

    private static final Path FOLDER = Path.of("target", "forked-jvm");
    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ForkedJvm() {
    }

    /** {@code java}, the options of a short-lived JVM and {@code more}, the class path, {@code main} and its {@code args}. */
    static List<String> command(String maxHeap, List<String> more, Class<?> main, String... args) {
        List<String> command = quickJava(maxHeap);
        command.addAll(Prepared.OPTIONS);
        command.addAll(more);
        command.addAll(List.of("-cp", Prepared.CLASS_PATH, main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java} with {@code maxHeap} and the quick compiler and collector of a short-lived JVM. */
    private static List<String> quickJava(String maxHeap) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), maxHeap));
        command.addAll(QUICK);
        return command;
    }

    /** Holder: the class path and the archive, prepared on first use, once per test JVM. */
    private static final class Prepared {

        static final String CLASS_PATH;
        static final List<String> OPTIONS;

        static {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String packed = classPath;
            List<String> options = List.of();
            try {
                Files.createDirectories(FOLDER);
                try (FileChannel lock = FileChannel.open(FOLDER.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock held = lock.lock()) {
                    Path build = FOLDER.resolve(fingerprint(classPath));
                    packed = Files.readString(ready(build, classPath));
                    Path archive = build.resolve("portal.jsa");
                    if (Files.exists(archive)) {
                        options = List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                // the forked JVMs start without the archive: slower, the same otherwise
                System.err.println("Forked JVMs start without a class-data archive: " + e);
                packed = classPath;
            }
            CLASS_PATH = packed;
            OPTIONS = options;
        }

        /**
         * The file naming the packed class path of {@code build}, made with its archive if absent; earlier builds' folders
         * are removed.
         */
        private static Path ready(Path build, String classPath) throws IOException, InterruptedException {
            Path named = build.resolve("class-path");
            if (Files.exists(named)) {
                return named;
            }
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path folder : old.filter(Files::isDirectory).toList()) {
                    Folders.delete(folder);
                }
            }
            Files.createDirectories(build);
            List<String> entries = new ArrayList<>();
            int folders = 0;
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = build.resolve("classes-" + ++folders + ".jar").toAbsolutePath();
                    pack(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(entry);
                }
            }
            String packed = String.join(java.io.File.pathSeparator, entries);
            dump(packed, build);
            Files.writeString(named, packed);
            return named;
        }

        /** A portal started with {@code -XX:ArchiveClassesAtExit}, asked what tests ask first, then stopped: its classes' archive. */
        private static void dump(String classPath, Path build) throws IOException, InterruptedException {
            Path data = Folders.temporary("famille-cds");
            Path archive = build.resolve("portal.jsa").toAbsolutePath();
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = quickJava("-Xmx384m");
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath, Main.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(build.resolve("dump.log").toFile());
            builder.environment().putAll(Map.of("FAMILLE_PORT", String.valueOf(port), "FAMILLE_DATA_DIR", data.toString(),
                    "FAMILLE_ADMIN_PASSWORD", ForkedPortal.ADMIN_PASSWORD, "FAMILLE_CLOCK", "2026-09-07T08:00:00+02:00"));
            Process process = builder.start();
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://localhost:" + port;
                Instant deadline = Instant.now().plusSeconds(90);
                while (process.isAlive() && Instant.now().isBefore(deadline)) {
                    try {
                        http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.discarding());
                        http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"admin\",\"password\":\"" + ForkedPortal.ADMIN_PASSWORD
                                        + "\"}")).build(), HttpResponse.BodyHandlers.discarding());
                        break;
                    } catch (IOException notYetUp) {
                        Thread.sleep(20);
                    }
                }
            } finally {
                // SIGTERM: the JVM exits normally, and writes the archive as it does
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                Folders.delete(data);
            }
        }

        /**
         * A jar of the folder, under paths relative to it. Its folders are entries too: a class loader finds a resource
         * folder (Flyway's {@code db/migration}) in a jar only through such an entry.
         */
        private static void pack(Path folder, Path jar) throws IOException {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.filter(path -> !path.equals(folder)).sorted().toList()) {
                    String name = folder.relativize(path).toString().replace(java.io.File.separatorChar, '/');
                    boolean directory = Files.isDirectory(path);
                    out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                    if (!directory) {
                        Files.copy(path, out);
                    }
                    out.closeEntry();
                }
            }
        }

        /** A digest of the class path and of every file of its folders (path, size, time): another build's classes, another name. */
        private static String fingerprint(String classPath) throws IOException {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            digest.update(classPath.getBytes(StandardCharsets.UTF_8));
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update((file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis())
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        }
    }
}
