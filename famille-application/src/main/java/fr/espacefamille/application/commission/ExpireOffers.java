package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Mail;
import fr.espacefamille.application.shared.Mailer;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferId;

/**
 * Offers left unanswered past their deadline expire, and their place goes at once to the next
 * request of the list. Run by a scheduled job, at start-up, and when someone reads the offer. Each
 * offer is claimed in the database (its session locked, then its pending row updated only if still
 * pending), so that several instances never expire one twice.
 */
public final class ExpireOffers {

    static final int BATCH = 100;

    private final CommissionStores stores;
    private final Transactions transactions;
    private final Mailer mailer;
    private final OfferClosing closing;
    private final Clock clock;

    public ExpireOffers(CommissionContext context) {
        this.stores = context.stores();
        this.transactions = context.transactions();
        this.mailer = context.mailer();
        this.closing = context.closing();
        this.clock = context.clock();
    }

    /** Expires every lapsed offer; answers how many this run expired. */
    public int run() {
        Instant now = clock.instant();
        int expired = 0;
        List<Offer> batch;
        do {
            batch = stores.offers().lapsed(now, BATCH);
            int before = expired;
            for (Offer offer : batch) {
                expired += expire(offer.id(), now) ? 1 : 0;
            }
            if (expired == before) {
                break;
            }
        } while (batch.size() == BATCH);
        return expired;
    }

    /** Expires the offer if it lapsed by {@code now}; false when it had not, or another run did it. */
    boolean expire(OfferId id, Instant now) {
        List<Mail> outbox = new ArrayList<>();
        boolean done = transactions.inTransaction(() -> {
            Offer seen = stores.offers().byId(id).orElseThrow();
            stores.sessions().lock(seen.session());
            Offer offer = stores.offers().byId(id).orElseThrow();
            return offer.lapsedAt(now) && closing.close(Actor.SYSTEM, offer.expired(now), now, outbox);
        });
        outbox.forEach(mailer::send);
        return done;
    }
}
