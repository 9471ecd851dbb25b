package fr.espacefamille.application.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.document.Document;
import fr.espacefamille.domain.document.DocumentId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * A guardian deletes one of their family's documents, unless it belongs to a record (an absence's
 * certificate, a request's proof: {@link DocumentUses}). The use cases that refuse a request also
 * discard the document that came with it, so that a refused request keeps nothing.
 */
public final class DeleteDocument {

    public static final Refusal DOCUMENT_IN_USE = Refusal.conflict("DOCUMENT_IN_USE",
            "Ce document accompagne une absence ou une demande : il est conservé avec elle et ne peut pas être supprimé.");

    private final Documents documents;
    private final DocumentUses uses;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;

    public DeleteDocument(Documents documents, DocumentUses uses, DocumentStore store, Transactions transactions, Audit audit) {
        this.documents = documents;
        this.uses = uses;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
    }

    public void delete(Actor actor, DocumentId id) {
        Document document = documents.byId(id).filter(d -> !actor.isStaff() && actor.mayReach(d.family()))
                .orElseThrow(Refusals::notFound);
        if (!remove(actor, document)) {
            throw Refusals.refuse(DOCUMENT_IN_USE);
        }
    }

    /** Those of the given documents that belong to a record, which their family cannot delete (the page offers no « Supprimer »). */
    public Set<DocumentId> kept(List<Document> shown) {
        return shown.stream().map(Document::id).filter(uses::isUsed).collect(Collectors.toUnmodifiableSet());
    }

    /** Removes the document of a refused request, unless something else holds it. */
    public void discard(Actor actor, DocumentId id) {
        documents.byId(id).filter(d -> actor.mayReach(d.family())).ifPresent(document -> remove(actor, document));
    }

    private boolean remove(Actor actor, Document document) {
        boolean removed = transactions.inTransaction(() -> {
            if (uses.isUsed(document.id())) {
                return false;
            }
            documents.remove(document.id());
            audit.record(actor, "DOCUMENT_DELETED", document.id(),
                    AuditJson.of("kind", document.kind(), "filename", document.filename()), null);
            return true;
        });
        if (removed) {
            try {
                store.delete(document.storageName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removed;
    }
}
