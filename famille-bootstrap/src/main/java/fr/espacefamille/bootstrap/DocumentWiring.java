package fr.espacefamille.bootstrap;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.espacefamille.adapter.files.FileSystemDocumentStore;
import fr.espacefamille.adapter.http.document.DocumentApi;
import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.adapter.http.document.DocumentPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.document.JdbiDocumentUses;
import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.adapter.jdbc.document.JdbiOrphanFiles;
import fr.espacefamille.application.document.DeleteOrphanFiles;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.OrphanFiles;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;

/**
 * Secure document storage: metadata in the database, bytes under {@code <data>/documents/}; the
 * clean-up job deletes the files left behind by a failed delete (at start-up, then every hour),
 * each by one instance only (see {@link DeleteOrphanFiles}), and logs what it did.
 */
final class DocumentWiring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentWiring.class);
    static final Duration CLEAN_UP_PERIOD = Duration.ofHours(1);

    final Documents documents;
    final DocumentStore store;
    final UploadDocument upload;
    final ListDocuments list;
    final ReadDocument read;
    final DeleteDocument delete;
    final AbsenceCertificate certificates;
    final OrphanFiles orphans;
    final DeleteOrphanFiles deleteOrphans;
    private final JobRuns.Job cleanUp;

    DocumentWiring(SharedWiring core) {
        documents = new JdbiDocuments(core.db());
        store = new FileSystemDocumentStore(core.config().dataDir().resolve("documents"));
        upload = new UploadDocument(documents, store, core.transactions(), core.audit(), core.clock());
        list = new ListDocuments(documents);
        read = new ReadDocument(documents, store);
        delete = new DeleteDocument(documents, new JdbiDocumentUses(core.db()), store, core.transactions(), core.audit());
        certificates = new AbsenceCertificate(upload, delete);
        orphans = new JdbiOrphanFiles(core.db());
        deleteOrphans = new DeleteOrphanFiles(orphans, store, core.transactions());
        cleanUp = core.jobs().job("fichiers-orphelins");
    }

    /** Runs the clean-up now (files left while the portal was down), then every {@link #CLEAN_UP_PERIOD}. */
    void startJob() {
        cleanUp.every(CLEAN_UP_PERIOD, this::runJob);
    }

    /** One pass of the clean-up: the files it deleted and those it could not, by their storage names. */
    DeleteOrphanFiles.Pass runJob() {
        try {
            DeleteOrphanFiles.Pass pass = deleteOrphans.run();
            pass.deleted().forEach(name -> LOG.info("Fichier orphelin supprimé : {}", name));
            pass.failed().forEach(name -> LOG.warn("Fichier orphelin toujours impossible à supprimer : {}", name));
            cleanUp.succeeded();
            return pass;
        } catch (RuntimeException e) {
            LOG.error("Nettoyage des fichiers orphelins interrompu", e);
            return new DeleteOrphanFiles.Pass(List.of(), List.of());
        }
    }

    @Override
    public void close() {
        cleanUp.close();
    }

    List<Feature> features() {
        return List.of(new DocumentApi(upload, list, read, delete), new DocumentPages(upload, list, read, delete));
    }
}
