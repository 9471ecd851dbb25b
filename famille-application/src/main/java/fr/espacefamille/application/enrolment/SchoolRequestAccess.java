package fr.espacefamille.application.enrolment;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.enrolment.SchoolRequest;
import fr.espacefamille.domain.enrolment.SchoolRequestId;

/** Who reaches a request: school staff, the account that filed it, a guardian of its family; anyone else gets 404. */
final class SchoolRequestAccess {

    private final SchoolRequests requests;

    SchoolRequestAccess(SchoolRequests requests) {
        this.requests = requests;
    }

    SchoolRequest reach(Actor actor, SchoolRequestId id) {
        return requests.byId(id).filter(r -> mayReach(actor, r)).orElseThrow(Refusals::notFound);
    }

    static boolean mayReach(Actor actor, SchoolRequest request) {
        if (actor.isStaff()) {
            return actor.role().mayActAs(Role.SCHOOL_AGENT);
        }
        return request.requester().equals(actor.accountId())
                || (request.family() != null && request.family().equals(actor.familyId()))
                || request.accepted().map(a -> a.family().equals(actor.familyId())).orElse(false);
    }
}
