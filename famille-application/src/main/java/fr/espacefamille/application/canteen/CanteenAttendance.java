package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AttendanceMark;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.SchoolId;

/** Out-port: attendance checks (pointage), one mark per child and day; a new mark replaces the old one. */
public interface CanteenAttendance {

    /** Records the mark; answers the presence it replaces, if the child was already checked that day. */
    Optional<Boolean> record(AttendanceMark mark);

    /** The marks taken at a school on a day: present (true) or absent (false) per child. */
    Map<ChildId, Boolean> ofSchool(SchoolId school, LocalDate day);

    /** The marks of each of the children that has any in the range. */
    Map<ChildId, SortedMap<LocalDate, Boolean>> ofChildren(Collection<ChildId> children, DateRange range);
}
