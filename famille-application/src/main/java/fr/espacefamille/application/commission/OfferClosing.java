package fr.espacefamille.application.commission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;

/**
 * Saves an offer's answer or expiry, with its session locked, and offers a place given back at once
 * to the next request of the group's list. Answers the e-mails to send once committed.
 */
final class OfferClosing {

    private final CommissionStores stores;
    private final Audit audit;
    private final CommissionMails mails;
    private final Places places;

    OfferClosing(CommissionStores stores, Audit audit, CommissionMails mails, Places places) {
        this.stores = stores;
        this.audit = audit;
        this.mails = mails;
        this.places = places;
    }

    /** False (and nothing written) when the offer was no longer pending: another instance closed it first. */
    boolean close(Actor actor, Offer closed, Instant now, List<Mail> outbox) {
        if (!stores.offers().answer(closed)) {
            return false;
        }
        NurseryRequest request = stores.requests().byId(closed.request()).orElseThrow();
        audit.record(actor, "NURSERY_OFFER_" + closed.status(), closed.id(), AuditJson.of("status", OfferStatus.PENDING),
                AuditJson.of("status", closed.status(), "request", request.id(), "child", request.childName(),
                        "contract", closed.contract()));
        outbox.addAll(mails.answered(closed, request, now));
        if (!closed.status().holdsPlace()) {
            CommissionSession session = stores.sessions().byId(closed.session()).orElseThrow();
            offer(session, places.fill(session, closed.group(), now), outbox);
        }
        return true;
    }

    /** Records and announces the offers just made. */
    void offer(CommissionSession session, List<Places.Made> made, List<Mail> outbox) {
        List<Audit.Change> changes = new ArrayList<>();
        for (Places.Made m : made) {
            changes.add(new Audit.Change(Actor.SYSTEM, "NURSERY_OFFER_MADE", m.offer().id(), null, AuditJson.of("session", session.id(),
                    "request", m.request().id(), "child", m.request().childName(), "group", m.offer().group(),
                    "place", m.offer().place(), "replyBy", m.offer().replyBy())));
            outbox.addAll(mails.offerMade(m.offer(), m.request()));
        }
        if (!changes.isEmpty()) {
            audit.recordAll(changes);
        }
    }
}
