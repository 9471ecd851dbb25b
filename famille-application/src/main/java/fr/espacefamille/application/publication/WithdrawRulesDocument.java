package fr.espacefamille.application.publication;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Staff withdraw a rules document (to replace one, withdraw it and publish the new one). The bytes
 * are deleted once the withdrawal is committed, so a failed withdrawal never loses the file.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class WithdrawRulesDocument {

    private final RulesDocuments rules;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;

    public WithdrawRulesDocument(RulesDocuments rules, DocumentStore store, Transactions transactions, Audit audit) {
        this.rules = rules;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** Answers the withdrawn document. */
    public RulesDocument withdraw(Actor actor, RulesDocumentId id) {
        if (!actor.isStaff()) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        RulesDocument document = transactions.inTransaction(() -> {
            RulesDocument found = rules.byId(id).orElseThrow(Refusals::notFound);
            actor.require(found.service().keeper());
            if (!rules.remove(id)) {
                throw Refusals.notFound();
            }
            audit.record(actor, "RULES_WITHDRAWN", id, PublishRulesDocument.json(found), null);
            return found;
        });
        try {
            store.delete(document.storageName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }
}
