package fr.espacefamille.application.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.RankedRequest;

/** Builds the {@link NurseryRequestView} of requests from the sessions and offers. */
final class Standings {

    private final CommissionStores stores;
    private final Scores scores;
    private final Clock clock;

    Standings(CommissionStores stores, Clock clock) {
        this.stores = stores;
        this.scores = new Scores(stores.grids(), clock.getZone());
        this.clock = clock;
    }

    List<NurseryRequestView> of(List<NurseryRequest> requests) {
        List<CommissionSession> sessions = stores.sessions().all();
        return requests.stream().map(r -> view(r, sessions)).toList();
    }

    NurseryRequestView of(NurseryRequest request) {
        return view(request, stores.sessions().all());
    }

    private NurseryRequestView view(NurseryRequest request, List<CommissionSession> sessions) {
        List<Offer> offers = stores.offers().ofRequest(request.id());
        Optional<NurseryRequestView.LastSession> last = Scores.lastRanking(request, sessions).map(session -> {
            RankedRequest ranked = session.ranked(request.id()).orElseThrow();
            List<Offer> groupOffers = stores.offers().ofSession(session.id()).stream()
                    .filter(o -> o.group() == ranked.group()).toList();
            Optional<Integer> lastOffered = session.ranking(ranked.group()).stream()
                    .filter(r -> groupOffers.stream().anyMatch(o -> o.request().equals(r.request())))
                    .reduce((first, second) -> second).map(RankedRequest::score);
            return new NurseryRequestView.LastSession(session.id(), session.date(), ranked.rank(), lastOffered);
        });
        Optional<NurseryRequestView.Confirmation> confirmation = ConfirmNurseryRequest
                .confirmable(stores, request, LocalDate.now(clock))
                .map(s -> new NurseryRequestView.Confirmation(s, s.confirmed().contains(request.id())));
        return new NurseryRequestView(request, scores.standing(request, sessions, offers), last, offers, confirmation);
    }
}
