package fr.espacefamille.application.canteen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import fr.espacefamille.application.calendar.SchoolYears;
import fr.espacefamille.application.canteen.Pupils.Pupil;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.canteen.AbsenceBilling;
import fr.espacefamille.domain.canteen.BookingDeadline;
import fr.espacefamille.domain.canteen.BookingPolicy;
import fr.espacefamille.domain.canteen.CanteenDayStatus;
import fr.espacefamille.domain.family.ChildId;

/**
 * A child's canteen days over a range of at most 93 days, one entry per calendar day. A day is
 * {@code NO_SERVICE} — without deadline, not editable — when there is no canteen that day or when
 * the child is not enrolled for that day's school year ({@code enrolled} then says which). The
 * whole range answers {@code NOT_ENROLLED} when the child is enrolled for none of its days.
 * <p>Refuses (API error codes): {@code NOT_FOUND}, {@code NOT_ENROLLED}.
 */
public final class ReadCanteenDays {

    /**
     * One calendar day; {@code deadline} is null for days without service, {@code closure} says why
     * there is no canteen that day (« Vacances de la Toussaint », « Jour férié »), null on service days.
     */
    public record Day(LocalDate date, CanteenDayStatus status, ZonedDateTime deadline, boolean editable, boolean enrolled, String closure) {

        public Day(LocalDate date, CanteenDayStatus status, ZonedDateTime deadline, boolean editable, boolean enrolled) {
            this(date, status, deadline, editable, enrolled, null);
        }
    }

    private final CanteenChildren children;
    private final PupilDays days;
    private final Clock clock;

    public ReadCanteenDays(Pupils pupils, SchoolYears schoolYears, PupilDays days, Clock clock) {
        this.children = new CanteenChildren(pupils, schoolYears);
        this.days = days;
        this.clock = clock;
    }

    /** The child, when the actor may see it (pages show its name); another family's is "not found". */
    public Pupil child(Actor actor, ChildId child) {
        return children.reach(actor, child);
    }

    /** Whether the child is enrolled in the canteen on some day of the range: {@link #read} answers {@code NOT_ENROLLED} otherwise. */
    public boolean enrolledDuring(Actor actor, ChildId child, LocalDate from, LocalDate to) {
        BookingPolicy policy = children.policyOf(children.reach(actor, child));
        return CanteenChildren.range(from, to).days().anyMatch(policy::isEnrolled);
    }

    public List<Day> read(Actor actor, ChildId child, LocalDate from, LocalDate to) {
        DateRange range = CanteenChildren.range(from, to);
        PupilDays.Read read = days.of(child, range).filter(r -> actor.mayReach(r.pupil().family()))
                .orElseThrow(Refusals::notFound);
        BookingPolicy policy = children.policyOf(read.pupil());
        if (range.days().noneMatch(policy::isEnrolled)) {
            throw Refusals.refuse(BookingPolicy.NOT_ENROLLED);
        }
        Set<LocalDate> booked = read.booked();
        SortedMap<LocalDate, AbsenceBilling> absent = read.absent();
        Instant now = clock.instant();
        boolean mayChange = CanteenChildren.mayChange(actor);
        boolean override = CanteenChildren.overridesDeadline(actor);
        return range.days().map(day -> {
            boolean enrolled = policy.isEnrolled(day);
            if (!policy.isServiceDay(day) || !enrolled) {
                return new Day(day, CanteenDayStatus.NO_SERVICE, null, false, enrolled, policy.closure(day).orElse(null));
            }
            CanteenDayStatus status = !booked.contains(day) ? CanteenDayStatus.NOT_BOOKED
                    : absent.containsKey(day) ? CanteenDayStatus.ABSENT : CanteenDayStatus.BOOKED;
            boolean editable = mayChange && policy.refusal(day, now, override).isEmpty();
            return new Day(day, status, BookingDeadline.of(day), editable, true);
        }).toList();
    }
}
