package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.AbsenceId;
import fr.espacefamille.domain.canteen.CanteenAbsence;
import fr.espacefamille.domain.family.ChildId;

/** Out-port: reported canteen absences; a child's day belongs to at most one of them. */
public interface CanteenAbsences {

    void add(CanteenAbsence absence);

    Optional<CanteenAbsence> byId(AbsenceId id);

    /** The child's reported absences, latest period first. */
    List<CanteenAbsence> ofChild(ChildId child);

    /** The child's absence days in the range, with how each is billed. */
    SortedMap<LocalDate, AbsenceBilling> daysOf(ChildId child, DateRange range);

    /** The absence days of each of the children that has any in the range. */
    Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> daysOf(Collection<ChildId> children, DateRange range);
}
