package fr.espacefamille.application.commission;

import java.time.Clock;
import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.AgeGroup;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;
import fr.espacefamille.domain.commission.NurseryRequestStatus;
import fr.espacefamille.domain.commission.Offer;

/**
 * Pre-registrations as families and staff read them. An offer whose deadline passed expires
 * before it is shown, even if the scheduled job has not run yet.
 */
public final class ReadNurseryRequests {

    private final CommissionStores stores;
    private final Standings standings;
    private final ExpireOffers expireOffers;
    private final Clock clock;

    public ReadNurseryRequests(CommissionContext context, ExpireOffers expireOffers) {
        this.stores = context.stores();
        this.standings = context.standings();
        this.expireOffers = expireOffers;
        this.clock = context.clock();
    }

    /** The family's (or applicant's) own requests, oldest first. */
    public List<NurseryRequestView> mine(Actor actor) {
        if (actor.isStaff()) {
            return List.of();
        }
        List<NurseryRequest> requests = stores.requests().of(actor.familyId(), actor.accountId());
        return expireLapsed(requests) ? standings.of(stores.requests().of(actor.familyId(), actor.accountId()))
                : standings.of(requests);
    }

    public NurseryRequestView one(Actor actor, NurseryRequestId id) {
        NurseryRequest request = RequestAccess.reach(stores.requests(), actor, id);
        return standings.of(expireLapsed(List.of(request)) ? stores.requests().byId(id).orElseThrow() : request);
    }

    /** Every request, for nursery staff, optionally of one status and one age group. */
    public List<NurseryRequestView> all(Actor actor, NurseryRequestStatus status, AgeGroup group) {
        actor.require(Role.NURSERY_AGENT);
        expireOffers.run();
        return standings.of(stores.requests().all().stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> group == null || r.ageGroup() == group).toList());
    }

    private boolean expireLapsed(List<NurseryRequest> requests) {
        boolean any = false;
        for (NurseryRequest request : requests) {
            for (Offer offer : stores.offers().ofRequest(request.id())) {
                if (offer.lapsedAt(clock.instant())) {
                    any |= expireOffers.expire(offer.id(), clock.instant());
                }
            }
        }
        return any;
    }
}
