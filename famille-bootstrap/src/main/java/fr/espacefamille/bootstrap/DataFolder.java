package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The data folder holds the database, documents, mails with live reset links and activation
 * keys: the folder and everything in it are kept owner-only (0700 folders, 0600 files), whatever
 * the umask or the library that created them.
 */
final class DataFolder {

    private DataFolder() {
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
