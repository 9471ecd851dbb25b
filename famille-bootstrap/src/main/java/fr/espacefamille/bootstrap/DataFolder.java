package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The data folder holds the database, documents, mails with live reset links and activation
 * keys: the folder and everything in it are kept owner-only (0700 folders, 0600 files), whatever
 * the umask or the library that created them.
 */
final class DataFolder {

    /** Held for the life of the process: the operating system releases it even on SIGKILL. */
    private static FileLock claimed;

    private DataFolder() {
    }

    /**
     * Reserves the folder for this process's portal, or answers false when another running portal
     * holds it. The embedded database serves one portal per folder: a second start would otherwise
     * fail deep in the connection pool with the database's stack trace, or (through H2's
     * {@code AUTO_SERVER}, there for the {@code backup} command) share the first one's database.
     */
    static synchronized boolean claim(Path folder) {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(folder.resolve("portail.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            claimed = lock;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Le dossier de données " + folder + " ne peut être réservé", e);
        }
    }

    static void ownerOnly(Path folder) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(folder);
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) all::iterator) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Le dossier de données " + folder + " ne peut être réservé à son propriétaire", e);
        }
    }
}
