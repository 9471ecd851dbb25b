package fr.espacefamille.adapter.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Secrets;

/**
 * {@link DocumentStore} in a folder ({@code <data>/documents/}): each document is a file named
 * by 256 random bits, in a sub-folder named by its first two characters so that no folder grows
 * too large. Content is streamed to a {@code .part} file that becomes the document only once
 * complete and within the limit, so a reader never sees half a document. Names are checked
 * before any path is built from them, and files are readable by the application's user only.
 */
public final class FileSystemDocumentStore implements DocumentStore {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileSystemDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Le dossier des documents ne peut être créé : " + this.root, e);
        }
    }

    @Override
    public String store(InputStream content, long maxBytes) throws IOException {
        String name = Secrets.newToken();
        Path target = pathOf(name);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(name + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(createPrivate(part), StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER];
                long total = 0;
                int read;
                while ((read = content.read(buffer)) >= 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw new TooLargeException();
                    }
                    out.write(buffer, 0, read);
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return name;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public InputStream open(String storageName) throws IOException {
        return Files.newInputStream(pathOf(storageName));
    }

    @Override
    public void delete(String storageName) throws IOException {
        Files.deleteIfExists(pathOf(storageName));
    }

    private Path pathOf(String storageName) throws NoSuchFileException {
        if (storageName == null || !NAME.matcher(storageName).matches()) {
            throw new NoSuchFileException(String.valueOf(storageName));
        }
        return root.resolve(storageName.substring(0, 2)).resolve(storageName);
    }

    private static Path createPrivate(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        } catch (FileAlreadyExistsException impossible) {
            throw new IOException("random name already in use", impossible);
        }
    }
}
