package fr.espacefamille.application.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;

/**
 * Opens a document for its family and for staff; another family's document is "not found", like
 * an unknown one. The caller streams the content and closes it.
 */
public final class ReadDocument {

    public record Opened(Document document, InputStream content) {
    }

    private final Documents documents;
    private final DocumentStore store;

    public ReadDocument(Documents documents, DocumentStore store) {
        this.documents = documents;
        this.store = store;
    }

    public Document metadata(Actor actor, DocumentId id) {
        return documents.byId(id).filter(d -> actor.isStaff() || d.ownedBy(actor.familyId(), actor.accountId() == null ? null : actor.accountId().value())).orElseThrow(Refusals::notFound);
    }

    public Opened open(Actor actor, DocumentId id) {
        Document document = metadata(actor, id);
        try {
            return new Opened(document, store.open(document.storageName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
