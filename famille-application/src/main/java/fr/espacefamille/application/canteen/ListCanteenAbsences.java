package fr.espacefamille.application.canteen;

import java.util.List;

import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.ChildId;

/** A family (or staff) reads the canteen absences reported for a child, latest first, with how each day is billed. */
public final class ListCanteenAbsences {

    private final CanteenChildren children;
    private final CanteenAbsences absences;

    public ListCanteenAbsences(Pupils pupils, SchoolYears schoolYears, CanteenAbsences absences) {
        this.children = new CanteenChildren(pupils, schoolYears);
        this.absences = absences;
    }

    public List<CanteenAbsence> of(Actor actor, ChildId child) {
        return absences.ofChild(children.reach(actor, child).id());
    }
}
