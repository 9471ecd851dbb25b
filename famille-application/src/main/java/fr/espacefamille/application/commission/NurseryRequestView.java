package fr.espacefamille.application.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.Score;
import fr.espacefamille.domain.commission.SessionId;

/**
 * What a family (and staff) read of a request: its score with the breakdown, its rank in its group
 * at the last session that examined it with the score of the last request offered a place there,
 * and its offers.
 */
public record NurseryRequestView(NurseryRequest request, Score score, Optional<LastSession> lastSession, List<Offer> offers,
        Optional<Confirmation> confirmation) {

    /** The open session that may examine the request, and whether the family confirmed it already. */
    public record Confirmation(CommissionSession session, boolean confirmed) {
    }

    /** The last session that ranked the request; {@code lastOfferedScore} is empty until that group's offers are out. */
    public record LastSession(SessionId id, LocalDate date, int rank, Optional<Integer> lastOfferedScore) {
    }

    public NurseryRequestView {
        offers = List.copyOf(offers);
    }

    public AgeGroup ageGroup() {
        return request.ageGroup();
    }

    /** The offer waiting for the family's answer. */
    public Optional<Offer> pendingOffer() {
        return offers.stream().filter(o -> o.status() == OfferStatus.PENDING).findFirst();
    }

    /** The accepted offer, whose contract was made. */
    public Optional<Offer> acceptedOffer() {
        return offers.stream().filter(o -> o.status() == OfferStatus.ACCEPTED).findFirst();
    }
}
