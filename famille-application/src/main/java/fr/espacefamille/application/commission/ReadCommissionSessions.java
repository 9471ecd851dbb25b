package fr.espacefamille.application.commission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.CommissionSession;
import fr.espacefamille.domain.commission.Offer;
import fr.espacefamille.domain.commission.RankedRequest;
import fr.espacefamille.domain.commission.Ranking;
import fr.espacefamille.domain.commission.SessionId;
import fr.espacefamille.domain.commission.SessionStatus;

/** Commission sessions for nursery staff: the list, and one session with its lists and offers. */
public final class ReadCommissionSessions {

    private final CommissionStores stores;
    private final Scores scores;
    private final ExpireOffers expireOffers;

    public ReadCommissionSessions(CommissionContext context, ExpireOffers expireOffers) {
        this.stores = context.stores();
        this.scores = new Scores(stores.grids(), context.clock().getZone());
        this.expireOffers = expireOffers;
    }

    public List<CommissionSession> all(Actor actor) {
        actor.require(Role.NURSERY_AGENT);
        return stores.sessions().all();
    }

    public SessionView one(Actor actor, SessionId id) {
        actor.require(Role.NURSERY_AGENT);
        expireOffers.run();
        CommissionSession session = stores.sessions().byId(id).orElseThrow(Refusals::notFound);
        List<Offer> offers = stores.offers().ofSession(id);
        List<RankedRequest> lists = session.status() == SessionStatus.OPEN
                ? Ranking.rank(scores.candidates(stores, session), List.of()) : session.ranking();
        Map<AgeGroup, List<SessionView.Line>> groups = new EnumMap<>(AgeGroup.class);
        for (AgeGroup group : AgeGroup.values()) {
            List<SessionView.Line> lines = new ArrayList<>();
            for (RankedRequest ranked : lists) {
                if (ranked.group() != group) {
                    continue;
                }
                Optional<Offer> offer = offers.stream().filter(o -> o.request().equals(ranked.request())).findFirst();
                lines.add(new SessionView.Line(stores.requests().byId(ranked.request()).orElseThrow(), ranked.score(), ranked.rank(),
                        status(session, offer), offer, ranked.overrideReason()));
            }
            groups.put(group, lines);
        }
        return new SessionView(session, groups, offers);
    }

    private static SessionView.LineStatus status(CommissionSession session, Optional<Offer> offer) {
        if (session.status() == SessionStatus.OPEN) {
            return SessionView.LineStatus.CONFIRMED;
        }
        return offer.map(o -> switch (o.status()) {
            case PENDING -> SessionView.LineStatus.OFFERED;
            case ACCEPTED -> SessionView.LineStatus.ACCEPTED;
            case REFUSED -> SessionView.LineStatus.REFUSED;
            case EXPIRED -> SessionView.LineStatus.EXPIRED;
        }).orElse(SessionView.LineStatus.WAITING);
    }
}
