package fr.espacefamille.bootstrap;

import java.util.List;

import fr.espacefamille.adapter.files.FileSystemDocumentStore;
import fr.espacefamille.adapter.http.document.DocumentApi;
import fr.espacefamille.adapter.http.family.AbsenceCertificate;
import fr.espacefamille.adapter.http.document.DocumentPages;
import fr.espacefamille.adapter.http.shared.Feature;
import fr.espacefamille.adapter.jdbc.document.JdbiDocumentUses;
import fr.espacefamille.adapter.jdbc.document.JdbiDocuments;
import fr.espacefamille.application.document.DeleteDocument;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.document.Documents;
import fr.espacefamille.application.document.ListDocuments;
import fr.espacefamille.application.document.ReadDocument;
import fr.espacefamille.application.document.UploadDocument;

/** Secure document storage: metadata in the database, bytes under {@code <data>/documents/}. */
final class DocumentWiring {

    final Documents documents;
    final DocumentStore store;
    final UploadDocument upload;
    final ListDocuments list;
    final ReadDocument read;
    final DeleteDocument delete;
    final AbsenceCertificate certificates;

    DocumentWiring(SharedWiring core) {
        documents = new JdbiDocuments(core.db());
        store = new FileSystemDocumentStore(core.config().dataDir().resolve("documents"));
        upload = new UploadDocument(documents, store, core.transactions(), core.audit(), core.clock());
        list = new ListDocuments(documents);
        read = new ReadDocument(documents, store);
        delete = new DeleteDocument(documents, new JdbiDocumentUses(core.db()), store, core.transactions(), core.audit());
        certificates = new AbsenceCertificate(upload, delete);
    }

    List<Feature> features() {
        return List.of(new DocumentApi(upload, list, read, delete), new DocumentPages(upload, list, read, delete));
    }
}
