package fr.espacefamille.application.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.commission.NurseryOffers;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferId;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.SessionId;

/** In-memory {@link NurseryOffers}, refusing a place offered twice at once like the database's unique keys. */
public final class InMemoryNurseryOffers implements NurseryOffers {

    private final Map<OfferId, Offer> offers;

    public InMemoryNurseryOffers(InMemoryTransactions transactions) {
        this.offers = new InMemoryMap<OfferId, Offer>(transactions).map();
    }

    @Override
    public synchronized void add(Offer offer) {
        for (Offer other : offers.values()) {
            if (!other.session().equals(offer.session())) {
                continue;
            }
            if (other.request().equals(offer.request())) {
                throw new IllegalStateException("The request already had an offer at this session: " + offer.request());
            }
            if (other.group() == offer.group() && other.place() == offer.place() && other.status().holdsPlace()) {
                throw new IllegalStateException("Place " + offer.place() + " of " + offer.group() + " is already held");
            }
        }
        offers.put(offer.id(), offer);
    }

    @Override
    public synchronized boolean answer(Offer answered) {
        Offer stored = offers.get(answered.id());
        if (stored == null || stored.status() != OfferStatus.PENDING) {
            return false;
        }
        offers.put(answered.id(), answered);
        return true;
    }

    @Override
    public Optional<Offer> byId(OfferId id) {
        return Optional.ofNullable(offers.get(id));
    }

    @Override
    public List<Offer> ofSession(SessionId session) {
        return offers.values().stream().filter(o -> o.session().equals(session)).sorted(ORDER).toList();
    }

    @Override
    public List<Offer> ofRequest(NurseryRequestId request) {
        return offers.values().stream().filter(o -> o.request().equals(request)).sorted(ORDER).toList();
    }

    @Override
    public List<Offer> lapsed(Instant now, int limit) {
        return offers.values().stream().filter(o -> o.lapsedAt(now))
                .sorted(Comparator.comparing(Offer::replyBy).thenComparing(o -> o.id().toString())).limit(limit).toList();
    }

    private static final Comparator<Offer> ORDER = Comparator.comparing(Offer::offeredAt).thenComparing(Offer::group)
            .thenComparingInt(Offer::place).thenComparing(o -> o.id().toString());
}
