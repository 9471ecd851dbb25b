package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Making and deleting the folders tests make: data folders, browser profiles, backups. */
final class Folders {

    /** The folders {@link #temporary} made, deleted when the test JVM ends. */
    private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMPORARY.forEach(Folders::deleteQuietly)));
    }

    private Folders() {
    }

    /**
     * A new folder in the system's temporary folder, deleted with all it holds when the test JVM ends. For folders
     * that outlive the portal using them (a restarted portal goes on with its predecessor's data), or that a failed
     * test would otherwise leave: each holds a portal's database, documents and mails, and a build makes hundreds.
     */
    static Path temporary(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            TEMPORARY.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder: the folder of {@link #temporaryFile}'s files, made on first use. */
    private static final class FileFolder {
        static final Path PATH = temporary("famille-fichiers");
    }

    /**
     * A new empty file named {@code prefix…suffix} (a certificate, a rules document, a map the browser uploads), deleted
     * when the test JVM ends: each build left some thirty in the system's temporary folder.
     */
    static Path temporaryFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(FileFolder.PATH, prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code folder} and all it holds, its files first; the first failure stops it. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Deletes {@code folder} and what it holds, as far as it can: a leftover costs disk, never a test. */
    static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone, or still being written to: left to the system's temporary-folder cleaning
        }
    }
}
