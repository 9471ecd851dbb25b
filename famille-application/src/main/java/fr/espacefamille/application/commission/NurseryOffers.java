package fr.espacefamille.application.commission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferId;
import fr.espacefamille.domain.commission.SessionId;

/**
 * Out-port: offers of places. The store refuses (with an exception) a second offer of a place
 * still held in its session's group, or a second offer to a request in one session.
 */
public interface NurseryOffers {

    void add(Offer offer);

    /** Saves the answer (or expiry) of an offer that was pending; false when it no longer was. */
    boolean answer(Offer answered);

    Optional<Offer> byId(OfferId id);

    /** The session's offers, in the order they were made. */
    List<Offer> ofSession(SessionId session);

    /** The request's offers, in the order they were made. */
    List<Offer> ofRequest(NurseryRequestId request);

    /** Pending offers whose reply deadline is before {@code now}, at most {@code limit}, earliest deadline first. */
    List<Offer> lapsed(Instant now, int limit);
}
