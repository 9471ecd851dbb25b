package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.family.Schools;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.canteen.BookingDeadline;
import fr.espacefamille.domain.family.School;
import fr.espacefamille.domain.family.SchoolId;

/**
 * The kitchen's headcounts: per service day and school, the number of booked meals — every school
 * every service day, zero included, so that a missing line never hides a school. A day's figure is
 * final once its booking deadline has passed (only staff may still change it). Absences reported
 * after the deadline do not lower it: the meals were ordered.
 * <p>Refuses (API error codes): {@code FORBIDDEN}.
 */
public final class ReadHeadcounts {

    /** One school's booked meals on one day, final once the day's deadline has passed. */
    public record Headcount(LocalDate date, School school, int meals, boolean isFinal) {
    }

    private final Schools schools;
    private final SchoolYears schoolYears;
    private final CanteenBookings bookings;
    private final Clock clock;

    public ReadHeadcounts(Schools schools, SchoolYears schoolYears, CanteenBookings bookings, Clock clock) {
        this.schools = schools;
        this.schoolYears = schoolYears;
        this.bookings = bookings;
        this.clock = clock;
    }

    public List<Headcount> read(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.SCHOOL_AGENT);
        DateRange range = CanteenChildren.range(from, to);
        ServiceCalendar calendar = schoolYears.calendar();
        List<School> all = schools.all();
        Map<LocalDate, Map<SchoolId, Integer>> counts = new HashMap<>();
        bookings.count(range).forEach(c -> counts.computeIfAbsent(c.date(), d -> new HashMap<>()).put(c.school(), c.meals()));
        Instant now = clock.instant();
        return range.days().filter(calendar::isServiceDay).flatMap(day -> all.stream().map(school ->
                new Headcount(day, school, counts.getOrDefault(day, Map.of()).getOrDefault(school.id(), 0),
                        BookingDeadline.hasPassed(day, now)))).toList();
    }
}
