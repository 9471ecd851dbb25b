package fr.espacefamille.application.canteen;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.Attendance;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/**
 * Staff read a school's attendance sheet for a day: a handful of queries, whatever the school's size.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class ReadAttendanceSheet {

    private final Schools schools;
    private final Pupils pupils;
    private final SchoolYears schoolYears;
    private final CanteenBookings bookings;
    private final CanteenAbsences absences;
    private final CanteenAttendance attendance;

    public ReadAttendanceSheet(Schools schools, Pupils pupils, SchoolYears schoolYears, CanteenBookings bookings,
            CanteenAbsences absences, CanteenAttendance attendance) {
        this.schools = schools;
        this.pupils = pupils;
        this.schoolYears = schoolYears;
        this.bookings = bookings;
        this.absences = absences;
        this.attendance = attendance;
    }

    public AttendanceSheet read(Actor actor, SchoolId schoolId, LocalDate date) {
        actor.require(Role.SCHOOL_AGENT);
        School school = schools.byId(schoolId).orElseThrow(Refusals::notFound);
        ServiceCalendar calendar = schoolYears.calendar();
        List<Pupil> children = pupils.ofSchool(schoolId);
        Set<ChildId> booked = bookings.ofSchool(schoolId, date);
        Map<ChildId, Boolean> marks = attendance.ofSchool(schoolId, date);
        Map<ChildId, SortedMap<LocalDate, AbsenceBilling>> absent = absences.daysOf(
                children.stream().map(Pupil::id).toList(), new DateRange(date, date));
        List<AttendanceSheet.Line> lines = children.stream()
                .map(p -> new AttendanceSheet.Line(p, booked.contains(p.id()),
                        new BookingPolicy(calendar, p.canteenYears()).isEnrolled(date), absent.containsKey(p.id()),
                        Attendance.of(marks.get(p.id()))))
                .sorted(Comparator.comparing((AttendanceSheet.Line l) -> !l.booked())
                        .thenComparing(l -> !l.enrolled())
                        .thenComparing(l -> l.pupil().lastName())
                        .thenComparing(l -> l.pupil().firstName()))
                .toList();
        return new AttendanceSheet(school, date, calendar.isServiceDay(date), lines);
    }
}
