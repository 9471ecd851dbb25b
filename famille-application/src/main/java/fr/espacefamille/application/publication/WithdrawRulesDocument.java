package fr.espacefamille.application.publication;

import java.io.IOException;
import java.time.Clock;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.document.DocumentStore;
import fr.espacefamille.application.document.OrphanFiles;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.publication.RulesDocument;
import fr.espacefamille.domain.publication.RulesDocumentId;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Staff withdraw a rules document (to replace one, withdraw it and publish the new one). The
 * withdrawal lists its file as an orphan in the same transaction; the bytes are deleted once it
 * is committed (a failed withdrawal never loses the file) and struck off the list. A delete that
 * fails does not undo the withdrawal: the file stays listed for {@link fr.espacefamille.application.document.DeleteOrphanFiles}.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class WithdrawRulesDocument {

    private final RulesDocuments rules;
    private final DocumentStore store;
    private final Transactions transactions;
    private final Audit audit;
    private final OrphanFiles orphans;
    private final Clock clock;

    public WithdrawRulesDocument(RulesDocuments rules, DocumentStore store, Transactions transactions, Audit audit,
            OrphanFiles orphans, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.orphans = orphans;
        this.clock = clock;
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
            orphans.add(found.storageName(), clock.instant());
            return found;
        });
        try {
            store.delete(document.storageName());
        } catch (IOException leftForTheCleanUp) {
            // the withdrawal stands; the file stays listed and the clean-up job deletes it later
            return document;
        }
        transactions.inTransaction(() -> orphans.take(document.storageName()));
        return document;
    }
}
