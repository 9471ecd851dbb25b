package fr.espacefamille.application.commission;

import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.commission.NurseryRequest;
import fr.espacefamille.domain.commission.NurseryRequestId;

/**
 * Who reaches a pre-registration: the requester's family, the account that filed it and nursery staff. Anyone else's request answers exactly like an unknown one.
 */
final class RequestAccess {

    private RequestAccess() {
    }

    static NurseryRequest reach(NurseryRequests requests, Actor actor, NurseryRequestId id) {
        return reached(actor, requests.byId(id));
    }

    /** As {@link #reach}, the request locked for a change until the transaction ends. */
    static NurseryRequest reachForChange(NurseryRequests requests, Actor actor, NurseryRequestId id) {
        return reached(actor, requests.byIdForChange(id));
    }

    private static NurseryRequest reached(Actor actor, Optional<NurseryRequest> found) {
        if (actor.isStaff()) {
            actor.require(Role.NURSERY_AGENT);
        }
        return found.filter(r -> mayReach(actor, r)).orElseThrow(Refusals::notFound);
    }

    static boolean mayReach(Actor actor, NurseryRequest request) {
        if (actor.isStaff()) {
            return true;
        }
        // the account that filed it always reaches it, also while its session still sees it as the applicant it was
        return Objects.equals(request.requester(), actor.accountId()) || request.family() != null && request.family().equals(actor.familyId());
    }

    /** A family's guardian or an applicant account (no family yet): staff do not pre-register. */
    static void requireRequester(Actor actor) {
        if (actor.isStaff() || actor.accountId() == null || actor.family().isEmpty() && actor.role() != Role.APPLICANT) {
            throw Refusals.refuse(fr.espacefamille.domain.shared.Refusal.forbidden());
        }
    }
}
