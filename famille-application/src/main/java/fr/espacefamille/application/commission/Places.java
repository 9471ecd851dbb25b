package fr.espacefamille.application.commission;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;

/**
 * Offers a session's free places of a group, top-down along its list: a place is free while no
 * pending or accepted offer holds its number. Runs with the session locked; the offers store's keys
 * refuse a place held twice whatever happens.
 */
final class Places {

    /** An offer made, with its request, for the e-mail. */
    record Made(Offer offer, NurseryRequest request) {
    }

    private final CommissionStores stores;
    private final ZoneId zone;

    Places(CommissionStores stores, ZoneId zone) {
        this.stores = stores;
        this.zone = zone;
    }

    List<Made> fill(CommissionSession session, AgeGroup group, Instant now) {
        List<Offer> offers = stores.offers().ofSession(session.id());
        Set<Integer> held = new TreeSet<>();
        Set<NurseryRequestId> offered = new HashSet<>();
        for (Offer offer : offers) {
            offered.add(offer.request());
            if (offer.group() == group && offer.status().holdsPlace()) {
                held.add(offer.place());
            }
        }
        List<Made> made = new ArrayList<>();
        for (int place = 1; place <= session.places(group); place++) {
            if (held.contains(place)) {
                continue;
            }
            var next = session.nextToOffer(group, offered, this::mayTakeAPlace);
            if (next.isEmpty()) {
                break;
            }
            NurseryRequest request = stores.requests().byId(next.get()).orElseThrow();
            Offer offer = Offer.make(session.id(), request.id(), group, place, request.wishedStart(), now, zone);
            stores.offers().add(offer);
            offered.add(request.id());
            made.add(new Made(offer, request));
        }
        return made;
    }

    /** Still waiting for a place, with no offer pending elsewhere. */
    private boolean mayTakeAPlace(NurseryRequestId id) {
        return stores.requests().byId(id).filter(r -> r.status() == NurseryRequestStatus.OPEN).isPresent()
                && stores.offers().ofRequest(id).stream().noneMatch(o -> o.status() == OfferStatus.PENDING);
    }
}
