package fr.espacefamille.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.jdbc.shared.DatabaseArchive;

/**
 * The {@code backup <file>} and {@code restore <file>} commands: the database's rows (read in one
 * snapshot, see {@link DatabaseArchive}) and the documents folder in one zip archive, readable by
 * its owner only. The backup runs beside a running portal: documents are immutable files under
 * random names, copied once before the database's snapshot and once more after it, so every
 * document a saved row names is in the archive (one deleted meanwhile may be in it as well, an
 * orphan that nothing names). The restore fills an empty (or absent) data folder and an empty
 * database, and refuses anything else.
 */
final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final String DOCUMENTS = "documents";

    private Backups() {
    }

    /** Runs {@code args} ({@code backup <file>} or {@code restore <file>}): the process's exit code. */
    static int run(Config config, List<String> args) {
        if (args.size() != 2 || !args.get(0).matches("backup|restore")) {
            LOG.error("Usage : java -jar famille.jar backup <fichier.zip> | restore <fichier.zip>");
            return 2;
        }
        Path file = Path.of(args.get(1)).toAbsolutePath().normalize();
        try {
            if (args.get(0).equals("backup")) {
                backup(config, file);
            } else {
                restore(config, file);
            }
            return 0;
        } catch (DatabaseArchive.Refused refused) {
            LOG.error("{}", refused.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException | IllegalStateException failure) {
            LOG.error("{} a échoué : {}", args.get(0).equals("backup") ? "La sauvegarde" : "La restauration", failure.getMessage());
            return 1;
        }
    }

    static void backup(Config config, Path file) throws IOException {
        if (Files.exists(file)) {
            throw new DatabaseArchive.Refused("Le fichier " + file + " existe déjà : choisissez un nouveau nom de sauvegarde.");
        }
        Path documents = config.dataDir().resolve(DOCUMENTS);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        ownerOnlyFile(part);
        DatabaseArchive.Summary summary;
        Set<String> copied = new HashSet<>();
        try {
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
                copyDocuments(documents, zip, copied);
                summary = DatabaseArchive.export(config.dbUrl(), config.dbUser(), config.dbPassword(), zip);
                copyDocuments(documents, zip, copied);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        LOG.info("Sauvegarde écrite dans {} : {} lignes de {} tables (schéma {}), {} documents", file, summary.totalRows(),
                summary.rows().size(), summary.schemaVersion(), copied.size());
    }

    static void restore(Config config, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DatabaseArchive.Refused("La sauvegarde " + file + " est introuvable.");
        }
        Path dataDir = config.dataDir();
        if (Files.exists(dataDir)) {
            try (Stream<Path> content = Files.list(dataDir)) {
                if (content.findAny().isPresent()) {
                    throw new DatabaseArchive.Refused("Le dossier de données " + dataDir
                            + " n'est pas vide : la restauration exige un dossier vide ou absent.");
                }
            }
        }
        if (!DataFolder.claim(dataDir)) {
            throw new DatabaseArchive.Refused("Le dossier de données " + dataDir + " est utilisé par un portail en marche : arrêtez-le.");
        }
        DataFolder.ownerOnly(dataDir);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            DatabaseArchive.Summary summary = DatabaseArchive.restore(config.dbUrl(), config.dbUser(), config.dbPassword(), zip);
            int documents = extractDocuments(zip, dataDir.resolve(DOCUMENTS));
            DataFolder.ownerOnly(dataDir);
            LOG.info("Sauvegarde {} restaurée : {} lignes de {} tables (schéma {}), {} documents", file, summary.totalRows(),
                    summary.rows().size(), summary.schemaVersion(), documents);
        }
    }

    /** Adds the documents not yet copied; half-written {@code .part} files are not documents yet. */
    private static void copyDocuments(Path documents, ZipOutputStream zip, Set<String> copied) throws IOException {
        if (!Files.isDirectory(documents)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(documents)) {
            files = all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part")).toList();
        }
        for (Path path : files) {
            String name = DOCUMENTS + "/" + documents.relativize(path).toString().replace('\\', '/');
            if (copied.contains(name)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(path)) {
                zip.putNextEntry(new ZipEntry(name));
                in.transferTo(zip);
                zip.closeEntry();
                copied.add(name);
            } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                // withdrawn between the listing and the copy: no saved row can name it
            }
        }
    }

    private static int extractDocuments(ZipFile zip, Path documents) throws IOException {
        int count = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(DOCUMENTS + "/")) {
                continue;
            }
            Path target = documents.resolve(entry.getName().substring(DOCUMENTS.length() + 1)).normalize();
            if (!target.startsWith(documents) || target.equals(documents)) {
                throw new DatabaseArchive.Refused("La sauvegarde contient un chemin hors du dossier des documents : fichier refusé.");
            }
            Files.createDirectories(target.getParent());
            ownerOnlyFile(target);
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                in.transferTo(out);
            }
            count++;
        }
        return count;
    }

    /** Creates the file readable and writable by its owner only, before anything is written to it. */
    private static void ownerOnlyFile(Path file) throws IOException {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new DatabaseArchive.Refused("Le fichier " + file + " existe déjà.");
        }
    }
}
