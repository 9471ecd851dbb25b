package fr.espacefamille.application.commission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.OfferStatus;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.RequestHistory;
import fr.espacefamille.domain.commission.Score;
import fr.espacefamille.domain.commission.ScoringGrid;
import fr.espacefamille.domain.commission.ScoringPolicy;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;

/**
 * A request's score on a day: the grid valid that day (the earliest grid for a day before every
 * grid) and the request's history at the sessions allocated before, leaving out {@code current}.
 */
final class Scores {

    private final ScoringGrids grids;
    private final ZoneId zone;

    Scores(ScoringGrids grids, ZoneId zone) {
        this.grids = grids;
        this.zone = zone;
    }

    Score score(NurseryRequest request, LocalDate gridDay, SessionId current, List<CommissionSession> sessions, List<Offer> offers) {
        List<ScoringGrid> all = grids.all();
        ScoringGrid grid = ScoringGrid.validOn(all, gridDay).or(() -> all.stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("No scoring grid published"));
        return ScoringPolicy.score(grid, request.answers(), history(request, current, sessions, offers));
    }

    static RequestHistory history(NurseryRequest request, SessionId current, List<CommissionSession> sessions, List<Offer> offers) {
        int examined = (int) sessions.stream()
                .filter(s -> s.status() == SessionStatus.ALLOCATED && !s.id().equals(current) && s.ranked(request.id()).isPresent())
                .filter(s -> offers.stream().noneMatch(o -> o.session().equals(s.id())))
                .count();
        int declined = (int) offers.stream().filter(o -> !o.session().equals(current) && o.status().declined()).count();
        return new RequestHistory(examined, declined);
    }

    /** The score a family reads: on the day of the last session that ranked the request, else on the request's day. */
    Score standing(NurseryRequest request, List<CommissionSession> sessions, List<Offer> offers) {
        LocalDate day = lastRanking(request, sessions).map(CommissionSession::date)
                .orElse(LocalDate.ofInstant(request.submittedAt(), zone));
        return score(request, day, null, sessions, offers);
    }

    /**
     * The requests the session examines: confirmed for it, still waiting for a place with no offer
     * pending elsewhere, each scored on the session's date.
     */
    List<Ranking.Candidate> candidates(CommissionStores stores, CommissionSession session) {
        List<CommissionSession> sessions = stores.sessions().all();
        List<Ranking.Candidate> candidates = new java.util.ArrayList<>();
        for (var id : session.confirmed()) {
            NurseryRequest request = stores.requests().byId(id).orElseThrow();
            List<Offer> offers = stores.offers().ofRequest(id);
            if (request.status() == NurseryRequestStatus.OPEN && offers.stream().noneMatch(o -> o.status() == OfferStatus.PENDING)) {
                candidates.add(new Ranking.Candidate(id, request.ageGroup(),
                        score(request, session.date(), session.id(), sessions, offers).total(), request.submittedAt()));
            }
        }
        return candidates;
    }

    static java.util.Optional<CommissionSession> lastRanking(NurseryRequest request, List<CommissionSession> sessions) {
        return sessions.stream().filter(s -> s.ranked(request.id()).isPresent()).max(Comparator.comparing(CommissionSession::date));
    }
}
