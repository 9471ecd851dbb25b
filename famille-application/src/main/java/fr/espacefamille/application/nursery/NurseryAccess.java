package fr.espacefamille.application.nursery;

import fr.espacefamille.application.family.Families;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.family.Child;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Family;

/**
 * Who may act on a child's nursery care: the child's own family, and nursery staff. Another
 * family's child answers exactly like an unknown one.
 */
final class NurseryAccess {

    /** A child with the family it belongs to. */
    record Reached(Family family, Child child) {
    }

    private final Families families;

    NurseryAccess(Families families) {
        this.families = families;
    }

    Reached reach(Actor actor, ChildId childId) {
        requireParentOrNurseryStaff(actor);
        Family family = families.byChild(childId).filter(f -> actor.mayReach(f.id())).orElseThrow(Refusals::notFound);
        return new Reached(family, family.child(childId).orElseThrow(Refusals::notFound));
    }

    /** Staff acting on nursery care must be nursery staff (or above); parents are checked against their family. */
    static void requireParentOrNurseryStaff(Actor actor) {
        if (actor.isStaff()) {
            actor.require(Role.NURSERY_AGENT);
        }
    }

    /** For staff registering contracts or recording attendance: any child of the town. */
    Reached staffReach(Actor actor, ChildId childId) {
        actor.require(Role.NURSERY_AGENT);
        return reach(actor, childId);
    }
}
