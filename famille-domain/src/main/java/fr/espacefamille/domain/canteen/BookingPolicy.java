package fr.espacefamille.domain.canteen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.espacefamille.domain.calendar.SchoolYear;
import fr.espacefamille.domain.calendar.SchoolYearLabel;
import fr.espacefamille.domain.calendar.ServiceCalendar;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Whether a child's canteen day may be changed (booked or cancelled), and why not. The checks come
 * in this order, and the first that fails is the answer: the day must be a service day, the child
 * enrolled in the canteen for that day's school year, and — unless staff override it — the day's
 * {@link BookingDeadline} not yet passed, whatever the day's current state.
 */
public final class BookingPolicy {

    public static final Refusal NOT_A_SERVICE_DAY = Refusal.rule("NOT_A_SERVICE_DAY",
            "Il n'y a pas de restauration scolaire ce jour-là.");
    public static final Refusal NOT_ENROLLED = Refusal.rule("NOT_ENROLLED",
            "L'enfant n'est pas inscrit à la restauration scolaire pour cette année scolaire.");
    public static final Refusal BOOKING_DEADLINE_PASSED = Refusal.rule("BOOKING_DEADLINE_PASSED",
            "Le délai est passé : un repas se réserve ou s'annule jusqu'à 10 h le dernier jour ouvré qui le précède.");

    private final ServiceCalendar calendar;
    private final Set<SchoolYearLabel> enrolledYears;

    /** The policy for one child, from the calendar and the school years of the child's canteen enrolments. */
    public BookingPolicy(ServiceCalendar calendar, Set<SchoolYearLabel> enrolledYears) {
        this.calendar = calendar;
        this.enrolledYears = Set.copyOf(enrolledYears);
    }

    /** The policy for one child, from the calendar and the child's enrolments (canteen ones count). */
    public static BookingPolicy of(ServiceCalendar calendar, Collection<Enrolment> enrolments) {
        return new BookingPolicy(calendar, enrolments.stream().filter(e -> e.service() == ChildService.CANTEEN)
                .map(e -> SchoolYearLabel.parse(e.schoolYear()))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isServiceDay(LocalDate day) {
        return calendar.isServiceDay(day);
    }

    /** Why there is no canteen that day, for parents (« Vacances de la Toussaint »); empty on a service day. */
    public Optional<String> closure(LocalDate day) {
        return calendar.closure(day);
    }

    /**
     * Enrolled for the school year the day belongs to. Enrolment is by school year label, so that
     * staff may move the year's dates without touching enrolments.
     */
    public boolean isEnrolled(LocalDate day) {
        Optional<SchoolYear> year = calendar.yearOf(day);
        return year.isPresent() && enrolledYears.contains(year.get().label());
    }

    /**
     * Why {@code day} may not be changed at {@code now}, or empty when it may. {@code staffOverride}
     * lifts the deadline only (SCHOOL_AGENT and ADMIN change bookings at any time).
     */
    public Optional<Refusal> refusal(LocalDate day, Instant now, boolean staffOverride) {
        if (!calendar.isServiceDay(day)) {
            return Optional.of(NOT_A_SERVICE_DAY);
        }
        if (!isEnrolled(day)) {
            return Optional.of(NOT_ENROLLED);
        }
        if (!staffOverride && BookingDeadline.hasPassed(day, now)) {
            return Optional.of(BOOKING_DEADLINE_PASSED);
        }
        return Optional.empty();
    }
}
