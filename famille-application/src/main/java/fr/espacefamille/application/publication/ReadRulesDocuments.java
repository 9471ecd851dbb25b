package fr.espacefamille.application.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;

/** The published rules documents, for everyone without signing in: the list and each PDF. */
public final class ReadRulesDocuments {

    /** A rules document and its bytes; the caller streams and closes them. */
    public record Opened(RulesDocument document, InputStream content) {
    }

    private final RulesDocuments rules;
    private final DocumentStore store;

    public ReadRulesDocuments(RulesDocuments rules, DocumentStore store) {
        this.rules = rules;
        this.store = store;
    }

    /** Newest first. */
    public List<RulesDocument> all() {
        return rules.all();
    }

    public Opened open(RulesDocumentId id) {
        RulesDocument document = rules.byId(id).orElseThrow(Refusals::notFound);
        try {
            return new Opened(document, store.open(document.storageName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
